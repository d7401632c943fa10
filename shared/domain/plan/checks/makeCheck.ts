import type { PlanCheck, PlanCheckCode, PlanCheckTarget } from '../checks';

/** A check with its catalog key; warnings unless told. */
export function makeCheck(code: PlanCheckCode, params: PlanCheck['params'], target: PlanCheckTarget, severity: PlanCheck['severity'] = 'warning'): PlanCheck {
  return { code, severity, key: `planChecks.${code}`, params, target };
}

/** A text on one line and at most `max` characters, so a long strategy or name fits a list of warnings. */
export function clip(text: string, max = 80): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/**
 * A typed agency name reduced to what identifies it: case, accents' composed forms, punctuation
 * and spacing do not make "Dinas Perindag" and "dinas  perindag." two agencies.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .toLocaleLowerCase('id')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
