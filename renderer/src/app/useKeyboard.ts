import { useEffect } from 'react';
import type { AppCommand } from '../../../shared/contract/commands';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * App-wide keys: Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo edits of the workspace,
 * except inside a text field, where they stay the field's own; F5 toggles presentation
 * mode, Escape leaves it.
 */
export function useKeyboard(run: (c: AppCommand) => Promise<void>, presentation: boolean): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (e.key === 'F5') {
        e.preventDefault();
        void run('togglePresentation');
      } else if (e.key === 'Escape' && presentation) {
        void run('togglePresentation');
      } else if (mod && !isEditable(e.target) && (e.key === 'z' || e.key === 'Z' || e.key === 'y')) {
        e.preventDefault();
        void run(e.key === 'y' || e.shiftKey ? 'redo' : 'undo');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run, presentation]);
}
