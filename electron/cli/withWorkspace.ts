import type { CliContext } from './types';

/**
 * Opens `file` through the app's checked open (`workspace.open`: header, lock, integrity
 * checks, migrations with a backup first, the on-open backup), runs `fn`, and closes it.
 */
export async function withWorkspace<T>(ctx: CliContext, file: string, fn: () => Promise<T>): Promise<T> {
  await ctx.call('workspace.open', { path: ctx.resolvePath(file) });
  try {
    return await fn();
  } finally {
    await ctx.call('workspace.close', {});
  }
}
