import { api, type ApiError, type ApiResult, type CallInput, type CallName, type CallResult } from '../../../shared/contract';
import type { AppCommand } from '../../../shared/contract/commands';
import { publishChange } from './dataChanges';
import { commitPendingEdits } from './pendingEdits';

/** What the Electron preload exposes as `window.sentra` (see electron/preload). */
export interface PreloadBridge {
  call: (name: string, input: unknown) => Promise<ApiResult<unknown>>;
  onCommand: (listener: (command: AppCommand, arg?: string) => void) => () => void;
}

declare global {
  interface Window {
    sentra?: PreloadBridge;
  }
}

/** A failed call, carrying the catalog key (`errors.<code>`) and parameters to show the user. */
export class ApiCallError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.code);
    this.name = 'ApiCallError';
  }
}

async function overHttp(name: string, input: unknown): Promise<ApiResult<unknown>> {
  const res = await fetch('/api/call', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Sentra': '1' },
    body: JSON.stringify({ name, input }),
    credentials: 'same-origin',
  });
  // Refusals come as the same JSON envelope (bad request, too large, no token); anything else is unexpected.
  const body = (await res.json().catch(() => null)) as ApiResult<unknown> | null;
  if (body && typeof body === 'object' && 'ok' in body) return body;
  return { ok: false, error: { code: res.status === 403 ? 'forbiddenSender' : 'internal' } };
}

/**
 * The renderer's only way to the services. It does not know or care whether the call
 * travels over Electron IPC (preload bridge) or HTTP (browser mode).
 */
export async function call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallResult<K>> {
  if (api[name].wholeWorkspace) await commitPendingEdits();
  const transport = window.sentra?.call ?? overHttp;
  let result: ApiResult<unknown>;
  try {
    result = await transport(name, input);
  } catch {
    throw new ApiCallError({ code: 'internal' });
  }
  if (!result.ok) throw new ApiCallError(result.error);
  if (result.changed)
    publishChange({ kind: 'rows', changed: result.changed, source: name === 'workspace.undo' || name === 'workspace.redo' ? 'history' : 'write' });
  return result.value as CallResult<K>;
}

/** Menu commands from the Electron main process; a no-op in browser mode, where the toolbar is the menu. */
export function onMenuCommand(listener: (command: AppCommand, arg?: string) => void): () => void {
  return window.sentra?.onCommand(listener) ?? (() => undefined);
}
