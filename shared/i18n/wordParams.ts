/**
 * Error parameters may themselves be catalog keys (`detail: validation.notOneOf`), and such
 * a message may use another parameter that is a key too (`expected: validation.types.number`).
 * Words them in the caller's language: the plain keys first, then the messages that use them.
 */
export function wordParams(
  params: Readonly<Record<string, unknown>>,
  translate: (key: string, values?: Record<string, unknown>) => string,
): Record<string, unknown> {
  // Validation wording and field labels (`clusters.workers`, `program.name`).
  const isKey = (v: unknown): v is string =>
    typeof v === 'string' && /^(validation|clusters|program|stakeholders|stakeholderIo|selection|selectionIo|swot|plan)\.[\w.]+$/.test(v);
  const words = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, isKey(v) ? translate(v) : v]));
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, isKey(v) ? translate(v, words) : v]));
}
