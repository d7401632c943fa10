import type { CallName, CallParsedInput, CallResult } from '../../shared/contract';

/** Who is calling: one Electron window, or the browser-mode page. */
export interface CallContext {
  clientId: string;
}

export type Handler<K extends CallName> = (input: CallParsedInput<K>, ctx: CallContext) => CallResult<K> | Promise<CallResult<K>>;

/** A feature's handlers: exactly the calls it names, each typed from the contract. */
export type HandlerMap<K extends CallName> = { [P in K]: Handler<P> };

export type Handlers = HandlerMap<CallName>;

export type LogLevel = 'info' | 'warn' | 'error';
export type Logger = (level: LogLevel, message: string, data?: unknown) => void;

/** Where the Node-side services live and keep their files; no Electron types here. */
export interface ServiceEnv {
  appVersion: string;
  host: 'electron' | 'browser';
  /** Settings, recent files, logs and backups. */
  dataDir: string;
  /** Where new workspaces and the demo go by default. */
  defaultDir: string;
  /** The bundled `resources/` folder (demo data, icons). */
  resourcesDir: string;
  log: Logger;
  /** False for the CLI: files a script opens do not belong in the app's Open recent menu. */
  rememberRecent?: boolean;
}
