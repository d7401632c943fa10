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
  /**
   * Prints an HTML document to PDF with Chromium. Electron's main process gives `printToPDF` in a
   * hidden sandboxed window; elsewhere (browser mode, CLI, tests) the default drives a Chromium found
   * on the machine with playwright-core (`electron/services/plan/print/printWithChromium.ts`).
   */
  printPdf?: PdfPrinter;
}

/** What Chromium is asked to print: a whole HTML document (its running header and footer inside, as page-margin boxes), its paper and margins. */
export interface PdfPrintJob {
  html: string;
  /** Paper in millimetres, portrait. */
  paper: { width: number; height: number };
  /** Margins in millimetres; the header and footer print inside the top and bottom ones. */
  margins: { top: number; right: number; bottom: number; left: number };
}

export type PdfPrinter = (job: PdfPrintJob) => Promise<Uint8Array>;
