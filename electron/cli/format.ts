import { escapeForTerminal } from './escapeForTerminal';

/** Text layout helpers for terminal output. */

/** Left-aligned columns separated by two spaces; the last column is not padded. A cell stays on its line. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const all = [headers, ...rows].map((r) => r.map((cell) => escapeForTerminal(cell, { oneLine: true })));
  const widths = headers.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const [head, ...body] = all;
  return [line(head!), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)];
}

/** `label: value` lines with the values aligned; a value's own lines are indented under it. */
export function keyValues(pairs: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(0, ...pairs.map(([k]) => k.length)) + 1;
  return pairs.map(([k, v]) => `${`${k}:`.padEnd(width)} ${escapeForTerminal(v).replace(/\n/g, `\n${' '.repeat(width + 1)}`)}`);
}

/** Wraps `text` to `width` columns, breaking at spaces (long words stay whole). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines.length > 0 ? lines : [''];
}
