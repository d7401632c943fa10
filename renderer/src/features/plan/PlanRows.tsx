import { ActionIcon, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef, type ReactNode } from 'react';
import { useFieldArray, type ArrayPath, type Control, type FieldArray, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/** One column of a plan table: its header (a catalog key or words already translated) and the field of each row. */
export interface PlanRowsColumn {
  key: string;
  /** The header as shown (already translated: some headers carry the plan's years). */
  header: string;
  /** The cell of row `i`, whose fields live under `path` (e.g. `activities.2`). */
  cell: (path: string, i: number) => ReactNode;
  width?: number | string;
}

/**
 * An editable table of a plan's rows (targets, indicators, activities, budget lines): one row
 * per record, add and remove buttons. Unlike the clusters' RowsField every new row gets its own
 * id from `makeRow`, since the service keeps rows by id.
 */
export function PlanRows<T extends FieldValues>({
  control,
  name,
  columns,
  makeRow,
  addLabel,
  testId,
  max,
}: {
  control: Control<T>;
  name: ArrayPath<T>;
  columns: PlanRowsColumn[];
  makeRow: () => FieldArray<T, ArrayPath<T>>;
  addLabel: string;
  testId: string;
  max?: number;
}) {
  const { t } = useTranslation();
  // Rows keep their own id (`id` is a field of every plan row): react-hook-form's key goes elsewhere.
  const { fields, append, remove } = useFieldArray<T, ArrayPath<T>, 'rowKey'>({ control, name, keyName: 'rowKey' });
  const box = useRef<HTMLDivElement>(null);
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
  return (
    <div data-testid={testId} ref={box}>
      {fields.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('common.noneYet')}
        </Text>
      ) : (
        <div className="plan-rows scroll-box">
          <Table withRowBorders={false} verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                {columns.map((c) => (
                  <Table.Th key={c.key} style={{ width: c.width }}>
                    {c.header}
                  </Table.Th>
                ))}
                <Table.Th className="editing-chrome" style={{ width: 48 }}>
                  <VisuallyHidden>{t('planEditor.rows.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fields.map((f, i) => (
                <Table.Tr key={f.rowKey} data-testid={`${testId}.row`}>
                  {columns.map((c) => (
                    <Table.Td key={c.key} style={{ verticalAlign: 'top' }}>
                      {c.cell(`${name}.${i}`, i)}
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
