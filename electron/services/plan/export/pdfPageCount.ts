/**
 * The number of pages of a PDF Chromium printed: the `/Count` of its page tree's root, which is the
 * largest one (inner `/Pages` nodes count fewer). Chromium (Skia) writes the page tree as plain
 * objects, so reading the text is enough; null when the bytes show no page tree.
 */
export function pdfPageCount(pdf: Uint8Array): number | null {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  let most: number | null = null;
  for (const m of text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)) {
    const n = Number(m[1] ?? m[2]);
    most = Math.max(most ?? 0, n);
  }
  return most;
}
