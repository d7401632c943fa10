import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_SCHEME_PRIVILEGES, appProtocolHandler, isAppUrl } from '../../../electron/main/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/server/contentSecurityPolicy';

let dir: string;
let handle: ReturnType<typeof appProtocolHandler>;
const get = (url: string) => handle({ url, method: 'GET' });

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sentra-protocol-'));
  const renderer = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>app</title>');
  fs.writeFileSync(path.join(renderer, 'assets', 'index.js'), 'export {};');
  fs.writeFileSync(path.join(renderer, 'assets', 'noto.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside');
  handle = appProtocolHandler(renderer);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the app:// protocol', () => {
  it('serves the page and its files with their types and the CSP header', async () => {
    const page = await get(APP_ENTRY_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>app</title>');
    const script = await get('app://sentra/assets/index.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const font = await get('app://sentra/assets/noto.woff2');
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect(Buffer.from(await font.arrayBuffer())).toEqual(Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  });

  it.each([
    'app://sentra/../secret.txt',
    'app://sentra/%2e%2e/secret.txt',
    'app://sentra/..%2fsecret.txt',
    'app://sentra/assets/..%2f..%2fsecret.txt',
    'app://sentra/missing.js',
    'app://sentra/assets',
    'app://other/index.html',
    'file:///etc/passwd',
  ])('refuses %s with 404 and no body', async (url) => {
    const res = await get(url);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('');
  });

  it('refuses a bad %-escape with 400 and anything but GET with 405', async () => {
    expect((await get('app://sentra/%E0%A4%A')).status).toBe(400);
    expect((await handle({ url: APP_ENTRY_URL, method: 'POST' })).status).toBe(405);
  });

  it('is registered standard and secure, without the privileges that would weaken it', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
    const privileges = APP_SCHEME_PRIVILEGES.privileges ?? {};
    expect(privileges.bypassCSP).toBeUndefined();
    expect(privileges.corsEnabled).toBeUndefined();
  });
});

describe('isAppUrl', () => {
  it('accepts the app page with any hash route, and nothing else', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl(`${APP_ENTRY_URL}#/clusters/kebumen`)).toBe(true);
    for (const url of [
      'file:///opt/sentra/out/renderer/index.html',
      'app://sentra/assets/index.js',
      'app://sentra/index.html?x=1',
      'app://sentra.evil/index.html',
      'app://evil/index.html',
      'https://sentra/index.html',
      'app://user@sentra/index.html',
      '',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('the main window loads the app page from the protocol, never from file://', () => {
    const main = fs.readFileSync('electron/main/index.ts', 'utf8');
    expect(main).toContain('loadURL(APP_ENTRY_URL)');
    expect(main).not.toMatch(/loadFile\(|pathToFileURL|file:\/\//);
    // Privileges must be granted before the app is ready, so at the top level, not in whenReady.
    expect(main.indexOf('registerSchemesAsPrivileged(')).toBeLessThan(main.indexOf('app.whenReady()'));
    expect(main.indexOf('protocol.handle(APP_SCHEME')).toBeGreaterThan(main.indexOf('app.whenReady()'));
  });
});
