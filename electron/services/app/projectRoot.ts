import fs from 'node:fs';
import path from 'node:path';

/** The folder holding package.json, found from the working directory upward (CLI, browser mode, bench). */
export function projectRoot(start = process.cwd()): string {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'resources'))) return dir;
    if (path.dirname(dir) === dir) throw new Error('Sentra project folder not found');
  }
}

export function readAppVersion(root = projectRoot()): string {
  return (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
}
