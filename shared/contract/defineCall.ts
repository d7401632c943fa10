import type { z } from 'zod';

/**
 * One API call of the app: its name, the zod schema every input must pass at the
 * boundary, and (as a phantom type) what it returns. Both transports (IPC and the
 * browser-mode HTTP server) and the renderer's client are derived from these objects,
 * so a call is written down exactly once.
 */
export interface CallDef<I extends z.ZodType, R> {
  readonly input: I;
  /**
   * The call acts on the workspace as a whole (switches, closes, copies it, or undoes):
   * the renderer commits every pending field edit first, so an edit typed a moment
   * before never lands in another workspace or is lost with a closed one.
   */
  readonly wholeWorkspace: boolean;
  /** Phantom field: never read at run time, carries the result type. */
  readonly _result?: R;
}

/** Declares a call; `R` is the result type the handler must produce. */
export function defineCall<R>() {
  return <I extends z.ZodType>(input: I, options: { wholeWorkspace?: boolean } = {}): CallDef<I, R> => ({
    input,
    wholeWorkspace: options.wholeWorkspace ?? false,
  });
}

/** The error every failed call reports: a catalog key under `errors.` and its parameters. */
export interface ApiError {
  code: string;
  params?: Record<string, string | number>;
}

/**
 * What a call changed in the open workspace: table → ids of the rows written, removed or
 * put back. Screens refresh only what shows one of these rows.
 */
export type ChangeSet = Record<string, string[]>;

/** What crosses the transport: never a thrown exception; a write also says what it changed. */
export type ApiResult<R> = { ok: true; value: R; changed?: ChangeSet } | { ok: false; error: ApiError };
