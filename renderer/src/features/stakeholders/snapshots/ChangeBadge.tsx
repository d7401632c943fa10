import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { markColour } from '../../../../../shared/domain/stakeholders/drawing/svgMapLayer';

export type ChangeKind = 'added' | 'removed' | 'changed';

/**
 * "Added", "Removed" or "Changed" in the comparison tables, in the drawing's colours for the same
 * marks (dark enough for white text); the word says it too, so colour is never the only sign.
 */
export function ChangeBadge({ kind }: { kind: ChangeKind }) {
  const { t } = useTranslation();
  return (
    <Badge color={markColour[kind]} variant="filled" radius="sm" className="snapshot-diff__badge">
      {t(`stakeholderSnapshots.diff.${kind}`)}
    </Badge>
  );
}
