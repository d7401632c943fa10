import path from 'node:path';

/** A request path mapped into the app's folder, or the status that refuses it. */
export type StaticPath = { ok: true; file: string } | { ok: false; status: 400 | 404 };

/**
 * Maps a URL's path (still %-encoded, as `URL.pathname` gives it) to a file under `root`,
 * for browser mode and the Electron app protocol alike. A malformed escape or a NUL is a
 * bad request (400); anything that resolves outside `root` — `..`, an encoded `%2e%2e%2f`,
 * a backslash on Windows, another drive — is not found (404), so the answer reveals nothing
 * about what lies outside. A path ending in `/` means its index.html. Whether the file
 * exists is for the caller to ask.
 */
export function resolveStaticPath(root: string, pathname: string): StaticPath {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\0')) return { ok: false, status: 400 };
  const base = path.resolve(root);
  const file = path.resolve(base, `.${path.sep}${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  const relative = path.relative(base, file);
  const outside = relative === '' || path.isAbsolute(relative) || relative.split(path.sep)[0] === '..';
  return outside ? { ok: false, status: 404 } : { ok: true, file };
}
