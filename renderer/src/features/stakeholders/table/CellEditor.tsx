import { NumberInput, Select, TextInput } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellEditorSpec } from './gridTypes';

/**
 * The editor a grid cell turns into: Enter commits, Escape cancels, leaving the cell commits
 * what was typed. A choice from a list commits as soon as it is picked. The error (a catalog
 * key) is the schema's own message; the cell keeps the editor open until it is right or cancelled.
 */
export function CellEditor({
  spec,
  label,
  error,
  busy,
  onCommit,
  onCancel,
}: {
  spec: CellEditorSpec;
  label: string;
  error: string | null;
  busy: boolean;
  onCommit: (text: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(spec.value);
  const shownError = error ? t(error) : undefined;
  // Keys stay inside the editor: the grid's arrows and Delete must not act while typing.
  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    } else if (e.key === 'Enter' && spec.kind !== 'select') {
      e.preventDefault();
      onCommit(text);
    }
  };
  const common = {
    'aria-label': label,
    error: shownError,
    size: 'xs' as const,
    disabled: busy,
    autoFocus: true,
    onKeyDown,
    'data-testid': 'cell-editor',
  };
  if (spec.kind === 'select')
    return (
      <Select
        {...common}
        data={spec.options ?? []}
        value={text}
        searchable={spec.searchable}
        allowDeselect={false}
        defaultDropdownOpened
        comboboxProps={{ withinPortal: true }}
        onChange={(v) => {
          if (v === null) return;
          setText(v);
          onCommit(v);
        }}
        onBlur={onCancel}
      />
    );
  if (spec.kind === 'number')
    return (
      <NumberInput
        {...common}
        value={text}
        onChange={(v) => setText(String(v))}
        onBlur={() => onCommit(text)}
        hideControls
        // Selected on entry, as a spreadsheet does: typing replaces the figure.
        onFocus={(e) => e.currentTarget.select()}
      />
    );
  return (
    <TextInput
      {...common}
      value={text}
      placeholder={spec.kind === 'date' ? t('stakeholderPanels.table.datePlaceholder') : undefined}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={() => onCommit(text)}
      onFocus={(e) => e.currentTarget.select()}
    />
  );
}
