/** The user id (and group id) of `nobody`: no rights beyond what a file's mode gives everyone. */
const NOBODY = 65534;

/**
 * Runs `fn` as a user without special rights. Tests often run as root, who may read and
 * write anything; switching the effective user makes permissions count (the real user
 * stays root, so the switch can be undone).
 */
export async function asUnprivileged<T>(fn: () => Promise<T>): Promise<T> {
  if (process.geteuid?.() !== 0) return fn();
  process.setegid!(NOBODY);
  process.seteuid!(NOBODY);
  try {
    return await fn();
  } finally {
    process.seteuid!(0);
    process.setegid!(0);
  }
}
