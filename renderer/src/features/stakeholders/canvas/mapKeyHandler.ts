import type { KeyboardEvent } from 'react';
import type { Selection } from './selection';

/** What the keys of the map do; the canvas view supplies them. */
export interface MapKeyActions {
  selection: Selection;
  editable: boolean;
  /** Moves keyboard focus to the next (+1) or previous (-1) actor by name; false when it runs off the end. */
  step: (dir: 1 | -1) => boolean;
  hasFocus: boolean;
  clear: () => void;
  selectAll: () => void;
  add: () => void;
  connect: () => void;
  editSelected: () => void;
  deleteSelected: () => void;
  toggleFocus: () => void;
  nudge: (dx: number, dy: number) => void;
  pan: (dx: number, dy: number) => void;
  zoomBy: (factor: number) => void;
  fit: () => void;
}

const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/** Keys typed in a field, a list or a dialog belong to that control, not to the map. */
function belongsElsewhere(target: EventTarget): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON'].includes(target.tagName));
}

/**
 * The map's keyboard: Tab / Shift+Tab walk the actors by name (and leave the map past the last),
 * N adds, C connects, Enter edits, Delete removes, F focuses on a neighbourhood, arrows move the
 * selection (Shift: further) or, with nothing selected, the view; + / − zoom, 0 fits, Ctrl+A
 * selects all, Escape clears (and only then lets Escape leave presentation mode).
 */
export function mapKeyHandler(a: MapKeyActions) {
  return (e: KeyboardEvent<HTMLElement>) => {
    if (belongsElsewhere(e.target) || e.altKey) return;
    const mod = e.ctrlKey || e.metaKey;
    const done = () => {
      e.preventDefault();
      e.stopPropagation();
    };
    const arrow = ARROWS[e.key];
    if (arrow && !mod) {
      const step = e.shiftKey ? 50 : 10;
      if (a.selection.actors.size > 0 && a.editable) a.nudge(arrow[0] * step, arrow[1] * step);
      else a.pan(-arrow[0] * step * 5, -arrow[1] * step * 5);
      return done();
    }
    if (e.key === 'Tab' && !mod) {
      // Shift+Tab with no actor focused leaves backwards; Tab past the last actor leaves forwards.
      if (!a.hasFocus && e.shiftKey) return;
      if (a.step(e.shiftKey ? -1 : 1)) done();
      return;
    }
    if (mod && e.key.toLowerCase() === 'a') {
      a.selectAll();
      return done();
    }
    if (mod) return;
    switch (e.key) {
      case 'Escape':
        if (!a.hasFocus && a.selection.actors.size + a.selection.ties.size === 0) return;
        a.clear();
        return done();
      case 'Enter':
        a.editSelected();
        return done();
      case 'Delete':
      case 'Backspace':
        if (a.editable) a.deleteSelected();
        return done();
      case '+':
      case '=':
        a.zoomBy(1.25);
        return done();
      case '-':
        a.zoomBy(0.8);
        return done();
      case '0':
        a.fit();
        return done();
    }
    switch (e.key.toLowerCase()) {
      case 'n':
        if (a.editable) a.add();
        return done();
      case 'c':
        if (a.editable) a.connect();
        return done();
      case 'f':
        a.toggleFocus();
        return done();
    }
  };
}
