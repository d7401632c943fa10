import { useEffect, useState } from 'react';
import type { ChangeSet } from '../../../shared/contract';

/** What changed in the stored data: some rows of some tables, or everything (another workspace opened). */
export type DataChange = { kind: 'rows'; changed: ChangeSet; source: 'write' | 'history' } | { kind: 'all' };

type Listener = (change: DataChange) => void;
const listeners = new Set<Listener>();

/** Tells every screen what changed; the client calls it with each call's `changed`. */
export function publishChange(change: DataChange): void {
  for (const l of listeners) l(change);
}

export function onDataChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Whether a change concerns a screen that shows these tables. */
export function concerns(change: DataChange, tables: readonly string[], ownWrites: boolean): boolean {
  if (change.kind === 'all') return true;
  return (ownWrites || change.source === 'history') && tables.some((t) => t in change.changed);
}

/**
 * A number that grows whenever rows of these tables changed behind the screen's back: by
 * undo or redo, or by another workspace being opened. A screen's own writes are not counted
 * (it already holds what it wrote), unless `ownWrites` is set, for lists that show rows other
 * screens write.
 */
export function useDataVersion(tables: readonly string[], options: { ownWrites?: boolean } = {}): number {
  const [version, setVersion] = useState(0);
  const key = tables.join(',');
  const { ownWrites = false } = options;
  useEffect(() => {
    const watched = key.split(',');
    return onDataChange((change) => {
      if (concerns(change, watched, ownWrites)) setVersion((v) => v + 1);
    });
  }, [key, ownWrites]);
  return version;
}
