/**
 * Breaks a label into lines of about `maxChars` characters at spaces, so a long determinant
 * ("Strategi, struktur dan persaingan usaha") or cluster name stays inside a chart. A word longer
 * than a line keeps a line of its own rather than being cut.
 */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
