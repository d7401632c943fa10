import { ActionIcon, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef, type ReactNode } from 'react';
import { useFieldArray, type ArrayPath, type Control, type FieldArray, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { WholeNumberKind } from '../../../shared/domain/amounts/parseAmount';
import { SelectField, TextField } from './formFields';
import { NumberField } from './NumberField';

/**
 * A column that is one plain field of each row (`field` is its path in the row: `material`,
 * `targets.0`), its input named `${testId}.${i}.${field}`.
 */
export interface FieldColumn {
  field: string;
  /** Catalog key naming the field: the header, and the input's name for screen readers. */
  label: string;
  kind: 'text' | 'select' | WholeNumberKind;
  options?: readonly { value: string; label: string }[];
  /** The header as shown, where it says more than the label (already translated: a plan's year). */
  header?: string;
  width?: number | string;
}

/** A column whose cells are drawn by the caller (a field that needs more than a label). */
export interface CellColumn {
  key: string;
  /** The header as shown (already translated). */
  header: string;
  /** The cell of row `i`, whose fields live under `path` (e.g. `activities.2`). */
  cell: (path: string, i: number) => ReactNode;
  width?: number | string;
}

export type RowsColumn = FieldColumn | CellColumn;

const columnKey = (c: RowsColumn) => ('cell' in c ? c.key : c.field);

export interface RowsFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: ArrayPath<T>;
  columns: RowsColumn[];
  /** A new row (with its own id where the service keeps rows by id). */
  makeRow: () => FieldArray<T, ArrayPath<T>>;
  addLabel: string;
  testId: string;
  /** At most this many rows: the add button is then disabled. */
  max?: number;
  /**
   * `long`: a list that can grow long (Ceper has 18 villages) scrolls inside its own box under a
   * header that stays in view. `wide`: a table of many columns scrolls sideways, its cells kept
   * at a readable width.
   */
  layout?: 'long' | 'wide';
}

/** The input of a plain field column in one row (`path`, e.g. `villageCounts.2`; test ids under `id`). */
function FieldCell<T extends FieldValues>({ control, path, id, column }: { control: Control<T>; path: string; id: string; column: FieldColumn }) {
  const props = { control, name: `${path}.${column.field}` as FieldPath<T>, label: column.label, testId: `${id}.${column.field}`, labelHidden: true };
  if (column.kind === 'text') return <TextField {...props} />;
  if (column.kind === 'select') return <SelectField {...props} options={column.options ?? []} />;
  return <NumberField {...props} kind={column.kind} />;
}

/**
 * An editable table of small records (raw materials, villages, a plan's targets, activities,
 * budget lines): one row per record, add and remove buttons, each cell validated like any field.
 */
export function RowsField<T extends FieldValues>({ control, name, columns, makeRow, addLabel, testId, max, layout = 'long' }: RowsFieldProps<T>) {
  const { t } = useTranslation();
  // Rows may keep their own `id` (a plan's rows do): react-hook-form's key goes elsewhere.
  const { fields, append, remove } = useFieldArray<T, ArrayPath<T>, 'rowKey'>({ control, name, keyName: 'rowKey' });
  const box = useRef<HTMLDivElement>(null);
  // The focus goes to row `i` (or the add button when there is none), not back to the top of the page.
  const focusRow = (i: number) =>
    requestAnimationFrame(() => {
      const rows = box.current?.querySelectorAll('tbody tr') ?? [];
      const next = rows[Math.min(i, rows.length - 1)]?.querySelector<HTMLElement>('input, textarea');
      (next ?? box.current?.querySelector<HTMLElement>(`[data-testid="${testId}.add"]`))?.focus();
    });
  const removeRow = (i: number) => {
    remove(i);
    focusRow(i);
  };
  const add = () => {
    append(makeRow());
    // The new row's first field takes the focus, so typing goes on from the keyboard.
    focusRow(fields.length);
  };
  const long = layout === 'long';
  const cell = (c: RowsColumn, i: number) =>
    'cell' in c ? c.cell(`${name}.${i}`, i) : <FieldCell control={control} path={`${name}.${i}`} id={`${testId}.${i}`} column={c} />;
  return (
    <div data-testid={testId} ref={box}>
      {fields.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('common.noneYet')}
        </Text>
      ) : (
        <div className={long ? 'rows-scroll' : 'rows-wide scroll-box'}>
          <Table withRowBorders={false} verticalSpacing={4} stickyHeader={long}>
            <Table.Thead>
              <Table.Tr>
                {columns.map((c) => (
                  <Table.Th key={columnKey(c)} style={{ width: c.width }}>
                    {'cell' in c ? c.header : (c.header ?? t(c.label))}
                  </Table.Th>
                ))}
                <Table.Th className="editing-chrome" style={{ width: 48 }}>
                  {/* The remove buttons' column, named for screen readers. */}
                  <VisuallyHidden>{t('common.rowActions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fields.map((f, i) => (
                <Table.Tr key={f.rowKey} data-testid={`${testId}.row`}>
                  {columns.map((c) => (
                    <Table.Td key={columnKey(c)} style={{ verticalAlign: 'top' }}>
                      {cell(c, i)}
                    </Table.Td>
                  ))}
                  <Table.Td style={{ verticalAlign: 'top' }} className="editing-chrome">
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
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={16} />}
          onClick={add}
          disabled={max !== undefined && fields.length >= max}
          data-testid={`${testId}.add`}
        >
          {t(addLabel)}
        </Button>
      </Group>
    </div>
  );
}
