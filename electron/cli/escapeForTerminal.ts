/*
 * Characters a terminal acts on instead of showing: C0 controls (ESC starts colour and
 * cursor sequences, CR returns over what was printed), DEL, C1 controls (some terminals
 * take U+009B as ESC [), and the bidirectional embeddings, overrides and isolates that
 * make text display in another order than it is stored ("Trojan Source").
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_MULTILINE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- as above, with tab and newline too
const UNSAFE_ONE_LINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

const visible = (c: string) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Text from a workspace, safe to print to a terminal: each such character becomes a
 * visible `\uXXXX`. Newline and tab stay unless `oneLine` (a table cell); a backslash is
 * left alone, so escaping twice changes nothing. On JSON.stringify output the result is
 * still valid JSON with the same data, as `\uXXXX` is JSON's own escape.
 */
export function escapeForTerminal(text: string, options: { oneLine?: boolean } = {}): string {
  return text.replace(options.oneLine ? UNSAFE_ONE_LINE : UNSAFE_MULTILINE, visible);
}
