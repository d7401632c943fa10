/** Caps on an import file, so a malformed or hostile one is refused cleanly and quickly. */
export const IMPORT_ROWS_MAX = 20_000;
/** More columns than any sensible actors or ties sheet. */
export const IMPORT_COLUMNS_MAX = 200;
/** What an XLSX may unpack to in all: a full 20,000-row sheet is well under it. */
export const XLSX_UNPACKED_MAX = 160 * 1024 * 1024;
export const XLSX_ENTRIES_MAX = 2000;
/** A parse that takes longer is stopped and the file refused. */
export const PARSE_TIMEOUT_MS = 20_000;

/** Why a file could not be read: a catalog key for the `detail` of importUnreadable. */
export const unreadable = (reason: string) => `stakeholderIo.unreadable.${reason}`;

/** A refusal from parsing, carried across the worker boundary as data. */
export class ParseRefusal extends Error {
  constructor(
    readonly code: 'importUnreadable' | 'importTooManyRows',
    readonly params: Record<string, string | number>,
  ) {
    super(`${code} ${JSON.stringify(params)}`);
  }
}
