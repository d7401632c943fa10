import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL as APP, isAppUrl } from '../../../electron/main/appProtocol';
import { denyAllPermissions, hardenContents, isExternalLink, isTrustedSender } from '../../../electron/main/security';

/** A stand-in for WebContents: the two members hardenContents uses. */
function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((d: { url: string }) => { action: string }) | null = null;
  return {
    on: (event: string, listener: (...args: unknown[]) => void) => emitter.on(event, listener),
    setWindowOpenHandler: (h: typeof openHandler) => {
      openHandler = h;
    },
    navigate(event: string, url: string) {
      const e = { preventDefault: vi.fn() };
      emitter.emit(event, e, url);
      return e.preventDefault.mock.calls.length > 0;
    },
    open: (url: string) => openHandler!({ url }),
  };
}

describe('navigation and new windows', () => {
  it('blocks navigation and redirects away from the app page, allows its own routes', () => {
    const c = fakeContents();
    hardenContents(c as never, isAppUrl, vi.fn());
    expect(c.navigate('will-navigate', 'https://example.org/')).toBe(true);
    expect(c.navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(c.navigate('will-navigate', 'file:///opt/sentra/out/renderer/index.html')).toBe(true);
    expect(c.navigate('will-navigate', 'app://sentra/assets/index.js')).toBe(true);
    expect(c.navigate('will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(c.navigate('will-navigate', `${APP}#/clusters`)).toBe(false);
    expect(c.navigate('will-attach-webview', 'about:blank')).toBe(true);
  });

  it('denies every new window; http(s) links go to the OS browser, nothing else does', () => {
    const c = fakeContents();
    const openExternal = vi.fn();
    hardenContents(c as never, isAppUrl, openExternal);
    expect(c.open('https://jica.go.jp/')).toEqual({ action: 'deny' });
    expect(c.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(c.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://jica.go.jp/']]);
    expect(isExternalLink('smb://share/x')).toBe(false);
  });

  it('refuses every permission request and check', () => {
    let request: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | null = null;
    let check: (() => boolean) | null = null;
    denyAllPermissions({
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
    } as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      const cb = vi.fn();
      request!(null, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
    }
    expect(check!()).toBe(false);
  });
});

describe('IPC sender check', () => {
  it('answers only the top frame of the app page', () => {
    expect(isTrustedSender({ url: `${APP}#/program`, parent: null }, isAppUrl)).toBe(true);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null }, isAppUrl)).toBe(false);
    expect(isTrustedSender({ url: APP, parent: {} }, isAppUrl)).toBe(false);
    // The page's old address: a file:// page shares its origin with every file on the disk.
    expect(isTrustedSender({ url: 'file:///opt/sentra/out/renderer/index.html', parent: null }, isAppUrl)).toBe(false);
    expect(isTrustedSender({ url: 'app://other/index.html', parent: null }, isAppUrl)).toBe(false);
    expect(isTrustedSender(null, isAppUrl)).toBe(false);
  });

  it('the main process has one IPC handler, and it checks the sender before anything else', () => {
    const main = fs.readFileSync('electron/main/index.ts', 'utf8');
    expect(main.match(/ipcMain\.handle\(/g)).toHaveLength(1);
    const handler = main.slice(main.indexOf('ipcMain.handle('));
    expect(handler.indexOf('isTrustedSender(')).toBeLessThan(handler.indexOf('services.call('));
  });
});
