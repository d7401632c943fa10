import { ActionIcon, Group } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Up, down and delete for one record of an ordered list (a strategy, a program), named for screen readers. */
export function OrderButtons({
  name,
  index,
  count,
  onMove,
  onDelete,
  testId,
}: {
  /** What the record is called, for the buttons' accessible names. */
  name: string;
  index: number;
  count: number;
  onMove: (position: number) => void;
  onDelete: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap" className="editing-chrome">
      <ActionIcon
        variant="subtle"
        size="lg"
        disabled={index === 0}
        onClick={() => onMove(index - 1)}
        aria-label={t('planEditor.moveUp', { name })}
        data-testid={`${testId}.up`}
      >
        <IconArrowUp size={18} />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        size="lg"
        disabled={index === count - 1}
        onClick={() => onMove(index + 1)}
        aria-label={t('planEditor.moveDown', { name })}
        data-testid={`${testId}.down`}
      >
        <IconArrowDown size={18} />
      </ActionIcon>
      <ActionIcon variant="subtle" color="red" size="lg" onClick={onDelete} aria-label={t('planEditor.delete', { name })} data-testid={`${testId}.delete`}>
        <IconTrash size={18} />
      </ActionIcon>
    </Group>
  );
}
