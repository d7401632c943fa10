import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from './types';

/** Appends one JSON line per event to `<dataDir>/logs/sentra.log`, and echoes warnings and errors. */
export function fileLogger(dataDir: string, echo = true): Logger {
  const dir = path.join(dataDir, 'logs');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'sentra.log');
  return (level, message, data) => {
    const line = JSON.stringify({ at: new Date().toISOString(), level, message, data });
    try {
      fs.appendFileSync(file, `${line}\n`);
    } catch {
      // a full disk must not turn a logged warning into a crash
    }
    if (echo && level !== 'info') console.error(`[sentra] ${level}: ${message}`);
  };
}
