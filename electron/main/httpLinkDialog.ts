import type { MessageBoxOptions } from 'electron';

const MAX_SHOWN = 300;

/**
 * The question asked before an http link opens: the address as the URL parser normalised
 * it (a look-alike host shows as punycode), shortened if very long, and Cancel as the
 * default, so Enter or Esc leaves the link unopened. Button 0 opens.
 */
export function httpLinkDialog(t: (key: string) => string, url: string): MessageBoxOptions {
  const href = new URL(url).href;
  const shown = href.length > MAX_SHOWN ? `${href.slice(0, MAX_SHOWN)}…` : href;
  return {
    type: 'warning',
    title: 'Sentra',
    message: t('externalLink.httpTitle'),
    detail: `${shown}\n\n${t('externalLink.httpDetail')}`,
    buttons: [t('externalLink.open'), t('common.cancel')],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}
