import { Group } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RowIconButton } from '../RowIconButton';

/**
 * Up, down and remove for one row of a list (a dimension, a criterion, a group): buttons, so the
 * keyboard reorders as well as the mouse. Each is named after the row for screen readers.
 */
export function RowActions({
  name,
  first,
  last,
  onMove,
  onRemove,
  testId,
}: {
  name: string;
  first: boolean;
  last: boolean;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap" className="editing-chrome">
      <RowIconButton icon={IconArrowUp} disabled={first} onClick={() => onMove(-1)} label={t('selectionSetup.row.up', { name })} testId={`${testId}.up`} />
      <RowIconButton icon={IconArrowDown} disabled={last} onClick={() => onMove(1)} label={t('selectionSetup.row.down', { name })} testId={`${testId}.down`} />
      <RowIconButton icon={IconTrash} danger onClick={onRemove} label={t('selectionSetup.row.remove', { name })} testId={`${testId}.remove`} />
    </Group>
  );
}
