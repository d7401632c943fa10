/**
 * One policy for both modes, sent as a header with every response: by browser mode's
 * server and by Electron's app:// protocol (electron/main/appProtocol.ts), where 'self' is
 * app://sentra and nothing else. The meta tag in renderer/index.html carries the same
 * policy, less `frame-ancestors`, which a meta tag cannot carry, so the page keeps it even
 * where it is opened without the headers (tests/unit/electron/contentSecurityPolicy.test.ts
 * keeps the two in step). Inline styles are allowed because the component kit sets style
 * attributes; scripts only from the app itself.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
