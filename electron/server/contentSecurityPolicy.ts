/**
 * One policy for both modes. Browser mode sends it as a header with every response;
 * Electron loads the page from disk (no headers), so it applies the same policy through
 * the meta tag in renderer/index.html, less `frame-ancestors`, which a meta tag cannot
 * carry (tests/unit/electron/contentSecurityPolicy.test.ts keeps the two in step).
 * Inline styles are allowed because the component kit sets style attributes; scripts
 * only from the app itself.
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
