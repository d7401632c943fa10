import { AsyncLocalStorage } from 'node:async_hooks';
import type { ChangeSet } from '../../shared/contract';

/** Collects the rows one call changed, across every edit, undo or redo it runs. */
export class ChangeCollector {
  private readonly byTable = new Map<string, Set<string>>();

  add(table: string, id: unknown): void {
    let ids = this.byTable.get(table);
    if (!ids) this.byTable.set(table, (ids = new Set()));
    ids.add(String(id));
  }

  get empty(): boolean {
    return this.byTable.size === 0;
  }

  toChangeSet(): ChangeSet {
    return Object.fromEntries([...this.byTable].map(([t, ids]) => [t, [...ids]]));
  }
}

const current = new AsyncLocalStorage<ChangeCollector>();

/** Runs one call with a collector that the workspace's edits report to. */
export function collectChanges<T>(collector: ChangeCollector, fn: () => T): T {
  return current.run(collector, fn);
}

/** Reports changed rows to the call in progress, if any (an import or a test may run outside one). */
export function reportChange(table: string, id: unknown): void {
  current.getStore()?.add(table, id);
}
