import { ActionIcon } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';

/**
 * One icon button of a table row or list row (open, export, move, remove): the same size and look
 * everywhere in site selection, named for screen readers by `label` since it shows no text.
 */
export function RowIconButton({
  icon: Glyph,
  label,
  onClick,
  danger = false,
  disabled,
  testId,
}: {
  icon: Icon;
  label: string;
  onClick: () => void;
  /** Red, for a button that takes something away. */
  danger?: boolean;
  disabled?: boolean;
  testId: string;
}) {
  return (
    <ActionIcon variant="subtle" color={danger ? 'red' : undefined} size="lg" disabled={disabled} onClick={onClick} aria-label={label} data-testid={testId}>
      <Glyph size={18} />
    </ActionIcon>
  );
}
