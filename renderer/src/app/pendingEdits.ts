import { notifyNotSaved } from './notify';

/**
 * Forms with an edit not yet committed (autosave waits 300 ms after typing). Calls that act
 * on the whole workspace wait for these first (see `wholeWorkspace` in the contract), and
 * closing the window waits for them too.
 */
interface PendingForm {
  /** Commits what the form holds (nothing if it is already saved). */
  flush: () => Promise<void>;
  /** Whether an edit is waiting or on its way. */
  pending: () => boolean;
  /** Whether the form holds input in error, which no commit will carry. */
  invalid: () => boolean;
}

const forms = new Set<PendingForm>();

/** A form registers itself; the returned function unregisters it. */
export function registerPendingEdits(form: PendingForm): () => void {
  forms.add(form);
  return () => forms.delete(form);
}

export function hasPendingEdits(): boolean {
  return [...forms].some((form) => form.pending());
}

/**
 * Commits every pending edit, each as its own undoable step. Input in error stays
 * uncommitted, and the user is told, since the call that follows replaces the form.
 */
export async function commitPendingEdits(): Promise<void> {
  await Promise.all([...forms].map((form) => form.flush()));
  if ([...forms].some((form) => form.invalid())) notifyNotSaved();
}

/**
 * Closing the window with an edit still waiting: the close is held back, the edit
 * committed, and the window closed again (in Electron no dialog appears; a browser tab
 * asks whether to leave, and the edit is committed meanwhile).
 */
export function holdCloseForPendingEdits(): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!hasPendingEdits()) return;
    event.preventDefault();
    event.returnValue = '';
    void commitPendingEdits().then(() => window.close());
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => window.removeEventListener('beforeunload', onBeforeUnload);
}
