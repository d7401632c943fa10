/** At most this many characters of an item's or strategy's text name it in an undo label. */
export const LABEL_TEXT_MAX = 40;

/** A text shortened for an undo label: whitespace folded, cut at a word with an ellipsis. */
export function labelText(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= LABEL_TEXT_MAX) return flat;
  const cut = flat.slice(0, LABEL_TEXT_MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space > LABEL_TEXT_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
