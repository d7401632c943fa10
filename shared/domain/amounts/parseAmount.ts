/*
 * Reads a number as a facilitator types or pastes it: "Rp 2.500.000,00", "1,5 juta", "2,5 M",
 * "1,000,000". Typing and pasting go through this one function, so they always agree.
 *
 * How separators are read (the UI language only breaks a tie):
 * - both "." and "," present: the last one is the decimal mark, the other groups thousands;
 * - one mark repeated ("1.500.000", "1,000,000") or spaces: thousands, in groups of three;
 * - one mark once, not followed by exactly three digits ("1,5", "2.5"): a decimal mark, since
 *   it cannot group thousands;
 * - one mark once before exactly three digits ("1.500", "1,500"): thousands if it is the
 *   language's thousands mark, otherwise refused as ambiguous (1,5 or 1500?), never guessed.
 * Messages are catalog keys (`validation.*`).
 */

/** What went wrong, as a catalog key. */
export type AmountProblem =
  | 'validation.number'
  | 'validation.amountGrouping'
  | 'validation.amountAmbiguous'
  | 'validation.amountUnitM'
  | 'validation.tooLarge'
  | 'validation.integer'
  | 'validation.wholeRupiah';

export type ParsedAmount = { ok: true; value: number | null } | { ok: false; problem: AmountProblem };

export interface ParseOptions {
  /** The UI language's decimal mark: "," in Bahasa Indonesia, "." in English. */
  decimal: ',' | '.';
  /** Whether words like "juta" or "M" may scale the number. */
  units: boolean;
  /** Whether a leading "Rp" / "IDR" may be written. */
  currency: boolean;
}

const THOUSAND = 1_000n;
/** Scale words, lower case. "M" is Indonesian shorthand for miliar (10⁹), never million. */
const unitScale: Record<string, bigint> = {
  rb: THOUSAND,
  ribu: THOUSAND,
  k: THOUSAND,
  thousand: THOUSAND,
  jt: THOUSAND ** 2n,
  juta: THOUSAND ** 2n,
  million: THOUSAND ** 2n,
  m: THOUSAND ** 3n,
  miliar: THOUSAND ** 3n,
  milyar: THOUSAND ** 3n,
  b: THOUSAND ** 3n,
  bn: THOUSAND ** 3n,
  billion: THOUSAND ** 3n,
  t: THOUSAND ** 4n,
  tn: THOUSAND ** 4n,
  triliun: THOUSAND ** 4n,
  trilyun: THOUSAND ** 4n,
  trillion: THOUSAND ** 4n,
};

const fail = (problem: AmountProblem): ParsedAmount => ({ ok: false, problem });

/** Splits "1.500.000,50" into its whole digits and decimal digits, or says why it cannot. */
function splitNumber(body: string, decimal: ',' | '.'): { whole: string; fraction: string } | AmountProblem {
  if (!/^[\d., ]+$/.test(body) || !/\d/.test(body) || /[., ]{2}/.test(body)) return 'validation.number';
  const marks = body.match(/[., ]/g) ?? [];
  const kinds = [...new Set(marks)];
  const last = marks.at(-1);
  let group: string | null = null;
  let point: string | null = null;
  if (kinds.length > 2) return 'validation.amountGrouping';
  if (kinds.length === 2) {
    if (last === ' ' || marks.filter((m) => m === last).length > 1) return 'validation.amountGrouping';
    point = last!;
    group = kinds.find((k) => k !== last)!;
  } else if (kinds.length === 1) {
    const mark = kinds[0]!;
    const [head = '', tail = ''] = body.split(mark);
    if (mark === ' ' || marks.length > 1) group = mark;
    else if (tail.length !== 3 || head === '' || head.length > 3 || head.startsWith('0')) point = mark;
    else if (mark !== decimal) group = mark;
    else return 'validation.amountAmbiguous';
  }
  const [wholePart = '', fraction = ''] = point === null ? [body] : body.split(point);
  if (group !== null) {
    const groups = wholePart.split(group);
    const [first = '', ...rest] = groups;
    if (first.length < 1 || first.length > 3 || rest.some((g) => g.length !== 3)) return 'validation.amountGrouping';
  }
  return { whole: group === null ? wholePart : wholePart.split(group).join(''), fraction };
}

/**
 * Reads a typed or pasted number: `{ ok, value }` (null when empty) or `{ ok: false, problem }`.
 * The value may have a fraction; `parseWholeNumber` refuses one for counts and Rupiah.
 */
export function parseAmount(text: string, options: ParseOptions): ParsedAmount {
  // Non-breaking and thin spaces (copied from spreadsheets and PDFs) are spaces; "−" is a minus.
  let rest = text
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .replace(/[\u2212\u2013]/g, '-')
    .trim()
    .toLowerCase();
  if (rest === '') return { ok: true, value: null };
  let negative = false;
  const takeSign = () => {
    const sign = /^[-+]\s*/.exec(rest);
    if (!sign) return;
    negative = sign[0].startsWith('-');
    rest = rest.slice(sign[0].length);
  };
  takeSign();
  if (options.currency) {
    const currency = /^(rp|idr)\.?\s*/.exec(rest);
    if (currency) rest = rest.slice(currency[0].length);
    if (!negative) takeSign();
  }
  // "Rp 50.000,-" is the Indonesian way of saying "exactly, no sen".
  rest = rest.replace(/\s*[.,]-$/, '');
  let scale = 1n;
  const unit = /\s*([a-z]+)\.?$/.exec(rest);
  if (unit) {
    const word = unit[1]!;
    const known = unitScale[word];
    if (!options.units || known === undefined) return fail('validation.number');
    if (word === 'm' && options.decimal === '.') return fail('validation.amountUnitM');
    scale = known;
    rest = rest.slice(0, unit.index);
  }
  // A mark left at the end ("1.500." half-typed, "1," before the decimal) adds nothing.
  rest = rest.trim().replace(/[.,]$/, '');
  const parts = splitNumber(rest, options.decimal);
  if (typeof parts === 'string') return fail(parts);
  // Exact arithmetic: 2,3 juta is 2,300,000, not 2,299,999.9999999995.
  const digits = BigInt(`${parts.whole}${parts.fraction}` || '0') * scale;
  const divisor = 10n ** BigInt(parts.fraction.length);
  const whole = digits / divisor;
  if (whole > BigInt(Number.MAX_SAFE_INTEGER)) return fail('validation.tooLarge');
  const value = digits % divisor === 0n ? Number(whole) : Number(digits) / Number(divisor);
  return { ok: true, value: negative && value !== 0 ? -value : value };
}

/** What a number field holds: a count, an amount in whole Rupiah, or a year. */
export type WholeNumberKind = 'count' | 'rupiah' | 'year';

/**
 * A number field's reading: counts and Rupiah understand separators and scale words, years are
 * plain digits. A decimal part that is not zero is refused, never rounded: Rupiah figures come
 * from statistics tables without sen, so "1.500.000,50" is more likely a slip than a real amount,
 * and rounding it would change a figure without a word.
 */
export function parseWholeNumber(text: string, kind: WholeNumberKind, decimal: ',' | '.'): ParsedAmount {
  const parsed = parseAmount(text, { decimal, units: kind !== 'year', currency: kind === 'rupiah' });
  if (!parsed.ok || parsed.value === null || Number.isInteger(parsed.value)) return parsed;
  return fail(kind === 'rupiah' ? 'validation.wholeRupiah' : 'validation.integer');
}
