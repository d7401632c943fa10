import { ActionIcon, Button, Group, Table, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useFieldArray, type ArrayPath, type Control, type FieldArray, type FieldPath, type FieldValues } from 'react-hook-form';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from './formFields';
import { NumberField } from './NumberField';

export interface RowColumn {
  field: string;
  label: string;
  kind: 'text' | 'count' | 'select';
  options?: readonly { value: string; label: string }[];
}

/**
 * An editable table of small records (raw materials, markets, organisations, villages):
 * one row per record, add and remove buttons, each cell validated like any field.
 */
export function RowsField<T extends FieldValues>({
  control,
  name,
  columns,
  emptyRow,
  addLabel,
  testId,
}: {
  control: Control<T>;
  name: ArrayPath<T>;
  columns: RowColumn[];
  emptyRow: FieldArray<T, ArrayPath<T>>;
  addLabel: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name });
  const box = useRef<HTMLDivElement>(null);
  // After a row is removed the focus goes to the row that took its place (or the add button),
  // not back to the top of the page.
  const removeRow = (i: number) => {
    remove(i);
    requestAnimationFrame(() => {
      const rows = box.current?.querySelectorAll('tbody tr') ?? [];
      const next = rows[Math.min(i, rows.length - 1)]?.querySelector<HTMLElement>('input, textarea');
      (next ?? box.current?.querySelector<HTMLElement>(`[data-testid="${testId}.add"]`))?.focus();
    });
  };
  const cell = (i: number, c: RowColumn) => {
    const path = `${name}.${i}.${c.field}` as FieldPath<T>;
    const id = `${testId}.${i}.${c.field}`;
    if (c.kind === 'count') return <NumberField control={control} name={path} label={c.label} testId={id} labelHidden />;
    if (c.kind === 'select') return <SelectField control={control} name={path} label={c.label} options={c.options ?? []} testId={id} labelHidden />;
    return <TextField control={control} name={path} label={c.label} testId={id} labelHidden />;
  };
  return (
    <div data-testid={testId} ref={box}>
      {fields.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('common.noneYet')}
        </Text>
      )}
      {fields.length > 0 && (
        // A long list (Ceper has 18 villages) scrolls inside its own box under a header that stays in view.
        <div className="rows-scroll">
          <Table withRowBorders={false} verticalSpacing={4} stickyHeader>
            <Table.Thead>
              <Table.Tr>
                {columns.map((c) => (
                  <Table.Th key={c.field}>{t(c.label)}</Table.Th>
                ))}
                <Table.Th className="editing-chrome" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fields.map((f, i) => (
                <Table.Tr key={f.id}>
                  {columns.map((c) => (
                    <Table.Td key={c.field} style={{ verticalAlign: 'top' }}>
                      {cell(i, c)}
                    </Table.Td>
                  ))}
                  <Table.Td style={{ verticalAlign: 'top', width: 48 }} className="editing-chrome">
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="lg"
                      onClick={() => removeRow(i)}
                      aria-label={t('common.removeRowN', { n: i + 1 })}
                      data-testid={`${testId}.${i}.remove`}
                    >
                      <IconTrash size={18} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      <Group mt="xs" className="editing-chrome">
        <Button variant="light" size="xs" leftSection={<IconPlus size={16} />} onClick={() => append(emptyRow)} data-testid={`${testId}.add`}>
          {t(addLabel)}
        </Button>
      </Group>
    </div>
  );
}
