import { memo, type ChangeEvent, type KeyboardEvent } from 'react';
import { cellKey, type GridColumn, type GridLine } from './gridModel';

/** What a row asks of its grid: one stable object, so rows whose cells did not change skip rendering. */
export interface ScoreRowActions {
  activate: (row: number, col: number) => void;
  edit: (row: number, col: number) => void;
  type: (text: string) => void;
  editorKey: (e: KeyboardEvent<HTMLInputElement>) => void;
  editorBlur: () => void;
}

/** How a cell is marked besides its value: a consensus score, or an aggregate some scorers left missing. */
export type CellMark = 'consensus' | 'partial';

/** Texts every cell may need, in the user's language (built once per render of the grid). */
export interface ScoreRowTexts {
  noScore: string;
  marks: Record<CellMark, string>;
  cellLabel: (cluster: string, criterion: string) => string;
}

interface ScoreRowProps {
  line: GridLine;
  lineIndex: number;
  columns: readonly GridColumn[];
  values: ReadonlyMap<string, number>;
  pending: ReadonlyMap<string, number | null>;
  marks: ReadonlyMap<string, CellMark> | undefined;
  /** The grid's tab stop when it is in this row, else null. */
  activeCol: number | null;
  /** The editor's text when it is open in this row. */
  editorText: string | null;
  problem: { col: number; id: string; message: string } | null;
  format: (n: number) => string;
  texts: ScoreRowTexts;
  actions: ScoreRowActions;
  measure: (el: HTMLTableRowElement | null) => void;
}

function ScoreRowImpl({ line, lineIndex, columns, values, pending, marks, activeCol, editorText, problem, format, texts, actions, measure }: ScoreRowProps) {
  if (line.kind === 'group')
    return (
      <tr aria-rowindex={lineIndex + 3} data-index={lineIndex} ref={measure} className="score-grid__group" data-testid="score-grid-group">
        <th scope="colgroup" colSpan={columns.length + 1} aria-colindex={1}>
          <span className="score-grid__group-name">{line.group.name}</span>
        </th>
      </tr>
    );
  const { candidate, index } = line;
  return (
    <tr aria-rowindex={lineIndex + 3} data-index={lineIndex} ref={measure} data-testid="score-grid-row" data-cluster={candidate.clusterId}>
      <th scope="row" aria-colindex={1} className="score-grid__name">
        {candidate.clusterName}
      </th>
      {columns.map((c, col) => {
        const key = cellKey(candidate.clusterId, c.id);
        const value = pending.has(key) ? pending.get(key)! : (values.get(key) ?? null);
        const mark = marks?.get(key);
        const editing = col === activeCol && editorText !== null;
        const fault = problem?.col === col ? problem : null;
        return (
          <td
            key={c.id}
            aria-colindex={col + 2}
            data-cell={`${index}:${col}`}
            tabIndex={col === activeCol ? 0 : -1}
            className={c.firstOfDimension ? 'score-grid__cell score-grid__cell--first' : 'score-grid__cell'}
            data-missing={value === null ? 'true' : undefined}
            data-pending={pending.has(key) ? 'true' : undefined}
            data-testid={`score-cell-${candidate.clusterId}-${c.id}`}
            aria-describedby={fault && !editing ? fault.id : undefined}
            onClick={() => actions.activate(index, col)}
            onDoubleClick={() => actions.edit(index, col)}
          >
            {editing ? (
              <input
                className="score-grid__input"
                aria-label={texts.cellLabel(candidate.clusterName, c.name)}
                aria-invalid={fault ? true : undefined}
                aria-describedby={fault?.id}
                value={editorText}
                onChange={(e: ChangeEvent<HTMLInputElement>) => actions.type(e.currentTarget.value)}
                onKeyDown={actions.editorKey}
                onBlur={actions.editorBlur}
                autoFocus
                inputMode="decimal"
                autoComplete="off"
                data-testid="score-editor"
              />
            ) : value === null ? (
              <span className="score-grid__sr">{texts.noScore}</span>
            ) : (
              format(value)
            )}
            {mark && !editing && (
              <span className="score-grid__mark" data-mark={mark}>
                <span aria-hidden>{mark === 'consensus' ? '●' : '*'}</span>
                <span className="score-grid__sr">{texts.marks[mark]}</span>
              </span>
            )}
            {fault && (
              <div role="alert" id={fault.id} className="score-grid__problem" data-testid="score-problem">
                {fault.message}
              </div>
            )}
          </td>
        );
      })}
    </tr>
  );
}

/** One line of the scoring grid: a group's heading or a candidate's scores. */
export const ScoreGridRow = memo(ScoreRowImpl);
