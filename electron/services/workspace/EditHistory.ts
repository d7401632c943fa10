import type { HistoryState } from '../../../shared/contract/workspace';
import type { RowChange } from './rowChanges';

/** A finished edit: what it changed and how to name it in "Undo …". */
export interface Edit {
  label: { key: string; params: Record<string, string> };
  changes: RowChange[];
}

const LIMIT = 500;
/**
 * Autosave commits after every pause in typing; edits of the same rows under the same
 * label that follow each other this closely become one step, so Ctrl+Z undoes what a
 * person typed, not its last letters.
 */
export const MERGE_WINDOW_MS = 2000;

const sameRow = (a: RowChange, b: RowChange) => a.table === b.table && a.keyValue === b.keyValue;

/** A row's content apart from when it was last touched. */
const content = (row: RowChange['before']) => {
  if (row === null) return 'null';
  const { updated_at: _touched, ...rest } = row;
  return JSON.stringify(rest);
};
/** Typed and typed back: the merged step would change nothing a person can see. */
const isNoOp = (edit: Edit) => edit.changes.every((c) => content(c.before) === content(c.after));

/** Undo and redo stacks of one open workspace, for the length of the session. */
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
    if (top && this.topTouchedAt !== null && at - this.topTouchedAt <= MERGE_WINDOW_MS && this.mergeable(top, edit)) {
      // One step from the first edit's "before" to this edit's "after".
      top.changes = top.changes.map((c) => ({ ...c, after: edit.changes.find((n) => sameRow(c, n))!.after }));
      top.label = edit.label;
      this.topTouchedAt = at;
      if (isNoOp(top)) {
        this.undoStack.pop();
        this.topTouchedAt = null;
      }
      return;
    }
    this.undoStack.push(edit);
    if (this.undoStack.length > LIMIT) this.undoStack.shift();
    this.topTouchedAt = at;
  }

  private mergeable(top: Edit, edit: Edit): boolean {
    return top.label.key === edit.label.key && top.changes.length === edit.changes.length && edit.changes.every((n) => top.changes.some((c) => sameRow(c, n)));
  }

  popUndo(): Edit | undefined {
    this.topTouchedAt = null;
    return this.undoStack.pop();
  }

  popRedo(): Edit | undefined {
    this.topTouchedAt = null;
    return this.redoStack.pop();
  }

  pushRedo(edit: Edit): void {
    this.redoStack.push(edit);
  }

  /** Puts an undone-then-redone edit back without clearing the redo stack. */
  pushUndoKeepRedo(edit: Edit): void {
    this.undoStack.push(edit);
  }

  state(): HistoryState {
    const u = this.undoStack.at(-1);
    const r = this.redoStack.at(-1);
    return { canUndo: !!u, canRedo: !!r, undoLabel: u?.label ?? null, redoLabel: r?.label ?? null };
  }
}
