import { describe, expect, it } from 'vitest';
import { formatCount, formatRupiah } from '../../shared/domain/clusters/formatRupiah';

describe('formatRupiah', () => {
  it('writes Rupiah the Indonesian way in Bahasa Indonesia', () => {
    expect(formatRupiah(1_500_000, 'id-ID')).toBe('Rp 1.500.000');
    expect(formatRupiah(1_500_000, 'id')).toBe('Rp 1.500.000');
  });

  it('groups with commas in English', () => {
    expect(formatRupiah(1_500_000, 'en-US')).toBe('Rp 1,500,000');
  });

  it('handles small amounts, zero and large amounts', () => {
    expect(formatRupiah(0, 'id-ID')).toBe('Rp 0');
    expect(formatRupiah(999, 'id-ID')).toBe('Rp 999');
    expect(formatRupiah(1000, 'id-ID')).toBe('Rp 1.000');
    expect(formatRupiah(12_345_678_901, 'en-US')).toBe('Rp 12,345,678,901');
  });

  it('shows whole Rupiah only', () => {
    expect(formatRupiah(1_500_000.4, 'id-ID')).toBe('Rp 1.500.000');
    expect(formatRupiah(1_500_000.6, 'en-US')).toBe('Rp 1,500,001');
  });
});

describe('formatCount', () => {
  it('groups counts per locale', () => {
    expect(formatCount(1250, 'id-ID')).toBe('1.250');
    expect(formatCount(1250, 'en-US')).toBe('1,250');
    expect(formatCount(7, 'id-ID')).toBe('7');
  });
});
