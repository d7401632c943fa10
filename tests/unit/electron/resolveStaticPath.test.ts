import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeOf } from '../../../electron/server/contentTypeOf';
import { resolveStaticPath } from '../../../electron/server/resolveStaticPath';

const root = path.resolve('/srv/sentra/renderer');

describe('resolveStaticPath', () => {
  it('maps a path to the file of the same name under the folder; a folder path to its index.html', () => {
    expect(resolveStaticPath(root, '/')).toEqual({ ok: true, file: path.join(root, 'index.html') });
    expect(resolveStaticPath(root, '/assets/index-4f2a.js')).toEqual({ ok: true, file: path.join(root, 'assets', 'index-4f2a.js') });
    expect(resolveStaticPath(root, '/assets/Noto%20Sans.woff2')).toEqual({ ok: true, file: path.join(root, 'assets', 'Noto Sans.woff2') });
    expect(resolveStaticPath(root, '/..hidden.js')).toEqual({ ok: true, file: path.join(root, '..hidden.js') });
  });

  it.each([
    '/../secret',
    '/%2e%2e/secret',
    '/..%2fsecret',
    '/assets/..%2f..%2f..%2fetc/passwd',
    '/%2e',
    '/..%5c..%5csecret'.replace(/%5c/g, encodeURIComponent(path.sep)),
  ])('refuses %s, which leaves the folder, as not found', (pathname) => {
    expect(resolveStaticPath(root, pathname)).toEqual({ ok: false, status: 404 });
  });

  it('refuses a malformed %-escape or a NUL as a bad request instead of throwing', () => {
    expect(resolveStaticPath(root, '/%E0%A4%A')).toEqual({ ok: false, status: 400 });
    expect(resolveStaticPath(root, '/%')).toEqual({ ok: false, status: 400 });
    expect(resolveStaticPath(root, '/index.html%00.js')).toEqual({ ok: false, status: 400 });
  });
});

describe('contentTypeOf', () => {
  it('gives module scripts, styles, fonts and the page their types; anything unknown is opaque bytes', () => {
    expect(contentTypeOf('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('/r/assets/index-1.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('/r/assets/index-1.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('/r/assets/noto.woff2')).toBe('font/woff2');
    expect(contentTypeOf('/r/icon.svg')).toBe('image/svg+xml');
    expect(contentTypeOf('/r/file.exe')).toBe('application/octet-stream');
    expect(contentTypeOf('/r/README')).toBe('application/octet-stream');
  });
});
