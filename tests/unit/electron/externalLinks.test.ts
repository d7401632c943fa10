import { describe, expect, it } from 'vitest';
import { externalLinkAction } from '../../../electron/main/externalLinkAction';
import { httpLinkDialog } from '../../../electron/main/httpLinkDialog';
import { translate } from '../../../electron/main/translate';
import { catalogs } from '../../../shared/i18n/catalogs';

describe('externalLinkAction', () => {
  it('opens https at once, asks first for http, refuses every other scheme', () => {
    expect(externalLinkAction('https://www.jica.go.jp/')).toBe('open');
    expect(externalLinkAction('http://kemenperin.go.id/')).toBe('confirm');
    expect(externalLinkAction('HTTP://example.org/')).toBe('confirm');
    for (const url of ['file:///etc/passwd', 'smb://share/x', 'javascript:alert(1)', 'mailto:a@b.c', 'app://sentra/index.html', 'not a url', '']) {
      expect(externalLinkAction(url), url).toBe('refuse');
    }
  });
});

describe('the question before an http link opens', () => {
  it.each(['id', 'en'] as const)('is asked in %s, names the address and defaults to Cancel', (lang) => {
    const t = translate(lang);
    const options = httpLinkDialog(t, 'http://kemenperin.go.id/sentra?x=1');
    const external = catalogs[lang].externalLink as Record<string, string>;
    expect(options.message).toBe(external.httpTitle);
    expect(options.detail).toContain('http://kemenperin.go.id/sentra?x=1');
    expect(options.detail).toContain(external.httpDetail);
    expect(options.buttons).toEqual([external.open, t('common.cancel')]);
    expect(options.buttons![1]).not.toBe('common.cancel');
    expect(options.defaultId).toBe(1);
    expect(options.cancelId).toBe(1);
  });

  it('shows a look-alike host as punycode, and a very long address shortened', () => {
    // The second letter is Cyrillic і: the dialog must not show it as jica.go.jp.
    const lookAlike = httpLinkDialog(translate('en'), 'http://j\u0456ca.go.jp/').detail!;
    expect(lookAlike.split('\n')[0]).toBe('http://xn--jca-jhd.go.jp/');
    const long = httpLinkDialog(translate('en'), `http://example.org/${'a'.repeat(5000)}`).detail!;
    expect(long.split('\n')[0]!.length).toBeLessThanOrEqual(301);
  });
});
