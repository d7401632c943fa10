/** A key press as the grid reads it (a KeyboardEvent has these fields). */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export interface GridPosition {
  row: number;
  col: number;
}

/** What a key does on a cell that is not being edited. */
export type CellAction =
  | { kind: 'move'; to: GridPosition }
  /** Start editing: with the cell's value (`text` null, caret keys move in the text) or replacing it with what was typed. */
  | { kind: 'edit'; text: string | null }
  | { kind: 'clear' }
  /** Tab past the last cell (or Shift+Tab before the first): focus leaves the grid as usual. */
  | { kind: 'leave' };

/** What a key does in the cell editor. `enter` mode (editing began by typing) lets arrows commit and move, as spreadsheets do. */
export type EditorAction = { kind: 'commit'; move: GridPosition | null } | { kind: 'cancel' };

const clamp = (n: number, max: number) => Math.max(0, Math.min(max - 1, n));

/** A printable character that starts editing (a digit, a comma, a letter that will be refused with a message). */
const startsTyping = (k: KeyPress) => k.key.length === 1 && k.key !== ' ' && !k.ctrlKey && !k.metaKey && !k.altKey;

/**
 * The spreadsheet keys on a cell: arrows, Home / End (Ctrl for the corners), Page Up / Down
 * (`page` rows), Tab / Shift+Tab across, Enter or F2 edit, typing replaces, Delete or Backspace
 * clear. Null for a key the grid leaves alone.
 */
export function cellAction(k: KeyPress, at: GridPosition, size: { rows: number; cols: number; page: number }): CellAction | null {
  const move = (row: number, col: number): CellAction => ({ kind: 'move', to: { row: clamp(row, size.rows), col: clamp(col, size.cols) } });
  switch (k.key) {
    case 'ArrowDown':
      return move(at.row + 1, at.col);
    case 'ArrowUp':
      return move(at.row - 1, at.col);
    case 'ArrowRight':
      return move(at.row, at.col + 1);
    case 'ArrowLeft':
      return move(at.row, at.col - 1);
    case 'PageDown':
      return move(at.row + size.page, at.col);
    case 'PageUp':
      return move(at.row - size.page, at.col);
    case 'Home':
      return k.ctrlKey ? move(0, 0) : move(at.row, 0);
    case 'End':
      return k.ctrlKey ? move(size.rows - 1, size.cols - 1) : move(at.row, size.cols - 1);
    case 'Tab':
      if (k.shiftKey) return at.col === 0 ? { kind: 'leave' } : move(at.row, at.col - 1);
      return at.col === size.cols - 1 ? { kind: 'leave' } : move(at.row, at.col + 1);
    case 'Enter':
    case 'F2':
      return { kind: 'edit', text: null };
    case 'Delete':
    case 'Backspace':
      return { kind: 'clear' };
    default:
      return startsTyping(k) ? { kind: 'edit', text: k.key } : null;
  }
}

/**
 * Keys in the cell editor: Enter commits and moves down (Shift+Enter up), Tab / Shift+Tab
 * commit and move across, Escape cancels; in `enter` mode arrows commit and move too, in `edit`
 * mode (F2, Enter, double click) they move the caret. A move past the edge commits and stays.
 */
export function editorAction(k: KeyPress, mode: 'enter' | 'edit', at: GridPosition, size: { rows: number; cols: number }): EditorAction | null {
  const to = (row: number, col: number): EditorAction => ({ kind: 'commit', move: { row: clamp(row, size.rows), col: clamp(col, size.cols) } });
  if (k.key === 'Escape') return { kind: 'cancel' };
  if (k.key === 'Enter') return to(at.row + (k.shiftKey ? -1 : 1), at.col);
  if (k.key === 'Tab') return to(at.row, at.col + (k.shiftKey ? -1 : 1));
  if (mode === 'edit') return null;
  if (k.key === 'ArrowDown') return to(at.row + 1, at.col);
  if (k.key === 'ArrowUp') return to(at.row - 1, at.col);
  if (k.key === 'ArrowRight') return to(at.row, at.col + 1);
  if (k.key === 'ArrowLeft') return to(at.row, at.col - 1);
  return null;
}
