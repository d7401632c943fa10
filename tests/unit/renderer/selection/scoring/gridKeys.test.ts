import { describe, expect, it } from 'vitest';
import { cellAction, editorAction, type KeyPress } from '../../../../../renderer/src/features/selection/scoring/gridKeys';

const key = (k: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });
const size = { rows: 5, cols: 4, page: 3 };
const at = { row: 2, col: 1 };

describe('cellAction', () => {
  it('moves with arrows, Home / End, Page Up / Down, and stops at the edges', () => {
    expect(cellAction(key('ArrowDown'), at, size)).toEqual({ kind: 'move', to: { row: 3, col: 1 } });
    expect(cellAction(key('ArrowUp'), { row: 0, col: 0 }, size)).toEqual({ kind: 'move', to: { row: 0, col: 0 } });
    expect(cellAction(key('ArrowRight'), { row: 0, col: 3 }, size)).toEqual({ kind: 'move', to: { row: 0, col: 3 } });
    expect(cellAction(key('Home'), at, size)).toEqual({ kind: 'move', to: { row: 2, col: 0 } });
    expect(cellAction(key('End', { ctrlKey: true }), at, size)).toEqual({ kind: 'move', to: { row: 4, col: 3 } });
    expect(cellAction(key('PageDown'), at, size)).toEqual({ kind: 'move', to: { row: 4, col: 1 } });
  });

  it('moves across with Tab and Shift+Tab, and lets focus leave the grid at its ends', () => {
    expect(cellAction(key('Tab'), at, size)).toEqual({ kind: 'move', to: { row: 2, col: 2 } });
    expect(cellAction(key('Tab', { shiftKey: true }), at, size)).toEqual({ kind: 'move', to: { row: 2, col: 0 } });
    expect(cellAction(key('Tab'), { row: 2, col: 3 }, size)).toEqual({ kind: 'leave' });
    expect(cellAction(key('Tab', { shiftKey: true }), { row: 2, col: 0 }, size)).toEqual({ kind: 'leave' });
  });

  it('edits with Enter or F2, replaces with a typed character, clears with Delete or Backspace', () => {
    expect(cellAction(key('Enter'), at, size)).toEqual({ kind: 'edit', text: null });
    expect(cellAction(key('F2'), at, size)).toEqual({ kind: 'edit', text: null });
    expect(cellAction(key('7'), at, size)).toEqual({ kind: 'edit', text: '7' });
    expect(cellAction(key(','), at, size)).toEqual({ kind: 'edit', text: ',' });
    expect(cellAction(key('Delete'), at, size)).toEqual({ kind: 'clear' });
    expect(cellAction(key('Backspace'), at, size)).toEqual({ kind: 'clear' });
  });

  it('leaves shortcuts and other keys to the app (Ctrl+Z undoes, F5 presents)', () => {
    expect(cellAction(key('z', { ctrlKey: true }), at, size)).toBeNull();
    expect(cellAction(key('F5'), at, size)).toBeNull();
    expect(cellAction(key(' '), at, size)).toBeNull();
    expect(cellAction(key('Shift', { shiftKey: true }), at, size)).toBeNull();
  });
});

describe('editorAction', () => {
  it('commits and moves with Enter (down), Shift+Enter (up), Tab and Shift+Tab; Escape cancels', () => {
    expect(editorAction(key('Enter'), 'edit', at, size)).toEqual({ kind: 'commit', move: { row: 3, col: 1 } });
    expect(editorAction(key('Enter', { shiftKey: true }), 'edit', at, size)).toEqual({ kind: 'commit', move: { row: 1, col: 1 } });
    expect(editorAction(key('Tab'), 'enter', at, size)).toEqual({ kind: 'commit', move: { row: 2, col: 2 } });
    expect(editorAction(key('Tab', { shiftKey: true }), 'enter', at, size)).toEqual({ kind: 'commit', move: { row: 2, col: 0 } });
    expect(editorAction(key('Escape'), 'enter', at, size)).toEqual({ kind: 'cancel' });
  });

  it('commits and stays at the last row', () => {
    expect(editorAction(key('Enter'), 'enter', { row: 4, col: 1 }, size)).toEqual({ kind: 'commit', move: { row: 4, col: 1 } });
  });

  it('lets arrows commit and move after typing, but move the caret after F2', () => {
    expect(editorAction(key('ArrowRight'), 'enter', at, size)).toEqual({ kind: 'commit', move: { row: 2, col: 2 } });
    expect(editorAction(key('ArrowRight'), 'edit', at, size)).toBeNull();
    expect(editorAction(key('5'), 'enter', at, size)).toBeNull();
  });
});
