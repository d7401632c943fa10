import { isExternalLink } from './security';

/** What happens to a link the app is asked to open outside itself. */
export type ExternalLinkAction = 'open' | 'confirm' | 'refuse';

/**
 * https opens in the OS browser at once; http only after the facilitator has seen the
 * address and agreed, since what travels over it can be read or changed on the way;
 * every other scheme (file:, smb:, javascript:, custom app handlers) never leaves the app.
 */
export function externalLinkAction(url: string): ExternalLinkAction {
  if (!isExternalLink(url)) return 'refuse';
  return new URL(url).protocol === 'https:' ? 'open' : 'confirm';
}
