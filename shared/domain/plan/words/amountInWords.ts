import { AMOUNT_MAX } from '../codes';
import type { PlanLang } from './monthNames';

/*
 * Amounts in words, as an official Indonesian budget states its total ("terbilang"). Words are
 * data here, not catalog entries: the print document writes them in its own language.
 */

const idUnits = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];
const enUnits = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const enTeens = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const enTens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 1–999 in Indonesian: "seratus", "sebelas", "dua belas", "dua ratus lima puluh". */
function idHundreds(n: number): string[] {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  const words: string[] = [];
  if (h === 1) words.push('seratus');
  else if (h > 1) words.push(idUnits[h]!, 'ratus');
  if (rest === 10) words.push('sepuluh');
  else if (rest === 11) words.push('sebelas');
  else if (rest > 11 && rest < 20) words.push(idUnits[rest - 10]!, 'belas');
  else {
    const t = Math.floor(rest / 10);
    if (t > 0) words.push(idUnits[t]!, 'puluh');
    if (rest % 10 > 0) words.push(idUnits[rest % 10]!);
  }
  return words;
}

/** 1–999 in English: "two hundred fifty", "twenty-one". */
function enHundreds(n: number): string[] {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  const words: string[] = h > 0 ? [enUnits[h]!, 'hundred'] : [];
  if (rest >= 10 && rest < 20) words.push(enTeens[rest - 10]!);
  else if (rest >= 20) words.push(rest % 10 > 0 ? `${enTens[Math.floor(rest / 10)]!}-${enUnits[rest % 10]!}` : enTens[Math.floor(rest / 10)]!);
  else if (rest > 0) words.push(enUnits[rest]!);
  return words;
}

/** Powers of a thousand, largest first, with their names. */
const scales: { value: number; id: string; en: string }[] = [
  { value: 1e12, id: 'triliun', en: 'trillion' },
  { value: 1e9, id: 'miliar', en: 'billion' },
  { value: 1e6, id: 'juta', en: 'million' },
  { value: 1e3, id: 'ribu', en: 'thousand' },
];

/**
 * A whole Rupiah amount from 0 to 10^12 in words, lower case, ending in "rupiah":
 * 1,250,000,000 → "satu miliar dua ratus lima puluh juta rupiah" / "one billion two hundred
 * fifty million rupiah". One thousand is "seribu" in Indonesian (but 1,001,000 is "satu juta
 * seribu" and 101,000 "seratus satu ribu"). Throws a RangeError on negative, fractional or larger
 * amounts: a total in words must never round silently.
 */
export function amountInWords(amount: number, lang: PlanLang): string {
  if (!Number.isInteger(amount) || amount < 0 || amount > AMOUNT_MAX) throw new RangeError(`amount out of range: ${amount}`);
  if (amount === 0) return lang === 'id' ? 'nol rupiah' : 'zero rupiah';
  const hundreds = lang === 'id' ? idHundreds : enHundreds;
  const words: string[] = [];
  let rest = amount;
  for (const scale of scales) {
    const count = Math.floor(rest / scale.value);
    rest -= count * scale.value;
    if (count === 0) continue;
    if (lang === 'id' && scale.value === 1e3 && count === 1) words.push('seribu');
    else words.push(...hundreds(count), scale[lang]);
  }
  if (rest > 0) words.push(...hundreds(rest));
  return [...words, 'rupiah'].join(' ');
}
