/** Characters file systems refuse, control characters, and bidi controls that could disguise the extension. */
// eslint-disable-next-line no-control-regex
const unsafe = /[\\/:*?"<>|\u0000-\u001f\u2066-\u2069\u202a-\u202e]+/g;

/** `<cluster>-<word>.<ext>`, with unsafe characters replaced and a fallback for an empty name. */
export function imageFileName(clusterName: string, word: string, ext: string): string {
  const safe = clusterName
    .replace(unsafe, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.-]+|-+$/g, '');
  return `${safe.slice(0, 80) || word}-${word}.${ext}`;
}
