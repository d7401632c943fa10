import { catalogs } from '../../shared/i18n/catalogs';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function text(lang: 'id' | 'en', key: 'title' | 'body' | 'how'): string {
  const web = catalogs[lang].web as { forbidden: Record<string, string> };
  // The command is what the reader must type or find: set it apart, as a terminal shows it.
  return escapeHtml(web.forbidden[key] ?? key).replaceAll('npm run web', '<code>npm run web</code>');
}

function section(lang: 'id' | 'en'): string {
  return `<section lang="${lang}"><h1>${text(lang, 'title')}</h1><p>${text(lang, 'body')}</p><p>${text(lang, 'how')}</p></section>`;
}

/*
 * Inline style only: the policy (contentSecurityPolicy.ts) allows inline styles and no
 * inline script, and this page must not depend on the app's files, which it guards.
 */
const STYLE = [
  'body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;background:#f1f3f5;color:#1f2328;font:16px/1.55 system-ui,sans-serif}',
  'main{max-width:40rem;margin:2rem;padding:2rem 2.5rem;background:#fff;border-radius:12px;box-shadow:0 2px 10px rgba(0,0,0,.08)}',
  'h1{font-size:1.3rem;margin:0 0 .75rem}',
  'section+section{margin-top:1.5rem;padding-top:1.5rem;border-top:1px solid #dee2e6}',
  'p{margin:.5rem 0}',
  'code{font:.95em ui-monospace,monospace;background:#f1f3f5;padding:.05em .35em;border-radius:4px;white-space:nowrap}',
].join('');

/**
 * What a browser shows for an address without the per-run token (a bookmark from an
 * earlier run, the address typed without `?token=`): what is missing and where to find
 * it, in Bahasa Indonesia and then English, since the app's language setting is behind
 * the very token that is missing.
 */
export function forbiddenPage(): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Sentra</title><style>${STYLE}</style></head><body><main>${section('id')}${section('en')}</main></body></html>`;
}
