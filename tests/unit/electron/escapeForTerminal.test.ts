import { describe, expect, it } from 'vitest';
import { escapeForTerminal } from '../../../electron/cli/escapeForTerminal';

const bidi = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
const c0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter((c) => c !== '\n' && c !== '\t');
const c1 = Array.from({ length: 33 }, (_, i) => String.fromCharCode(0x7f + i));

describe('escapeForTerminal', () => {
  it('shows C0 and C1 controls, DEL and bidi embeddings, overrides and isolates as \\uXXXX', () => {
    for (const c of [...c0, ...c1, ...bidi]) {
      const hex = c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      expect(escapeForTerminal(`a${c}b`)).toBe(`a\\u${hex}b`);
    }
    expect(escapeForTerminal('\u001b[31mred\r')).toBe('\\u001B[31mred\\u000D');
  });

  it('keeps newline and tab, and every other character, unless one line is asked for', () => {
    const text = 'Kebumen\tgenteng\nBatik “Laweyan” — Rp 1.500.000 ✓ 日本 عربى \u200F';
    expect(escapeForTerminal(text)).toBe(text);
    expect(escapeForTerminal('a\tb\nc', { oneLine: true })).toBe('a\\u0009b\\u000Ac');
  });

  it('changes nothing when applied twice', () => {
    const once = escapeForTerminal('x\u202Ey\\u202E\u0007');
    expect(escapeForTerminal(once)).toBe(once);
  });

  it('leaves JSON valid and the data the same', () => {
    const data = { name: `a${[...c0, ...c1, ...bidi].join('')}z`, notes: 'line\nline\t\\u0041' };
    const printed = escapeForTerminal(JSON.stringify(data, null, 2));
    expect(printed).not.toMatch(/[\u0080-\u009F\u202A-\u202E\u2066-\u2069]/);
    expect(JSON.parse(printed)).toEqual(data);
  });
});
