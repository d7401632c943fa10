import { describe, expect, it } from 'vitest';
import { cliLanguage, parseLanguage } from '../../../electron/cli/cliLanguage';

describe('cliLanguage', () => {
  it.each([
    [{ LANG: 'id_ID.UTF-8' }, 'id'],
    [{ LANG: 'id' }, 'id'],
    [{ LANG: 'ID_id.utf8' }, 'id'],
    [{ LANG: 'id@latin' }, 'id'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'idx' }, 'en'],
    [{ LANG: 'C' }, 'en'],
    [{}, 'en'],
    // LC_ALL wins over LC_MESSAGES, which wins over LANG; an empty one does not count
    [{ LC_ALL: 'en_GB', LC_MESSAGES: 'id_ID', LANG: 'id_ID' }, 'en'],
    [{ LC_MESSAGES: 'id_ID', LANG: 'en_GB' }, 'id'],
    [{ LC_ALL: '', LC_MESSAGES: '', LANG: 'id_ID.UTF-8' }, 'id'],
  ])('%j → %s', (env, expected) => {
    expect(cliLanguage(env)).toBe(expected);
  });

  it('takes --lang id or en in any case, and nothing else', () => {
    expect(parseLanguage('id')).toBe('id');
    expect(parseLanguage(' EN ')).toBe('en');
    expect(parseLanguage('fr')).toBeUndefined();
    expect(parseLanguage('')).toBeUndefined();
  });
});
