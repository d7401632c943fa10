import { z } from 'zod';
import { defineCall } from './defineCall';

export const languages = ['id', 'en'] as const;
export type Language = (typeof languages)[number];

/** BCP 47 locale for dates, numbers and amounts in each language. */
export const localeOf: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/** Facts the renderer needs about where it runs. */
export interface AppInfo {
  version: string;
  /** `electron` offers native file pickers and a window menu; `browser` is the served mode. */
  host: 'electron' | 'browser';
  language: Language;
  /** Where new workspaces go unless the facilitator picks another folder. */
  defaultDir: string;
  /** Settings, recent files and backups live here. */
  dataDir: string;
  /** True until a workspace has been opened once: the start screen offers the demo. */
  firstRun: boolean;
}

/** App-level calls: not tied to an open workspace. */
export const appCalls = {
  'app.info': defineCall<AppInfo>()(z.object({}).strict()),
  'app.setLanguage': defineCall<AppInfo>()(z.object({ language: z.enum(languages) }).strict()),
  /** Native pickers exist only in Electron; browser mode answers `unsupportedHere`. */
  'app.pickPath': defineCall<string | null>()(z.object({ mode: z.enum(['open', 'save', 'folder']), filter: z.enum(['sentra', 'json']).optional() }).strict()),
  'app.setFullScreen': defineCall<boolean>()(z.object({ on: z.boolean() }).strict()),
  'app.openExternal': defineCall<boolean>()(z.object({ url: z.url({ protocol: /^https?$/ }) }).strict()),
};

export type AppCallName = keyof typeof appCalls;
