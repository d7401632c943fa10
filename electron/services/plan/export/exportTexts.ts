import { printableText as s } from '../../../../shared/domain/plan/safeText';
import type planIoCatalog from '../../../../shared/i18n/planIo.en.json';
import type { ActorRef } from '../../../../shared/domain/plan/types';
import type { PdmRow } from '../../../../shared/domain/plan/views';
import type { PrintModel } from '../print/printModel';
import type { PrintWords } from '../print/printWords';

/*
 * The texts the Word and Excel exports write alike, so the two files never word a cell apart.
 * User text passes through `printableText` (bidi controls and undrawable characters shown as markers).
 */

/** A column of the plan's tables by its key in the catalog's `planIo.columns`: a key the catalog lacks does not compile. */
export type ColumnKey = keyof (typeof planIoCatalog)['planIo']['columns'];

/** A column's header: "No.", "Program", "Anggaran" … */
export const columnHeader = (w: PrintWords, key: ColumnKey) => w.t(`planIo.columns.${key}`);

/** An actor's name, marked when it has since left the map; nothing for no actor. */
export function actorText(w: PrintWords, a: ActorRef | null): string {
  if (!a) return '';
  return a.deleted ? `${s(a.name)} ${w.t('planIo.deletedActor')}` : s(a.name);
}

/** A determinant's (or social capital's) name; nothing where none is given. */
export const areaText = (w: PrintWords, area: string | null) => (area === null ? '' : w.t(`selection.codes.determinants.${area}`));

/** The PDM's level names: overall goal, project purpose, output, activity. */
export function pdmLevelNames(w: PrintWords): Record<PdmRow['level'], string> {
  return {
    goal: w.t('planIo.pdmLevels.goal'),
    purpose: w.t('planIo.pdmLevels.purpose'),
    output: w.t('planIo.pdmLevels.output'),
    activity: w.t('planIo.pdmLevels.activity'),
  };
}

/** A PDM indicator with its target where it has one: "IKM menerapkan 5S: 20 IKM". */
export const pdmIndicatorText = (i: { name: string; target: string }) => (i.target.trim() ? `${s(i.name)}: ${s(i.target)}` : s(i.name));

/** A row's months, or nothing for a program without activities: "Feb–Mar 2027". */
export const periodText = (w: PrintWords, start: string | null, end: string | null) => (start && end ? w.months(start, end) : '');

/** An activity with its months: "Pelatihan 5S (Feb–Mar 2027)". */
export const activityText = (w: PrintWords, a: { name: string; start: string; end: string }) => `${s(a.name)} (${w.months(a.start, a.end)})`;

/** A row's funding, one source a line with its amount: "Swadaya: Rp 3.000.000". */
export const sourceAmountsText = (m: PrintModel, w: PrintWords, sources: readonly { sourceId: string; amount: number }[]) =>
  sources.map((x) => `${s(m.fundingNames[x.sourceId] ?? '')}: ${w.rupiah(x.amount)}`).join('\n');
