import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary } from './electronBinary';

const binary = electronBinary();
const root = path.resolve(import.meta.dirname, '../..');

if (binary.path === null) console.log(`Electron E2E skipped: ${binary.reason}`);
test.skip(binary.path === null, binary.path === null ? binary.reason : '');

test('the Electron app starts hardened, opens the demo and answers through IPC', async () => {
  const binding = execFileSync('node', ['scripts/ensure-native.mjs', 'electron'], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop()!;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sentra-electron-'));
  const app = await electron.launch({
    executablePath: binary.path!,
    args: [root],
    env: { ...process.env, SENTRA_SQLITE_BINDING: binding, SENTRA_DATA_DIR: path.join(dir, 'data'), SENTRA_WORKSPACES_DIR: path.join(dir, 'ws') },
  });
  const page = await app.firstWindow();

  // What the page itself can reach: no Node, and only the two named bridge functions.
  const reach = await page.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    bridge: Object.keys((globalThis as { sentra?: object }).sentra ?? {}).sort(),
  }));
  expect(reach).toEqual({ require: 'undefined', process: 'undefined', bridge: ['call', 'onCommand'] });

  await page.getByTestId('start.openDemo').click();
  await expect(page.getByTestId('clusters.row')).toHaveCount(12);
  await page.screenshot({ path: path.join(root, 'test-results', 'screens', 'electron-clusters.png') });

  // The live window's preferences as Electron applied them (not only what windowOptions returns),
  // through the binding's getLastWebPreferences, which Electron's typings do not list.
  const prefs = await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((w) => (w.webContents as unknown as { getLastWebPreferences: () => unknown }).getLastWebPreferences()),
  );
  expect(prefs).toHaveLength(1);
  expect(prefs[0]).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });

  // window.open, navigation away and permission requests are refused.
  const appUrl = page.url();
  await page.evaluate(() => (globalThis as unknown as { open: (u: string) => unknown }).open('https://example.org/'));
  await page.evaluate(() => {
    (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.org/';
  });
  await page.waitForTimeout(500);
  expect(app.windows()).toHaveLength(1);
  expect(page.url()).toBe(appUrl);
  const permission = await page.evaluate(() =>
    (globalThis as unknown as { Notification: { requestPermission: () => Promise<string> } }).Notification.requestPermission(),
  );
  expect(permission).toBe('denied');
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
