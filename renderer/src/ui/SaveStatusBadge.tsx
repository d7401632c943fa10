import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SaveStatus } from './useAutosave';

const COLOR: Record<SaveStatus, string> = { saved: 'teal', pending: 'gray', saving: 'blue', invalid: 'orange', failed: 'red' };

/** Tells the facilitator, always, whether what they see is already in the file. */
export function SaveStatusBadge({ status }: { status: SaveStatus }) {
  const { t } = useTranslation();
  return (
    <Badge size="lg" variant="light" color={COLOR[status]} className="editing-chrome" data-testid="save.status" data-status={status}>
      {t(`save.${status}`)}
    </Badge>
  );
}
