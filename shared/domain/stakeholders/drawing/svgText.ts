/** XML-escapes text for an SVG's character data and attribute values. */
export function escapeXml(text: string): string {
  // Control characters other than tab / newline are not allowed in XML 1.0 at all.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[<>&"']/g, (c) => entities[c]!);
}

const entities: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' };

/** Average width of a character of Noto Sans, in ems: enough to wrap and size boxes without a font engine. */
const EM_PER_CHAR = 0.56;

/** Rough width of a text at a font size, for layout without measuring. */
export function textWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * EM_PER_CHAR;
}

/**
 * Splits a label into at most `maxLines` lines of at most `maxChars` characters, breaking at
 * spaces and, for a word longer than a line, inside the word; what does not fit ends with "…".
 * Counts code points, so a surrogate pair is never cut in half.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line: string[] = [];
  const flush = () => {
    if (line.length > 0) lines.push(line.join(''));
    line = [];
  };
  for (const word of words) {
    let chars = [...word];
    if (line.length > 0 && line.length + 1 + chars.length > maxChars) flush();
    if (line.length > 0) line.push(' ');
    while (line.length + chars.length > maxChars) {
      const room = maxChars - line.length;
      line.push(...chars.slice(0, room));
      chars = chars.slice(room);
      flush();
    }
    line.push(...chars);
  }
  flush();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = [...kept[maxLines - 1]!];
  kept[maxLines - 1] = `${last
    .slice(0, Math.max(0, maxChars - 1))
    .join('')
    .trimEnd()}…`;
  return kept;
}
