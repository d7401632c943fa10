import { describe, expect, it } from 'vitest';
import { amountInWords } from '../../../shared/domain/plan/words/amountInWords';

describe('amountInWords in Indonesian (terbilang)', () => {
  it.each([
    [0, 'nol'],
    [1, 'satu'],
    [9, 'sembilan'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [21, 'dua puluh satu'],
    [99, 'sembilan puluh sembilan'],
    [100, 'seratus'],
    [101, 'seratus satu'],
    [111, 'seratus sebelas'],
    [200, 'dua ratus'],
    [999, 'sembilan ratus sembilan puluh sembilan'],
    [1_000, 'seribu'],
    [1_001, 'seribu satu'],
    [1_100, 'seribu seratus'],
    [2_000, 'dua ribu'],
    [11_000, 'sebelas ribu'],
    [12_500, 'dua belas ribu lima ratus'],
    [100_000, 'seratus ribu'],
    [101_000, 'seratus satu ribu'],
    [110_000, 'seratus sepuluh ribu'],
    [999_999, 'sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan'],
    [1_000_000, 'satu juta'],
    [1_001_000, 'satu juta seribu'],
    [2_500_000, 'dua juta lima ratus ribu'],
    [15_750_000, 'lima belas juta tujuh ratus lima puluh ribu'],
    [100_000_000, 'seratus juta'],
    [1_000_000_000, 'satu miliar'],
    [1_250_000_000, 'satu miliar dua ratus lima puluh juta'],
    [1_000_000_001, 'satu miliar satu'],
    [
      999_999_999_999,
      'sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan',
    ],
    [1_000_000_000_000, 'satu triliun'],
  ])('%d → %s rupiah', (amount, words) => {
    expect(amountInWords(amount, 'id')).toBe(`${words} rupiah`);
  });
});

describe('amountInWords in English', () => {
  it.each([
    [0, 'zero'],
    [7, 'seven'],
    [10, 'ten'],
    [11, 'eleven'],
    [15, 'fifteen'],
    [20, 'twenty'],
    [42, 'forty-two'],
    [100, 'one hundred'],
    [105, 'one hundred five'],
    [1_000, 'one thousand'],
    [1_001_000, 'one million one thousand'],
    [2_500_000, 'two million five hundred thousand'],
    [1_250_000_000, 'one billion two hundred fifty million'],
    [90_000_019, 'ninety million nineteen'],
    [1_000_000_000_000, 'one trillion'],
  ])('%d → %s rupiah', (amount, words) => {
    expect(amountInWords(amount, 'en')).toBe(`${words} rupiah`);
  });
});

describe('amountInWords refuses what it cannot state exactly', () => {
  it.each([-1, 1.5, 0.1, 1_000_000_000_001, Number.NaN, Number.POSITIVE_INFINITY])('%d', (amount) => {
    expect(() => amountInWords(amount, 'id')).toThrow(RangeError);
    expect(() => amountInWords(amount, 'en')).toThrow(RangeError);
  });

  it('never writes a doubled or empty word for any round amount', () => {
    for (let e = 0; e <= 12; e++)
      for (const d of [1, 2, 5, 9]) {
        const amount = d * 10 ** e;
        if (amount > 1e12) continue;
        for (const lang of ['id', 'en'] as const) {
          const words = amountInWords(amount, lang).split(' ');
          expect(
            words.every((w) => w.length > 0),
            `${amount}`,
          ).toBe(true);
          expect(
            words.some((w, i) => i > 0 && w === words[i - 1]),
            `${amount} ${lang}`,
          ).toBe(false);
        }
      }
  });
});

/** Reads words back to a number, independently of how they were made, to check many amounts. */
function wordsToNumber(text: string, lang: 'id' | 'en'): number {
  const small: Record<string, number> =
    lang === 'id'
      ? {
          nol: 0,
          satu: 1,
          dua: 2,
          tiga: 3,
          empat: 4,
          lima: 5,
          enam: 6,
          tujuh: 7,
          delapan: 8,
          sembilan: 9,
          sepuluh: 10,
          sebelas: 11,
          seratus: 100,
          seribu: 1000,
        }
      : Object.fromEntries([
          ...'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
            .split(' ')
            .map((w, i) => [w, i] as const),
          ...'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((w, i) => [w, (i + 2) * 10] as const),
        ]);
  const scale: Record<string, number> =
    lang === 'id' ? { triliun: 1e12, miliar: 1e9, juta: 1e6, ribu: 1e3 } : { trillion: 1e12, billion: 1e9, million: 1e6, thousand: 1e3 };
  let total = 0;
  let group = 0;
  for (const word of text.replace(/ rupiah$/, '').split(/[ -]/)) {
    if (word in scale) {
      total += group * scale[word]!;
      group = 0;
    } else if (word === 'belas') group += 10;
    else if (word === 'puluh') group = Math.floor(group / 10) * 10 + (group % 10) * 10;
    else if (word === 'ratus' || word === 'hundred') group = (group % 100) * 100;
    else if (word === 'seribu') total += 1000;
    else if (word in small) group += small[word]!;
    else throw new Error(`unknown word ${word}`);
  }
  return total + group;
}

describe('amountInWords read back', () => {
  it('gives back every amount of a spread of 2,000 from 0 to 10^12', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 2000; i++) {
      // Amounts of every size: a random number of digits, then random digits.
      const amount = Math.floor(random() * 10 ** Math.floor(random() * 13));
      for (const lang of ['id', 'en'] as const) expect(wordsToNumber(amountInWords(amount, lang), lang), `${amount} ${lang}`).toBe(amount);
    }
  });
});
