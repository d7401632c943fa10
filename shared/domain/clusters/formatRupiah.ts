/**
 * Rupiah as Indonesians write it: "Rp 1.500.000" (Bahasa Indonesia) or "Rp 1,500,000"
 * (English), whole Rupiah, grouping per the chosen locale.
 */
export function formatRupiah(amount: number, locale: string): string {
  const digits = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(amount);
  return `Rp ${digits}`;
}

/** A plain count in the chosen locale's grouping: 1.250 (id) or 1,250 (en). */
export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}
