import type { TFunction } from 'i18next';

const coded: Record<string, string> = {
  kind: 'kind',
  sector: 'sector',
  level: 'level',
  role: 'role',
  attitude: 'attitude',
  type: 'tieType',
};
const LONG = 60;

/**
 * One field of an actor or a tie as words, for the "before → after" of a change: codes by their
 * names, yes / no, actor ids by the actor's name, long notes cut short.
 */
export function fieldValue(field: string, value: string | number | boolean | null | undefined, t: TFunction, nameOf: (actorId: string) => string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return t(value ? 'stakeholders.codes.yes' : 'stakeholders.codes.no');
  if (field in coded) return t(`stakeholders.codes.${coded[field]}.${String(value)}`);
  if (field === 'from' || field === 'to') return nameOf(String(value));
  const text = String(value);
  return text.length > LONG ? `${text.slice(0, LONG - 1)}…` : text;
}

/** One changed field as a line of words: "Field: before → after". */
export function fieldChange<T extends object>(field: keyof T & string, before: T, after: T, t: TFunction, nameOf: (actorId: string) => string): string {
  const value = (o: T) => o[field] as string | number | boolean | null | undefined;
  return `${t(`stakeholders.fields.${field}`)}: ${fieldValue(field, value(before), t, nameOf)} → ${fieldValue(field, value(after), t, nameOf)}`;
}
