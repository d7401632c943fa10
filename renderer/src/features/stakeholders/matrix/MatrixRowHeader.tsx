import { ActionIcon, Group, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPencil, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matrixRowLabelSchema, type MatrixRow } from '../../../../../shared/domain/stakeholders/schemas';

/**
 * A row's label, renamed in place (Enter keeps, Escape leaves it), with buttons to move the
 * row and delete it. The buttons are out of the tab order: the grid's keys reach the same
 * actions (Enter renames, Alt+arrows move, Delete deletes), and a mouse clicks them.
 */
export function MatrixRowHeader({
  row,
  index,
  count,
  renaming,
  onRename,
  onStartRename,
  onStopRename,
  onMove,
  onDelete,
}: {
  row: MatrixRow;
  index: number;
  count: number;
  renaming: boolean;
  onRename: (label: string) => Promise<void>;
  onStartRename: () => void;
  onStopRename: () => void;
  onMove: (position: number) => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(row.label);
  const [error, setError] = useState<string | null>(null);
  // Enter saves and the blur that follows must not save a second time.
  const saving = useRef(false);

  if (renaming) {
    const save = async () => {
      const parsed = matrixRowLabelSchema.safeParse(text);
      if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'validation.invalid');
      if (parsed.data === row.label) return onStopRename();
      if (saving.current) return;
      saving.current = true;
      await onRename(parsed.data).then(onStopRename, () => undefined);
      saving.current = false;
    };
    return (
      <TextInput
        autoFocus
        size="sm"
        value={text}
        aria-label={t('stakeholderPanels.matrix.rowLabel')}
        error={error ? t(error) : undefined}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setError(null);
        }}
        onFocus={(e) => e.currentTarget.select()}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') void save();
          if (e.key === 'Escape') onStopRename();
        }}
        onBlur={() => void save()}
        data-testid={`matrix-row-rename-${index}`}
      />
    );
  }
  const icon = (label: string, testId: string, onClick: () => void, Icon: typeof IconPencil, disabled = false, color?: string) => (
    <ActionIcon
      variant="subtle"
      color={color}
      size="sm"
      tabIndex={-1}
      aria-label={label}
      title={label}
      onClick={onClick}
      disabled={disabled}
      data-testid={testId}
    >
      <Icon size={16} aria-hidden />
    </ActionIcon>
  );
  return (
    <Group gap={4} wrap="nowrap" justify="space-between" align="flex-start">
      <Text fw={600} className="matrix__label-text" onDoubleClick={onStartRename} data-testid={`matrix-row-label-${index}`}>
        {row.label}
      </Text>
      <Group gap={0} wrap="nowrap" className="editing-chrome">
        {icon(t('stakeholderPanels.matrix.rename', { label: row.label }), `matrix-row-rename-button-${index}`, onStartRename, IconPencil)}
        {icon(t('stakeholderPanels.matrix.moveUp', { label: row.label }), `matrix-row-up-${index}`, () => onMove(index - 1), IconArrowUp, index === 0)}
        {icon(
          t('stakeholderPanels.matrix.moveDown', { label: row.label }),
          `matrix-row-down-${index}`,
          () => onMove(index + 1),
          IconArrowDown,
          index === count - 1,
        )}
        {icon(t('stakeholderPanels.matrix.deleteRow', { label: row.label }), `matrix-row-delete-${index}`, onDelete, IconTrash, false, 'red')}
      </Group>
    </Group>
  );
}
