import type { HistoryState } from '../../../shared/contract/workspace';
import { type RowChange, rowKey } from './RowWriter';

export interface EditLabel {
  key: string;
  params: Record<string, string>;
}

/** A finished edit: what it changed and how to name it in "Undo …". */
export interface Edit {
  label: EditLabel;
  /** Changed rows, in the order they were first touched. */
  changes: RowChange[];
  /**
   * Edits with the same merge key that follow each other within {@link MERGE_WINDOW_MS}
   * become one step (typing in one field); edits without one never merge (two drags).
   */
  mergeKey?: string;
}

const LIMIT = 500;
/**
 * Autosave commits after every pause in typing; edits of one field that follow each other
 * this closely become one step, so Ctrl+Z undoes what a person typed, not its last letters.
 */
export const MERGE_WINDOW_MS = 2000;

/** A row's content apart from when it was last touched. */
const content = (row: RowChange['before']) => {
  if (row === null) return 'null';
  const { updated_at: _touched, ...rest } = row;
  return JSON.stringify(rest);
};

/**
 * Undo and redo stacks of one open workspace, for the length of the session. A step
 * leaves its stack only once it has been applied: the session peeks, applies the step in
 * a transaction, and then calls {@link undone} or {@link redone}.
 */
export class EditHistory {
  private undoStack: Edit[] = [];
  private redoStack: Edit[] = [];
  /** When the top edit last grew; null once undo or redo has touched the stacks. */
  private topTouchedAt: number | null = null;

  constructor(private readonly now: () => number = () => Date.now()) {}

  push(edit: Edit): void {
    if (edit.changes.length === 0) return;
    this.redoStack = [];
    const top = this.undoStack.at(-1);
    const at = this.now();
    if (top && top.mergeKey !== undefined && top.mergeKey === edit.mergeKey && this.topTouchedAt !== null && at - this.topTouchedAt <= MERGE_WINDOW_MS) {
      this.merge(top, edit);
      this.topTouchedAt = at;
      return;
    }
    this.undoStack.push(edit);
    if (this.undoStack.length > LIMIT) this.undoStack.shift();
    this.topTouchedAt = at;
  }

  /** One step from the first edit's "before" to the latest edit's "after", in time linear in the edit. */
  private merge(top: Edit, edit: Edit): void {
    const byRow = new Map(top.changes.map((c) => [rowKey(c.table, c.id), c]));
    for (const c of edit.changes) {
      const earlier = byRow.get(rowKey(c.table, c.id));
      if (earlier) earlier.after = c.after;
      else top.changes.push(c);
    }
    top.label = edit.label;
    // Typed and typed back: a step that changes nothing a person can see is no step.
    if (top.changes.every((c) => content(c.before) === content(c.after))) {
      this.undoStack.pop();
      this.topTouchedAt = null;
    }
  }

  nextUndo(): Edit | undefined {
    return this.undoStack.at(-1);
  }

  nextRedo(): Edit | undefined {
    return this.redoStack.at(-1);
  }

  /** The top undo step has been applied: it moves to the redo stack. */
  undone(): void {
    const edit = this.undoStack.pop();
    if (edit) this.redoStack.push(edit);
    this.topTouchedAt = null;
  }

  /** The top redo step has been applied: it moves back, keeping the rest of the redo stack. */
  redone(): void {
    const edit = this.redoStack.pop();
    if (edit) this.undoStack.push(edit);
    this.topTouchedAt = null;
  }

  state(): HistoryState {
    const u = this.undoStack.at(-1);
    const r = this.redoStack.at(-1);
    return { canUndo: !!u, canRedo: !!r, undoLabel: u?.label ?? null, redoLabel: r?.label ?? null };
  }
}
