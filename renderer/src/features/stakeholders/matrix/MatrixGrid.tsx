import { Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapActor, ResponsibilityMatrix } from '../../../../../shared/domain/stakeholders/schemas';
import { useFigureFormat } from '../panels/useFigureFormat';
import { cellIndex, cellKey, leadsByActor, leadsByRow, nextValue, valueOfKey, type CellValue } from './matrixCells';
import { MatrixRowHeader } from './MatrixRowHeader';
import type { MatrixChange } from './useMatrix';

/**
 * The matrix as a grid: strategies or programs down, actors across, the row names and actor
 * names staying in view while it scrolls. One cell is in the tab order; arrows move it; in a
 * cell, Space or a click cycles empty → takes part → leads, P / L / 0 (or Delete) set it; on a
 * row's name, Enter renames, Alt+↑/↓ moves the row, Delete deletes it.
 */
export function MatrixGrid({
  matrix,
  columns,
  allActorIds,
  change,
  onDeleteRow,
}: {
  matrix: ResponsibilityMatrix;
  columns: readonly MapActor[];
  /** Every actor on the map: a row's lead counts even when a filter hides its column. */
  allActorIds: ReadonlySet<string>;
  change: MatrixChange;
  onDeleteRow: (rowIndex: number) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFigureFormat();
  const rows = matrix.rows;
  const cells = useMemo(() => cellIndex(matrix), [matrix]);
  const actorLeads = useMemo(() => leadsByActor(matrix), [matrix]);
  const rowLeads = useMemo(() => leadsByRow({ rows: matrix.rows, cells: matrix.cells.filter((c) => allActorIds.has(c.actorId)) }), [matrix, allActorIds]);
  const [active, setActive] = useState({ row: 0, col: 0 });
  const [renaming, setRenaming] = useState<string | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const refocus = useRef(false);
  const row = Math.min(active.row, Math.max(0, rows.length - 1));
  const col = Math.min(active.col, columns.length);

  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    tableRef.current?.querySelector<HTMLElement>(`[data-pos="${row}:${col}"]`)?.focus();
  });
  const moveTo = (r: number, c: number) => {
    setActive({ row: Math.max(0, Math.min(rows.length - 1, r)), col: Math.max(0, Math.min(columns.length, c)) });
    refocus.current = true;
  };
  const setCell = (rowIndex: number, actor: MapActor, value: CellValue) => {
    const target = rows[rowIndex];
    if (!target || (cells.get(cellKey(target.id, actor.id)) ?? null) === value) return;
    void change('stakeholders.matrix.setCell', { rowId: target.id, actorId: actor.id, value }).catch(() => undefined);
  };
  const moveRow = (rowIndex: number, position: number) => {
    const target = rows[rowIndex];
    if (!target || position < 0 || position >= rows.length) return;
    void change('stakeholders.matrix.moveRow', { id: target.id, position }).then(
      () => moveTo(position, 0),
      () => undefined,
    );
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (renaming || rows.length === 0) return;
    const actor = col > 0 ? columns[col - 1] : undefined;
    const target = rows[row];
    let handled = true;
    if (e.altKey && col === 0 && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) moveRow(row, row + (e.key === 'ArrowUp' ? -1 : 1));
    else if (e.key === 'ArrowDown') moveTo(row + 1, col);
    else if (e.key === 'ArrowUp') moveTo(row - 1, col);
    else if (e.key === 'ArrowRight') moveTo(row, col + 1);
    else if (e.key === 'ArrowLeft') moveTo(row, col - 1);
    else if (e.key === 'Home') moveTo(e.ctrlKey ? 0 : row, 0);
    else if (e.key === 'End') moveTo(e.ctrlKey ? rows.length - 1 : row, columns.length);
    else if (!actor && target && (e.key === 'Enter' || e.key === 'F2')) setRenaming(target.id);
    else if (!actor && e.key === 'Delete') onDeleteRow(row);
    else if (actor && (e.key === ' ' || e.key === 'Enter')) setCell(row, actor, nextValue(cells.get(cellKey(target!.id, actor.id)) ?? null));
    else if (actor && !e.ctrlKey && !e.metaKey && !e.altKey && valueOfKey(e.key) !== undefined) setCell(row, actor, valueOfKey(e.key)!);
    else handled = false;
    if (handled) e.preventDefault();
  };

  const pos = (r: number, c: number) => ({
    'data-pos': `${r}:${c}`,
    tabIndex: r === row && c === col ? 0 : -1,
    onFocus: () => (r !== row || c !== col) && setActive({ row: r, col: c }),
  });
  const leadStatus = (rowId: string) => {
    const n = rowLeads.get(rowId) ?? 0;
    if (n === 1)
      return (
        <Text size="sm" className="matrix__ok" data-flag="oneLead">
          {t('stakeholderPanels.matrix.status.oneLead')}
        </Text>
      );
    return (
      <Text size="sm" className="matrix__flag" data-flag={n === 0 ? 'noLead' : 'manyLeads'}>
        <IconAlertTriangle size={14} aria-hidden className="matrix__flag-icon" />
        {n === 0 ? t('stakeholderPanels.matrix.status.noLead') : t('stakeholderPanels.matrix.status.manyLeads', { count: fmt.count(n) })}
      </Text>
    );
  };

  return (
    <div className="matrix__scroll" onKeyDown={onKeyDown}>
      <table className="matrix" role="grid" ref={tableRef} aria-rowcount={rows.length + 2} aria-colcount={columns.length + 1} data-testid="matrix-grid">
        <caption className="sr-only">{t('stakeholderPanels.matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="matrix__corner">
              {t('stakeholderPanels.matrix.rowsHeader')}
            </th>
            {columns.map((a) => (
              <th scope="col" key={a.id} className="matrix__actor" data-testid={`matrix-column-${a.id}`}>
                <span className="matrix__actor-name">{a.name}</span>
                <span className="matrix__actor-kind">{t(`stakeholders.codes.kind.${a.kind}`)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, ri) => (
            <tr key={r.id} data-testid={`matrix-row-${ri}`}>
              <th scope="row" className="matrix__label" {...pos(ri, 0)}>
                <MatrixRowHeader
                  row={r}
                  index={ri}
                  count={rows.length}
                  renaming={renaming === r.id}
                  onStartRename={() => setRenaming(r.id)}
                  onStopRename={() => {
                    setRenaming(null);
                    refocus.current = true;
                  }}
                  onRename={(label) => change('stakeholders.matrix.updateRow', { id: r.id, label })}
                  onMove={(position) => moveRow(ri, position)}
                  onDelete={() => onDeleteRow(ri)}
                />
                <div data-testid={`matrix-row-status-${ri}`}>{leadStatus(r.id)}</div>
              </th>
              {columns.map((a, ci) => {
                const value = cells.get(cellKey(r.id, a.id)) ?? null;
                return (
                  <td
                    key={a.id}
                    {...pos(ri, ci + 1)}
                    className="matrix__cell"
                    data-value={value ?? 'empty'}
                    aria-label={`${a.name}: ${value ? t(`stakeholders.codes.matrix.${value}`) : t('stakeholderPanels.matrix.empty')}`}
                    onClick={() => {
                      setActive({ row: ri, col: ci + 1 });
                      setCell(ri, a, nextValue(value));
                    }}
                    data-testid={`matrix-cell-${ri}-${a.id}`}
                  >
                    {value && <span className="matrix__mark">{t(`stakeholderPanels.matrix.short.${value}`)}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="matrix__label matrix__foot">
              {t('stakeholderPanels.matrix.leadsFooter')}
            </th>
            {columns.map((a) => (
              <td key={a.id} className="matrix__foot matrix__count" data-testid={`matrix-leads-${a.id}`}>
                {fmt.count(actorLeads.get(a.id) ?? 0)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
