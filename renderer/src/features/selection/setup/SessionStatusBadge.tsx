import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Whether a hidden session still withholds its scores, or has revealed them; nothing for an open session. */
export function SessionStatusBadge({ hidden, revealed }: { hidden: boolean; revealed: boolean }) {
  const { t } = useTranslation();
  if (!hidden) return null;
  return (
    <Badge variant="light" size="lg" color={revealed ? 'teal' : 'grape'} data-testid="session.status" data-status={revealed ? 'revealed' : 'hidden'}>
      {t(revealed ? 'selectionSetup.status.revealed' : 'selectionSetup.status.hidden')}
    </Badge>
  );
}
