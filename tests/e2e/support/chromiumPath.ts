import { execFileSync } from 'node:child_process';

/** Debian's Chromium (`chromium` on PATH) if present; undefined lets Playwright use its own. */
export function chromiumPath(): string | undefined {
  if (process.env.SENTRA_CHROMIUM) return process.env.SENTRA_CHROMIUM;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim() || undefined;
    } catch {
      // not on PATH: try the next name
    }
  }
  return undefined;
}
