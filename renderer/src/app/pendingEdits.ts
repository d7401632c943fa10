/**
 * Forms with an edit not yet committed (autosave waits 300 ms after typing). Calls that act
 * on the whole workspace wait for these first (see `wholeWorkspace` in the contract).
 */
const flushers = new Set<() => Promise<void>>();

/** A form registers how to commit what it holds; the returned function unregisters it. */
export function registerPendingEdits(flush: () => Promise<void>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Commits every pending edit, each as its own undoable step; an invalid one stays uncommitted. */
export async function commitPendingEdits(): Promise<void> {
  await Promise.all([...flushers].map((flush) => flush()));
}
