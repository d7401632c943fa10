import { describe, expect, it } from 'vitest';
import { parseAmount, parseWholeNumber } from '../../shared/domain/amounts/parseAmount';

const id = (text: string) => parseWholeNumber(text, 'rupiah', ',');
const en = (text: string) => parseWholeNumber(text, 'rupiah', '.');
const value = (v: number | null) => ({ ok: true, value: v });
const problem = (p: string) => ({ ok: false, problem: p });

describe('parseWholeNumber for Rupiah, in Bahasa Indonesia', () => {
  it.each([
    ['1.500.000', 1_500_000],
    ['Rp 2.500.000,00', 2_500_000],
    ['Rp2.500.000,00', 2_500_000],
    ['Rp. 50.000,-', 50_000],
    ['IDR 1.500.000', 1_500_000],
    ['1500000', 1_500_000],
    ['1.500', 1_500],
    ['  1.500.000  ', 1_500_000],
    ['1 500 000', 1_500_000],
    ['1\u00a0500\u00a0000', 1_500_000],
    ['25.000.000.000.000', 25_000_000_000_000],
    ['0', 0],
    ['007', 7],
  ])('reads %s as %d', (text, expected) => {
    expect(id(text)).toEqual(value(expected));
  });

  it.each([
    ['Rp1,5 juta', 1_500_000],
    ['1,5 jt', 1_500_000],
    ['1,5jt', 1_500_000],
    ['2,3 juta', 2_300_000],
    ['750 rb', 750_000],
    ['750 ribu', 750_000],
    ['2,5 M', 2_500_000_000],
    ['2,5 miliar', 2_500_000_000],
    ['2,5 Milyar', 2_500_000_000],
    ['1,2 T', 1_200_000_000_000],
    ['1,2 triliun', 1_200_000_000_000],
    ['Rp 1,5 juta,-', 1_500_000],
    ['1.250 juta', 1_250_000_000],
    ['3 jt.', 3_000_000],
  ])('understands the scale word in %s (%d)', (text, expected) => {
    expect(id(text)).toEqual(value(expected));
  });

  it('reads 2.5M as 2,5 miliar: a dot before one digit cannot group thousands', () => {
    expect(id('2.5M')).toEqual(value(2_500_000_000));
  });

  it('understands English-style grouping when it cannot be anything else', () => {
    expect(id('1,000,000')).toEqual(value(1_000_000));
    expect(id('1,000,000.00')).toEqual(value(1_000_000));
  });

  it('refuses a decimal part in whole Rupiah instead of turning it into digits or rounding it', () => {
    expect(id('1.500.000,50')).toEqual(problem('validation.wholeRupiah'));
    expect(id('1,5')).toEqual(problem('validation.wholeRupiah'));
    expect(id('1,0000005 juta')).toEqual(problem('validation.wholeRupiah'));
  });

  it('refuses a single comma before three digits: 1,5 or 1500?', () => {
    expect(id('1,500')).toEqual(problem('validation.amountAmbiguous'));
    expect(id('1,500 juta')).toEqual(problem('validation.amountAmbiguous'));
  });

  it('refuses misplaced thousands marks', () => {
    expect(id('1.50.000')).toEqual(problem('validation.amountGrouping'));
    expect(id('1.500.00')).toEqual(problem('validation.amountGrouping'));
    expect(id('1.500,000,5')).toEqual(problem('validation.amountGrouping'));
    expect(id('1.500 000')).toEqual(problem('validation.amountGrouping'));
    expect(id('1 500.000,5')).toEqual(problem('validation.amountGrouping'));
  });

  it('keeps the sign, so the form can say a negative is not allowed', () => {
    expect(id('-1.500')).toEqual(value(-1_500));
    expect(id('−1.500')).toEqual(value(-1_500));
    expect(id('-Rp 1.500')).toEqual(value(-1_500));
    expect(id('Rp -1.500')).toEqual(value(-1_500));
    expect(id('-0')).toEqual(value(0));
  });

  it('reads nothing as empty', () => {
    expect(id('')).toEqual(value(null));
    expect(id('   ')).toEqual(value(null));
  });

  it.each(['abc', 'Rp', '1..5', '1,,5', '12a', '1.5e6', '(1.500)', '1,5 lusin', '--5', '1-5', '.', 'Rp Rp 5'])('refuses garbage: %s', (text) => {
    expect(id(text).ok).toBe(false);
  });

  it('refuses what does not fit in an exact number', () => {
    expect(id('99.999.999.999.999.999')).toEqual(problem('validation.tooLarge'));
    expect(id('9.999.999 T')).toEqual(problem('validation.tooLarge'));
  });

  it('takes a mark left at the end of half-typed text as nothing', () => {
    expect(id('1.500.')).toEqual(value(1_500));
    expect(id('15,')).toEqual(value(15));
  });
});

describe('parseWholeNumber for Rupiah, in English', () => {
  it('reads English and Indonesian writing alike where they cannot be confused', () => {
    expect(en('1,000,000')).toEqual(value(1_000_000));
    expect(en('1,500')).toEqual(value(1_500));
    expect(en('Rp 2.500.000,00')).toEqual(value(2_500_000));
    expect(en('1.5 million')).toEqual(value(1_500_000));
    expect(en('2.5 billion')).toEqual(value(2_500_000_000));
    expect(en('2,5 miliar')).toEqual(value(2_500_000_000));
    expect(en('1,5 juta')).toEqual(value(1_500_000));
  });

  it('refuses a single point before three digits and a bare M, which could each be read two ways', () => {
    expect(en('1.500')).toEqual(problem('validation.amountAmbiguous'));
    expect(en('2.5M')).toEqual(problem('validation.amountUnitM'));
    expect(en('2,5 M')).toEqual(problem('validation.amountUnitM'));
  });
});

describe('parseWholeNumber for counts and years', () => {
  it('refuses a fraction of a count with the integer message', () => {
    expect(parseWholeNumber('1,5', 'count', ',')).toEqual(problem('validation.integer'));
    expect(parseWholeNumber('1.250', 'count', ',')).toEqual(value(1_250));
    expect(parseWholeNumber('1,5 rb', 'count', ',')).toEqual(value(1_500));
  });

  it('refuses a currency in a count and scale words in a year', () => {
    expect(parseWholeNumber('Rp 5', 'count', ',').ok).toBe(false);
    expect(parseWholeNumber('2 rb', 'year', ',').ok).toBe(false);
    expect(parseWholeNumber('2026', 'year', ',')).toEqual(value(2026));
  });
});

describe('parseAmount', () => {
  it('gives a fraction where one is allowed', () => {
    expect(parseAmount('1,5', { decimal: ',', units: false, currency: false })).toEqual(value(1.5));
    expect(parseAmount(',5', { decimal: ',', units: false, currency: false })).toEqual(value(0.5));
    expect(parseAmount('1.234,567', { decimal: ',', units: false, currency: false })).toEqual(value(1234.567));
  });
});
