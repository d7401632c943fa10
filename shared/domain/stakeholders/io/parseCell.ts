import { dateSchema } from '../schemas';

const TRUE = new Set(['yes', 'y', 'ya', 'true', '1', 'benar']);
const FALSE = new Set(['no', 'n', 'tidak', 't', 'false', '0', 'salah']);

/** yes/no, ya/tidak, true/false, 1/0, y/t (and n) in any case; undefined for anything else. */
export function parseBoolean(text: string): boolean | undefined {
  const s = text.trim().toLocaleLowerCase('id');
  if (TRUE.has(s)) return true;
  if (FALSE.has(s)) return false;
  return undefined;
}

/** A whole number within [min, max] ("3", "3.0", " 4 "); undefined for anything else. */
export function parseScale(text: string, min: number, max: number): number | undefined {
  const s = text.trim().replace(',', '.');
  if (!/^\d+(\.0+)?$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/**
 * A date as `YYYY-MM-DD`, from that form or the day-first one Indonesian spreadsheets write
 * (`17/08/2024`, `17-8-2024`); undefined for anything else or a day that does not exist.
 */
export function parseDate(text: string): string | undefined {
  const s = text.trim();
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const iso = dayFirst ? `${dayFirst[3]}-${dayFirst[2]!.padStart(2, '0')}-${dayFirst[1]!.padStart(2, '0')}` : s;
  return dateSchema.safeParse(iso).success ? iso : undefined;
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell made inert for a spreadsheet: text that would start a formula gets a leading single quote. */
export function inertCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text an inert cell stood for, so an export imports back exactly. */
export function fromInertCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
