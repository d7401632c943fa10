import fs from 'node:fs';
import type { CustomScheme } from 'electron';
import { contentTypeOf } from '../server/contentTypeOf';
import { CONTENT_SECURITY_POLICY } from '../server/contentSecurityPolicy';
import { resolveStaticPath } from '../server/resolveStaticPath';

/*
 * The app's page comes from app://sentra/, not file://. A file:// page shares its origin
 * with every file on the disk; this origin holds only the built renderer, so the navigation
 * guard, the IPC sender check and the CSP's 'self' all name exactly the app. This module
 * imports no Electron at run time, so its logic is tested under plain Node.
 */

export const APP_SCHEME = 'app';
const APP_HOST = 'sentra';
/** The one page a window of the app loads; routes live in its hash. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Registered before `ready`. Standard: relative URLs and an origin of its own (storage,
 * 'self'); secure: a secure context, like https. Not `corsEnabled`: that privilege would let
 * other origins read these files, and the page's own module scripts are same-origin.
 * Not `bypassCSP`: the page's policy applies in full.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** True for the app's page with any hash route; false for every other address, other paths and queries included. */
export function isAppUrl(url: string): boolean {
  return url.split('#')[0] === APP_ENTRY_URL;
}

const HEADERS = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };

/**
 * The handler for `protocol.handle`: GETs under app://sentra/ answered with the file of
 * the same path under `rendererDir` and its content type and CSP; anything else — another
 * host, a path leaving the folder, a missing file — refused without a body.
 */
export function appProtocolHandler(rendererDir: string): (request: { url: string; method: string }) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') return new Response(null, { status: 405 });
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return new Response(null, { status: 400 });
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return new Response(null, { status: 404 });
    const target = resolveStaticPath(rendererDir, url.pathname);
    if (!target.ok) return new Response(null, { status: target.status });
    try {
      const body = await fs.promises.readFile(target.file);
      return new Response(body, { status: 200, headers: { ...HEADERS, 'Content-Type': contentTypeOf(target.file) } });
    } catch {
      // Missing, a folder, unreadable: the same answer, which says nothing about which.
      return new Response(null, { status: 404 });
    }
  };
}
