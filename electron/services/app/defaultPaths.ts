import os from 'node:os';
import path from 'node:path';

/**
 * Where Sentra keeps its settings and backups when not run by Electron (browser mode,
 * CLI): the same folder Electron's `app.getPath('userData')` gives, so both modes share it.
 */
export function defaultDataDir(): string {
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Sentra');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Sentra');
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Sentra');
}

/** New workspaces and the demo go to Documents/Sentra unless the facilitator picks a folder. */
export function defaultWorkspacesDir(documentsDir = path.join(os.homedir(), 'Documents')): string {
  return path.join(documentsDir, 'Sentra');
}
