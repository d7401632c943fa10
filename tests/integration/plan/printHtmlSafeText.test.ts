import { describe, expect, it } from 'vitest';
import { codeMarker, printableText, safeText } from '../../../shared/domain/plan/safeText';

describe('safeText and printableText', () => {
  it('shows every bidi embedding, override, isolate and mark as a visible marker', () => {
    const controls = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
    for (const ch of controls) expect(safeText(`a${ch}b`)).toBe(`a[U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]b`);
    expect(safeText('Dinas \u202Eanayalep\u202C Koperasi')).toBe('Dinas [U+202E]anayalep[U+202C] Koperasi');
    expect(codeMarker('\u061C')).toBe('[U+061C]');
  });

  it('leaves text the bundled font draws alone, markup included (escaping is the writer’s job)', () => {
    for (const text of ['Rp 1.250.000', '<script>alert(1)</script>', 'Desa Kedawung\nKec. Pejagoan\tRT 02', 'ẞ ğ ő Ɐ ‘quoted’ — … · × ½ € ₹ ™', '\u200D\u200B'])
      expect(printableText(text)).toBe(text);
  });

  it('shows what the bundled Noto Sans cannot draw as markers: emoji, other scripts, control characters', () => {
    expect(printableText('Gerabah 😀 bagus')).toBe('Gerabah [U+1F600] bagus');
    expect(printableText('👍🏽')).toBe('[U+1F44D][U+1F3FD]');
    expect(printableText('❤️ ok')).toBe('[U+2764][U+FE0F] ok');
    expect(printableText('نص')).toBe('[U+0646][U+0635]');
    expect(printableText('陶器')).toBe('[U+9676][U+5668]');
    expect(printableText('a\u0007b\u0085c')).toBe('a[U+0007]b[U+0085]c');
    expect(codeMarker('😀')).toBe('[U+1F600]');
    // screens, whose fonts draw them, keep them: only the documents mark them
    expect(safeText('Gerabah 😀 陶器')).toBe('Gerabah 😀 陶器');
  });
});
