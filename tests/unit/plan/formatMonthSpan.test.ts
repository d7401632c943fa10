import { describe, expect, it } from 'vitest';
import { formatLongDate, formatMonth, formatMonthSpan } from '../../../shared/domain/plan/words/formatMonthSpan';

describe('formatMonthSpan', () => {
  it('writes a span within one year once with the year, in each language', () => {
    expect(formatMonthSpan('2027-02', '2027-05', 'id')).toBe('Feb–Mei 2027');
    expect(formatMonthSpan('2027-02', '2027-05', 'en')).toBe('Feb–May 2027');
    expect(formatMonthSpan('2027-08', '2027-12', 'id')).toBe('Agu–Des 2027');
    expect(formatMonthSpan('2027-10', '2027-12', 'en')).toBe('Oct–Dec 2027');
  });

  it('writes both years when the span crosses a new year', () => {
    expect(formatMonthSpan('2027-11', '2028-02', 'id')).toBe('Nov 2027 – Feb 2028');
    expect(formatMonthSpan('2026-12', '2027-01', 'en')).toBe('Dec 2026 – Jan 2027');
    // Same month number, another year: still a span.
    expect(formatMonthSpan('2027-03', '2028-03', 'id')).toBe('Mar 2027 – Mar 2028');
  });

  it('writes one month alone', () => {
    expect(formatMonthSpan('2027-08', '2027-08', 'id')).toBe('Agu 2027');
    expect(formatMonth('2027-10', 'id')).toBe('Okt 2027');
    expect(formatMonth('2027-10', 'en')).toBe('Oct 2027');
  });

  it('uses every Indonesian abbreviation', () => {
    const all = Array.from({ length: 12 }, (_, i) => formatMonth(`2027-${String(i + 1).padStart(2, '0')}`, 'id').slice(0, 3));
    expect(all.join(' ')).toBe('Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des');
  });

  it('refuses what is not a month', () => {
    expect(() => formatMonthSpan('2027-13', '2027-12', 'id')).toThrow(RangeError);
    expect(() => formatMonthSpan('2027-1', '2027-12', 'id')).toThrow(RangeError);
    expect(() => formatMonth('2027-00', 'en')).toThrow(RangeError);
  });
});

describe('formatLongDate', () => {
  it('writes the place-and-date line date in words', () => {
    expect(formatLongDate('2026-11-28', 'id')).toBe('28 November 2026');
    expect(formatLongDate('2027-02-01', 'id')).toBe('1 Februari 2027');
    expect(formatLongDate('2027-08-17', 'en')).toBe('17 August 2027');
    expect(() => formatLongDate('28-11-2026', 'id')).toThrow(RangeError);
  });
});
