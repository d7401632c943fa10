import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { languages, type Language } from '../../../shared/contract/app';

const RECENT_KEPT = 10;

const settingsSchema = z.object({
  language: z.enum(languages).catch('id'),
  recent: z.array(z.object({ path: z.string(), openedAt: z.string() })).catch([]),
});
type Settings = z.infer<typeof settingsSchema>;

/**
 * The app's own small settings file in the data folder. Written atomically (temp file
 * and rename); a damaged file falls back to defaults instead of stopping the app.
 */
export class SettingsStore {
  private settings: Settings;
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'settings.json');
    this.settings = this.load();
  }

  private load(): Settings {
    try {
      return settingsSchema.parse(JSON.parse(fs.readFileSync(this.file, 'utf8')));
    } catch {
      return { language: 'id', recent: [] };
    }
  }

  private save(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    // A name of its own per write: the app, browser mode and the CLI may share this folder.
    const tmp = `${this.file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(this.settings, null, 2));
    fs.renameSync(tmp, this.file);
  }

  get language(): Language {
    return this.settings.language;
  }

  setLanguage(language: Language): void {
    this.settings.language = language;
    this.save();
  }

  get recent(): readonly { path: string; openedAt: string }[] {
    return this.settings.recent;
  }

  addRecent(filePath: string): void {
    const rest = this.settings.recent.filter((r) => r.path !== filePath);
    this.settings.recent = [{ path: filePath, openedAt: new Date().toISOString() }, ...rest].slice(0, RECENT_KEPT);
    this.save();
  }

  forgetRecent(filePath: string): void {
    this.settings.recent = this.settings.recent.filter((r) => r.path !== filePath);
    this.save();
  }
}
