import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/server/contentSecurityPolicy';

const directives = (policy: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .sort();

describe('content security policy', () => {
  it('the page’s meta tag (Electron) carries the header’s policy (browser mode), less frame-ancestors', () => {
    const html = fs.readFileSync(path.resolve('renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    expect(directives(meta!)).toEqual(directives(CONTENT_SECURITY_POLICY).filter((d) => !d.startsWith('frame-ancestors')));
  });

  it('allows scripts from the app only: no inline code, no eval', () => {
    const script = directives(CONTENT_SECURITY_POLICY).find((d) => d.startsWith('script-src'));
    expect(script).toBe("script-src 'self'");
  });
});
