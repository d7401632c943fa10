/** A language the plan's documents are written in. */
export type PlanLang = 'id' | 'en';

/*
 * Month names as data rather than catalog entries: the print document, the DOCX and the CLI word
 * months in the document's language, which need not be the UI's, and they have no catalog at hand.
 */

/** Three-letter month abbreviations, January first, as tables and the Gantt print them. */
export const monthAbbreviations: Record<PlanLang, readonly string[]> = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** Full month names, January first, for the place-and-date line ("Kebumen, 28 November 2026"). */
export const monthNames: Record<PlanLang, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
