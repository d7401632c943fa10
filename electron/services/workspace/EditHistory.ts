import type { HistoryState } from '../../../shared/contract/workspace';
import type { RowChange } from './rowChanges';

/** A finished edit: what it changed and how to name it in "Undo …". */
export interface Edit {
  label: { key: string; params: Record<string, string> };
  changes: RowChange[];
}

const LIMIT = 500;

/** Undo and redo stacks of one open workspace, for the length of the session. */
export class EditHistory {
  private undoStack: Edit[] = [];
  private redoStack: Edit[] = [];

  push(edit: Edit): void {
    if (edit.changes.length === 0) return;
    this.undoStack.push(edit);
    if (this.undoStack.length > LIMIT) this.undoStack.shift();
    this.redoStack = [];
  }

  popUndo(): Edit | undefined {
    return this.undoStack.pop();
  }

  popRedo(): Edit | undefined {
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
