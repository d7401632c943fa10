import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/notify';
import { cellAction, editorAction, type GridPosition } from './gridKeys';
import { cellKey, type GridModel } from './gridModel';
import { parseTsv, pasteBlock, type PastedCell } from './pasteBlock';
import { readScore, type ScoreProblem } from './readScore';
import { ScoreGridHeader } from './ScoreGridHeader';
import { ScoreGridRow, type CellMark, type ScoreRowActions, type ScoreRowTexts } from './ScoreGridRow';
import { useScoreFormat } from './useScoreFormat';
import './scoreGrid.css';

/** How a commit ended: written, refused with a message to show at the cell, or given up quietly (a dialog cancelled). */
export type CommitOutcome = { done: true } | { done: false; problem: string | null };

interface Editor {
  text: string;
  /** `enter`: began by typing, arrows commit and move; `edit`: F2, Enter or double click, arrows move the caret. */
  mode: 'enter' | 'edit';
}

/**
 * The scoring grid, a spreadsheet: candidates down (under their group's heading), criteria across
 * (under their dimension), the header and the cluster names staying in view. One cell is in the
 * tab order; the keys are those of a spreadsheet (see gridKeys.ts) and a block pasted from one
 * lands from the active cell in one commit. Typed text is read in the grid first: bad input gets
 * its message next to the cell and is never sent. What was typed shows at once while its commit
 * runs; commits run one after the other, in order. Only the rows in view are in the DOM.
 */
export function ScoreGrid({
  model,
  values,
  marks,
  readOnlyReason,
  onCommit,
  focus,
  onActiveChange,
  caption,
}: {
  model: GridModel;
  /** The value shown in each cell (by {@link cellKey}); a cell not in the map is missing. */
  values: ReadonlyMap<string, number>;
  marks?: ReadonlyMap<string, CellMark>;
  /** Why nothing can be typed here (a catalog text), or null when the grid is editable. */
  readOnlyReason: string | null;
  onCommit: (cells: PastedCell[]) => Promise<CommitOutcome>;
  focus: { clusterId: string; criterionId: string } | null;
  /** Told which cell is active, for the line above the grid that describes it. */
  onActiveChange: (at: GridPosition) => void;
  caption: string;
}) {
  const { t } = useTranslation();
  const fmt = useScoreFormat();
  const problemId = useId();
  const { lines, candidates, columns } = model;
  const [active, setActive] = useState<GridPosition>({ row: 0, col: 0 });
  const [editor, setEditor] = useState<Editor | null>(null);
  const [problem, setProblem] = useState<{ at: GridPosition; message: string } | null>(null);
  const [pending, setPending] = useState<ReadonlyMap<string, number | null>>(new Map());
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const scrollRef = useRef<HTMLDivElement>(null);
  const refocus = useRef(false);
  const closing = useRef(false);
  const at = { row: Math.min(active.row, Math.max(0, candidates.length - 1)), col: Math.min(active.col, Math.max(0, columns.length - 1)) };
  const lineOf = useMemo(() => lines.flatMap((l, i) => (l.kind === 'candidate' ? [i] : [])), [lines]);
  const activeLine = lineOf[at.row] ?? 0;

  // The app does not run the React Compiler; the virtualiser's changing functions are read each render.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 40,
    overscan: 6,
    // The active row always stays rendered, so the grid keeps its one tab stop.
    rangeExtractor: useCallback(
      (range: Parameters<typeof defaultRangeExtractor>[0]) => {
        const shown = defaultRangeExtractor(range);
        return shown.includes(activeLine) || activeLine >= range.count ? shown : [...shown, activeLine].sort((a, b) => a - b);
      },
      [activeLine],
    ),
  });

  useEffect(() => {
    if (!refocus.current || editor) return;
    refocus.current = false;
    scrollRef.current?.querySelector<HTMLElement>(`[data-cell="${at.row}:${at.col}"]`)?.focus();
  });
  useEffect(() => onActiveChange(at), [at.row, at.col]); // eslint-disable-line react-hooks/exhaustive-deps -- tell only when the cell changes

  const moveTo = (to: GridPosition) => {
    setActive(to);
    setProblem(null);
    virtualizer.scrollToIndex(lineOf[to.row] ?? 0, { align: 'auto' });
    refocus.current = true;
  };
  // Another tab asked for a cell (the disagreements list): show it and put the tab stop on it.
  useEffect(() => {
    if (!focus) return;
    const row = candidates.findIndex((c) => c.clusterId === focus.clusterId);
    const col = columns.findIndex((c) => c.id === focus.criterionId);
    if (row >= 0 && col >= 0) moveTo({ row, col });
  }, [focus]); // eslint-disable-line react-hooks/exhaustive-deps -- only when asked

  const shownValue = (key: string) => (pending.has(key) ? pending.get(key)! : (values.get(key) ?? null));
  const say = (where: GridPosition, p: ScoreProblem) => setProblem({ at: where, message: t(p.key, p.params) });

  const commitCells = (cells: PastedCell[], where: GridPosition) => {
    const changed = cells.filter((c) => shownValue(cellKey(c.clusterId, c.criterionId)) !== c.value);
    if (changed.length === 0) return;
    const token = new Map(changed.map((c) => [cellKey(c.clusterId, c.criterionId), c.value]));
    setPending((p) => new Map([...p, ...token]));
    const run = () => onCommit(changed).catch((e: unknown): CommitOutcome => ({ done: false, problem: errorMessage(e) }));
    const done = queue.current.then(run).then((outcome) => {
      // Each cell shows what was typed until its own commit ends (the reload then shows it, or the old value).
      setPending((p) => new Map([...p].filter(([k, v]) => !token.has(k) || token.get(k) !== v)));
      if (!outcome.done && outcome.problem) setProblem({ at: where, message: outcome.problem });
    });
    queue.current = done;
  };

  const closeEditor = () => {
    closing.current = true;
    setEditor(null);
    refocus.current = true;
  };
  /** Reads the editor's text; true when it was committed (or unchanged) and the editor may close. */
  const commitEditor = (): boolean => {
    if (!editor) return true;
    const candidate = candidates[at.row];
    const column = columns[at.col];
    if (!candidate || !column) return true;
    const read = readScore(editor.text, column.max, column.name, fmt.decimal);
    if (!read.ok) {
      say(at, read.problem);
      return false;
    }
    setProblem(null);
    commitCells([{ clusterId: candidate.clusterId, criterionId: column.id, value: read.value }], at);
    return true;
  };

  const startEditing = (where: GridPosition, text: string | null) => {
    if (readOnlyReason) return setProblem({ at: where, message: readOnlyReason });
    const candidate = candidates[where.row];
    const column = columns[where.col];
    if (!candidate || !column) return;
    const current = shownValue(cellKey(candidate.clusterId, column.id));
    closing.current = false;
    setProblem(null);
    setEditor(text === null ? { text: current === null ? '' : fmt.plain(current), mode: 'edit' } : { text, mode: 'enter' });
  };

  const size = { rows: candidates.length, cols: columns.length };
  const onKeyDown = (e: KeyboardEvent) => {
    if (editor || size.rows === 0 || size.cols === 0) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / 40) - 3);
    const action = cellAction(e, at, { ...size, page });
    if (!action || action.kind === 'leave') return;
    e.preventDefault();
    if (action.kind === 'move') moveTo(action.to);
    else if (action.kind === 'edit') startEditing(at, action.text);
    else if (readOnlyReason) setProblem({ at, message: readOnlyReason });
    else {
      const candidate = candidates[at.row]!;
      commitCells([{ clusterId: candidate.clusterId, criterionId: columns[at.col]!.id, value: null }], at);
    }
  };

  const onPaste = (e: ClipboardEvent) => {
    const text = e.clipboardData.getData('text/plain');
    // One value pasted into the open editor is ordinary typing.
    if (editor && !/[\t\n]/.test(text.trim())) return;
    e.preventDefault();
    if (readOnlyReason) return setProblem({ at, message: readOnlyReason });
    const result = pasteBlock(
      parseTsv(text),
      at,
      candidates.map((c) => c.clusterId),
      columns,
      fmt.decimal,
    );
    if (!result.ok) {
      const detail = t(result.problem.key, result.problem.params);
      const cell = result.at && { cluster: candidates[result.at.row]!.clusterName, criterion: columns[result.at.col]!.name };
      return setProblem({ at: result.at ?? at, message: cell ? t('selectionScoring.paste.badCell', { ...cell, detail }) : detail });
    }
    if (editor) closeEditor();
    commitCells(result.cells, at);
  };

  const onCopy = (e: ClipboardEvent) => {
    if (editor) return;
    const candidate = candidates[at.row];
    const column = columns[at.col];
    if (!candidate || !column) return;
    const value = shownValue(cellKey(candidate.clusterId, column.id));
    e.preventDefault();
    e.clipboardData.setData('text/plain', value === null ? '' : fmt.plain(value));
  };

  // Rows get one stable object whose calls reach this render's handlers.
  const latest = useRef({ startEditing, commitEditor, closeEditor, moveTo, at, editor, size });
  useLayoutEffect(() => {
    latest.current = { startEditing, commitEditor, closeEditor, moveTo, at, editor, size };
  });
  const actions = useMemo<ScoreRowActions>(
    () => ({
      activate: (row, col) => setActive((a) => (a.row === row && a.col === col ? a : { row, col })),
      edit: (row, col) => {
        setActive({ row, col });
        latest.current.startEditing({ row, col }, null);
      },
      type: (text) => setEditor((ed) => (ed ? { ...ed, text } : ed)),
      editorKey: (e) => {
        e.stopPropagation();
        const l = latest.current;
        if (!l.editor) return;
        const action = editorAction(e, l.editor.mode, l.at, l.size);
        if (!action) return;
        e.preventDefault();
        if (action.kind === 'cancel') return l.closeEditor();
        if (!l.commitEditor()) return;
        l.closeEditor();
        if (action.move) l.moveTo(action.move);
      },
      editorBlur: () => {
        const l = latest.current;
        if (closing.current || !l.editor) return;
        // Leaving the editor (a click elsewhere) commits; bad text is dropped, its message stays.
        l.commitEditor();
        closing.current = true;
        setEditor(null);
      },
    }),
    [],
  );

  const texts = useMemo<ScoreRowTexts>(
    () => ({
      noScore: t('selectionScoring.grid.noScore'),
      marks: { consensus: t('selectionScoring.grid.markConsensus'), partial: t('selectionScoring.grid.markPartial') },
      cellLabel: (cluster, criterion) => t('selectionScoring.grid.cellLabel', { cluster, criterion }),
    }),
    [t],
  );

  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const colSpan = columns.length + 1;
  return (
    <div className="score-grid__scroll" ref={scrollRef} onKeyDown={onKeyDown} onPaste={onPaste} onCopy={onCopy} data-testid="score-grid-scroll">
      <table
        className="score-grid"
        role="grid"
        aria-rowcount={lines.length + 2}
        aria-colcount={columns.length + 1}
        aria-readonly={readOnlyReason ? true : undefined}
        data-testid="score-grid"
      >
        <caption className="score-grid__sr">{caption}</caption>
        <colgroup>
          <col className="score-grid__name-col" />
          {columns.map((c) => (
            <col key={c.id} className="score-grid__score-col" />
          ))}
        </colgroup>
        <ScoreGridHeader dimensions={model.dimensions} columns={columns} />
        <tbody>
          {padTop > 0 && (
            <tr aria-hidden className="score-grid__pad">
              <td colSpan={colSpan} style={{ height: padTop }} />
            </tr>
          )}
          {items.map((item) => {
            const line = lines[item.index]!;
            const row = line.kind === 'candidate' ? line.index : -1;
            const here = row === at.row;
            return (
              <ScoreGridRow
                key={line.kind === 'group' ? `g:${line.group.id}` : line.candidate.clusterId}
                line={line}
                lineIndex={item.index}
                columns={columns}
                values={values}
                pending={pending}
                marks={marks}
                activeCol={here ? at.col : null}
                editorText={here && editor ? editor.text : null}
                problem={problem && problem.at.row === row ? { col: problem.at.col, id: problemId, message: problem.message } : null}
                format={fmt.plain}
                texts={texts}
                actions={actions}
                measure={virtualizer.measureElement}
              />
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden className="score-grid__pad">
              <td colSpan={colSpan} style={{ height: padBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
