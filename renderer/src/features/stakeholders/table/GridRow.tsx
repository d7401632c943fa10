import { ActionIcon, Table } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { memo } from 'react';
import { CellEditor } from './CellEditor';
import type { GridColumn } from './gridTypes';

/** What a row asks of its grid; one stable object, so rows that did not change skip rendering. */
export interface GridRowActions {
  focus: (row: number, col: number) => void;
  startEditing: (row: number, col: number) => void;
  commit: (row: number, col: number, text: string) => void;
  cancel: () => void;
  remove: (row: number) => void;
}

interface GridRowProps<R> {
  row: R;
  index: number;
  columns: GridColumn<R>[];
  testId: string;
  /** The column of the grid's tab stop when it is in this row, else null. */
  activeCol: number | null;
  /** The column being edited in this row, else null. */
  editingCol: number | null;
  error: string | null;
  busy: boolean;
  deleteLabel: string;
  measure: (el: HTMLTableRowElement | null) => void;
  actions: GridRowActions;
}

function GridRowImpl<R>({ row, index, columns, testId, activeCol, editingCol, error, busy, deleteLabel, measure, actions }: GridRowProps<R>) {
  const cell = (col: number) => ({
    'data-cell': `${index}:${col}`,
    tabIndex: col === activeCol ? 0 : -1,
    onFocus: () => col !== activeCol && actions.focus(index, col),
  });
  return (
    <Table.Tr data-index={index} ref={measure} aria-rowindex={index + 2} data-testid={`${testId}-row`}>
      {columns.map((c, col) => {
        const spec = col === editingCol ? c.editor?.(row) : null;
        return (
          <Table.Td
            key={c.key}
            {...cell(col)}
            className={c.numeric ? 'num' : undefined}
            ta={c.numeric ? 'right' : undefined}
            onDoubleClick={() => actions.startEditing(index, col)}
            onClick={() => actions.focus(index, col)}
            data-testid={`${testId}-cell-${c.key}`}
          >
            {spec ? (
              <CellEditor
                spec={spec}
                label={c.title ?? c.label}
                error={error}
                busy={busy}
                onCommit={(text) => actions.commit(index, col, text)}
                onCancel={actions.cancel}
              />
            ) : (
              c.render(row)
            )}
          </Table.Td>
        );
      })}
      <Table.Td className="editing-chrome">
        <ActionIcon
          variant="subtle"
          color="red"
          {...cell(columns.length)}
          aria-label={deleteLabel}
          onClick={() => actions.remove(index)}
          data-testid={`${testId}-delete`}
        >
          <IconTrash size={18} aria-hidden />
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}

/** One row of a DataGrid, rendered again only when its data, its tab stop or its editor changes. */
export const GridRow = memo(GridRowImpl) as typeof GridRowImpl;
