import { Table, Text, VisuallyHidden } from '@mantine/core';
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sortRows, type SortOrder } from '../../../../../shared/domain/clusters/sortRows';
import { SortableTh } from '../../clusters/SortableTh';
import { GridRow, type GridRowActions } from './GridRow';
import type { CommitResult, GridColumn } from './gridTypes';
import './mapTable.css';

interface Cell {
  row: number;
  col: number;
}

/**
 * A big editable table with real table semantics (headers, `aria-sort`, `aria-rowcount`): only
 * the rows in view are in the DOM, so 5,000 rows scroll smoothly. One cell at a time is in the
 * tab order; arrows, Home / End and Page Up / Down move it, Enter, F2 or a double click edit it,
 * Delete asks to delete its row.
 */
export function DataGrid<R>({
  rows,
  rowKey,
  rowName,
  columns,
  caption,
  testId,
  locale,
  onCommit,
  onDelete,
}: {
  rows: readonly R[];
  rowKey: (row: R) => string;
  /** How a row is named to screen readers (its delete button). */
  rowName: (row: R) => string;
  columns: GridColumn<R>[];
  caption: string;
  testId: string;
  locale: string;
  onCommit: (row: R, column: string, text: string) => Promise<CommitResult>;
  onDelete: (row: R) => void;
}) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<SortOrder<string> | null>(null);
  const sorted = useMemo(() => {
    const column = sort && columns.find((c) => c.key === sort.column);
    return column && sort ? sortRows(rows, column.sortValue, sort.direction, locale) : rows;
  }, [rows, columns, sort, locale]);

  const [active, setActive] = useState<Cell>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<Cell | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = useRef(false);
  const [busyShown, setBusyShown] = useState(false);
  const scrollRef = useRef<HTMLDivElement>(null);
  const focusAfterRender = useRef(false);
  // Rows shrink when an actor is deleted or a filter changes: the active cell stays inside.
  const activeRow = Math.min(active.row, Math.max(0, sorted.length - 1));

  // The app does not run the React Compiler; the virtualiser's changing functions are read each render.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 44,
    overscan: 8,
    getItemKey: useCallback((i: number) => rowKey(sorted[i]!), [rowKey, sorted]),
    // The active row always stays rendered, so the grid keeps its one tab stop.
    rangeExtractor: useCallback(
      (range: Parameters<typeof defaultRangeExtractor>[0]) => {
        const shown = defaultRangeExtractor(range);
        return shown.includes(activeRow) || activeRow >= range.count ? shown : [...shown, activeRow].sort((a, b) => a - b);
      },
      [activeRow],
    ),
  });

  const focusCell = useCallback((cell: Cell) => {
    const el = scrollRef.current?.querySelector<HTMLElement>(`[data-cell="${cell.row}:${cell.col}"]`);
    el?.focus({ preventScroll: false });
  }, []);
  useEffect(() => {
    if (!focusAfterRender.current || editing) return;
    focusAfterRender.current = false;
    focusCell({ row: activeRow, col: active.col });
  });

  const moveTo = (row: number, col: number) => {
    const next = { row: Math.max(0, Math.min(sorted.length - 1, row)), col: Math.max(0, Math.min(columns.length, col)) };
    setActive(next);
    virtualizer.scrollToIndex(next.row, { align: 'auto' });
    focusAfterRender.current = true;
  };

  const startEditing = (cell: Cell) => {
    const row = sorted[cell.row];
    const column = columns[cell.col];
    if (!row || !column?.editor?.(row)) return;
    setError(null);
    setEditing(cell);
  };
  const stopEditing = () => {
    setEditing(null);
    setError(null);
    focusAfterRender.current = true;
  };
  const commit = async (cell: Cell, text: string) => {
    if (busy.current) return;
    const row = sorted[cell.row];
    const column = columns[cell.col];
    if (row === undefined || !column) return stopEditing();
    if (text === column.editor?.(row)?.value) return stopEditing();
    busy.current = true;
    setBusyShown(true);
    try {
      const problem = await onCommit(row, column.key, text);
      if (problem) setError(problem);
      else stopEditing();
    } catch {
      // The edit failed in the service and was shown as a notification; the old value stays.
      stopEditing();
    } finally {
      busy.current = false;
      setBusyShown(false);
    }
  };

  // Rows get one stable object whose calls reach this render's handlers.
  const latest = useRef({ startEditing, stopEditing, commit, remove: (i: number) => onDelete(sorted[i]!) });
  useLayoutEffect(() => {
    latest.current = { startEditing, stopEditing, commit, remove: (i: number) => onDelete(sorted[i]!) };
  });
  const actions = useMemo<GridRowActions>(
    () => ({
      focus: (row, col) => setActive((a) => (a.row === row && a.col === col ? a : { row, col })),
      startEditing: (row, col) => latest.current.startEditing({ row, col }),
      commit: (row, col, text) => void latest.current.commit({ row, col }, text),
      cancel: () => !busy.current && latest.current.stopEditing(),
      remove: (row) => latest.current.remove(row),
    }),
    [],
  );

  const onKeyDown = (e: KeyboardEvent) => {
    if (editing || sorted.length === 0) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 440) / 44) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(activeRow + 1, active.col),
      ArrowUp: () => moveTo(activeRow - 1, active.col),
      ArrowRight: () => moveTo(activeRow, active.col + 1),
      ArrowLeft: () => moveTo(activeRow, active.col - 1),
      PageDown: () => moveTo(activeRow + page, active.col),
      PageUp: () => moveTo(activeRow - page, active.col),
      Home: () => (e.ctrlKey ? moveTo(0, 0) : moveTo(activeRow, 0)),
      End: () => (e.ctrlKey ? moveTo(sorted.length - 1, columns.length) : moveTo(activeRow, columns.length)),
      Enter: () => startEditing({ row: activeRow, col: active.col }),
      F2: () => startEditing({ row: activeRow, col: active.col }),
      Delete: () => onDelete(sorted[activeRow]!),
    };
    const action = keys[e.key];
    if (!action) return;
    // The delete button's own Enter stays a click.
    if (e.key === 'Enter' && active.col === columns.length) return;
    e.preventDefault();
    action();
  };

  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div className="data-grid__scroll" ref={scrollRef} onKeyDown={onKeyDown} data-testid={`${testId}-scroll`}>
      <Table
        stickyHeader
        highlightOnHover
        withColumnBorders
        className="data-grid"
        role="grid"
        aria-rowcount={sorted.length + 1}
        aria-colcount={columns.length + 1}
        data-testid={testId}
      >
        <caption className="sr-only">{caption}</caption>
        <colgroup>
          {columns.map((c) => (
            <col key={c.key} style={c.width ? { width: `${c.width}rem` } : undefined} />
          ))}
          <col style={{ width: '3rem' }} />
        </colgroup>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            {columns.map((c) => (
              <SortableTh
                key={c.key}
                direction={sort?.column === c.key ? sort.direction : null}
                numeric={c.numeric}
                testId={`${testId}-sort-${c.key}`}
                onSort={() => setSort((s) => ({ column: c.key, direction: s?.column === c.key && s.direction === 'asc' ? 'desc' : 'asc' }))}
              >
                <span title={c.title}>{c.label}</span>
              </SortableTh>
            ))}
            <Table.Th>
              <VisuallyHidden>{t('stakeholderPanels.table.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {padTop > 0 && (
            <tr aria-hidden className="data-grid__pad">
              <td colSpan={columns.length + 1} style={{ height: padTop }} />
            </tr>
          )}
          {items.map((item) => {
            const row = sorted[item.index]!;
            const here = item.index === activeRow;
            return (
              <GridRow
                key={item.key}
                row={row}
                index={item.index}
                columns={columns}
                testId={testId}
                activeCol={here ? active.col : null}
                editingCol={editing?.row === item.index ? editing.col : null}
                error={editing?.row === item.index ? error : null}
                busy={editing?.row === item.index && busyShown}
                deleteLabel={t('stakeholderPanels.table.deleteRow', { name: rowName(row) })}
                measure={virtualizer.measureElement}
                actions={actions}
              />
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden className="data-grid__pad">
              <td colSpan={columns.length + 1} style={{ height: padBottom }} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
      {sorted.length === 0 && (
        <Text c="dimmed" p="sm">
          {t('stakeholderPanels.table.noRows')}
        </Text>
      )}
    </div>
  );
}
