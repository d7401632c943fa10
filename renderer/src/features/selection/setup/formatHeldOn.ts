/** A session's date ("2026-03-14") as the language writes it ("14 Mar 2026"); a dash when none was set. */
export function formatHeldOn(heldOn: string | null, locale: string): string {
  if (!heldOn) return '—';
  // Read as UTC and written as UTC: the calendar date never shifts with the laptop's time zone.
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${heldOn}T00:00:00Z`));
}
