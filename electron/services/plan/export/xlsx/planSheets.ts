import { printableText as s } from '../../../../../shared/domain/plan/safeText';
import { barCovers } from '../../../../../shared/domain/plan/views';
import { monthAbbreviations } from '../../../../../shared/domain/plan/words/monthNames';
import type { PrintModel } from '../../print/printModel';
import type { PrintWords } from '../../print/printWords';
import {
  type ColumnKey,
  activityText,
  actorText,
  areaText,
  columnHeader,
  pdmIndicatorText,
  pdmLevelNames,
  periodText,
  sourceAmountsText,
} from '../exportTexts';
import type { PlanSheet, SheetColumn, SheetValue } from './addPlanSheet';

/**
 * The plan's tables as worksheets, one per table, in the PDF's order: vision targets, the 3-year
 * plan's indicators, Table 5.1, the Matriks Rencana Aksi, the PDM and its plan of operation, the
 * Gantt by month, every budget line, and the totals by source, program, determinant and
 * program × source. Texts pass through `printableText` (bidi controls and what the PDF's font cannot draw shown as markers).
 */
export function planSheets(m: PrintModel, w: PrintWords): PlanSheet[] {
  const { header, strategies, programs } = m.plan;
  const { table51, actionMatrix, pdm, operation, gantt, budget } = m.rows;
  const source = (id: string) => s(m.fundingNames[id] ?? '');
  const levels = pdmLevelNames(w);
  const column = (key: ColumnKey, kind: SheetColumn['kind'], width?: number): SheetColumn => ({ header: columnHeader(w, key), kind, width });
  /** The label of a sheet's total row. */
  const total = w.t('planIo.columns.total');
  /** A budget total's amount and its share of the whole, as the three totals sheets end. */
  const amountColumns: SheetColumn[] = [column('amount', 'rupiah'), { header: '%', kind: 'share' }];

  const medium: SheetValue[][] = strategies.flatMap((st, i) =>
    (st.indicators.length > 0 ? st.indicators : [null]).map((ind) => [
      i + 1,
      s(st.text),
      s(st.objective),
      areaText(w, st.area),
      st.tows?.code ?? '',
      ind ? s(ind.name) : '',
      ind ? s(ind.unit) : '',
      ind?.baseline ?? null,
      ...(ind ? ind.targets : [null, null, null]),
    ]),
  );
  const y = header.mediumStart;

  const lines: SheetValue[][] = programs.flatMap((p, i) =>
    p.budget.map((l) => [i + 1, s(p.name), s(l.item), s(p.activities.find((a) => a.id === l.activityId)?.name ?? ''), source(l.sourceId), l.amount, s(l.note)]),
  );

  return [
    {
      name: w.t('planIo.sheets.targets'),
      columns: [column('number', 'number', 6), column('visionTarget', 'longText'), column('area', 'text'), column('targetValue', 'text', 30)],
      rows: header.targets.map((t, i) => [i + 1, s(t.text), areaText(w, t.area), s(t.target)]),
    },
    {
      name: w.t('planIo.sheets.medium'),
      columns: [
        column('number', 'number', 6),
        column('strategy', 'longText'),
        column('objective', 'longText', 36),
        column('area', 'text'),
        column('towsCode', 'text', 8),
        column('indicator', 'longText', 36),
        column('unit', 'text', 12),
        column('baseline', 'number'),
        ...[y, y + 1, y + 2].map((year): SheetColumn => ({ header: String(year), kind: 'number' })),
      ],
      rows: medium,
    },
    {
      name: w.t('planIo.sheets.table51'),
      columns: [
        column('number', 'number', 6),
        column('program', 'longText', 32),
        column('objective', 'longText', 36),
        column('content', 'longText', 36),
        column('why', 'longText'),
        column('lead', 'text'),
        column('participants', 'longText', 30),
        column('what', 'longText'),
        column('period', 'text', 18),
        column('beneficiaries', 'longText', 30),
        column('location', 'text'),
        column('budget', 'rupiah'),
      ],
      rows: table51.map((r) => [
        r.number,
        s(r.name),
        s(r.objective),
        s(programs.find((p) => p.id === r.programId)?.content ?? ''),
        [s(r.why), ...r.whyRefs.map((ref) => `${ref.code}: ${s(ref.text)}`)].filter(Boolean).join('\n'),
        actorText(w, r.lead),
        r.participants.map((p) => actorText(w, p)).join('\n'),
        r.activities.map((a) => activityText(w, a)).join('\n'),
        periodText(w, r.span?.start ?? null, r.span?.end ?? null),
        s(r.beneficiaries),
        s(r.location),
        r.budget,
      ]),
      total,
    },
    {
      name: w.t('planIo.sheets.actionMatrix'),
      columns: [
        column('number', 'text', 6),
        column('programActivity', 'longText', 40),
        column('performanceIndicator', 'longText', 36),
        column('target', 'text', 20),
        column('location', 'text'),
        column('period', 'text', 18),
        column('ceiling', 'rupiah'),
        column('source', 'longText', 36),
        column('responsible', 'text', 30),
      ],
      rows: actionMatrix.map((r) => [
        r.number,
        s(r.name),
        r.indicators.map((i) => s(i.name)).join('\n'),
        r.indicators.map((i) => s(i.target)).join('\n'),
        s(r.location),
        periodText(w, r.start, r.end),
        r.budget,
        sourceAmountsText(m, w, r.sources),
        actorText(w, r.lead),
      ]),
      boldRows: new Set(actionMatrix.flatMap((r, i) => (r.level === 'program' ? [i] : []))),
    },
    {
      name: w.t('planIo.sheets.pdm'),
      columns: [
        column('level', 'text', 16),
        column('number', 'text', 6),
        column('summary', 'longText'),
        column('indicators', 'longText', 40),
        column('means', 'longText', 30),
        column('assumptions', 'longText', 30),
      ],
      rows: pdm.map((r) => [
        levels[r.level],
        r.number,
        s(r.summary),
        r.indicators.map(pdmIndicatorText).join('\n'),
        r.means.map(s).join('\n'),
        s(r.assumptions),
      ]),
    },
    {
      name: w.t('planIo.sheets.operation'),
      columns: [
        column('number', 'text', 6),
        column('activity', 'longText'),
        column('period', 'text', 18),
        column('lead', 'text', 30),
        column('budget', 'rupiah'),
      ],
      rows: operation.map((o) => [o.number, s(o.name), w.months(o.start, o.end), actorText(w, o.lead), o.budget]),
      total,
    },
    {
      name: w.t('planIo.sheets.gantt', { year: header.year }),
      columns: [
        column('number', 'text', 6),
        column('programActivity', 'longText', 40),
        column('period', 'text', 18),
        ...monthAbbreviations[m.lang].map((name) => ({ header: name, kind: 'text' as const, width: 5 })),
      ],
      rows: gantt.map((r) => [r.number, s(r.name), periodText(w, r.start, r.end), ...Array.from({ length: 12 }, (_, i) => (barCovers(r, i + 1) ? 1 : null))]),
      boldRows: new Set(gantt.flatMap((r, i) => (r.level === 'program' ? [i] : []))),
      monthColumns: Array.from({ length: 12 }, (_, i) => i + 3),
    },
    {
      name: w.t('planIo.sheets.budgetLines'),
      columns: [
        column('number', 'number', 6),
        column('program', 'longText', 32),
        column('item', 'longText', 36),
        column('activity', 'longText', 32),
        column('source', 'text', 28),
        column('amount', 'rupiah'),
        column('note', 'longText', 30),
      ],
      rows: lines,
      total,
    },
    {
      name: w.t('planIo.sheets.bySource'),
      columns: [column('source', 'text', 40), ...amountColumns],
      rows: budget.bySource.map((x) => [source(x.sourceId), x.amount, x.share]),
      total,
    },
    {
      name: w.t('planIo.sheets.byProgram'),
      columns: [column('number', 'number', 6), column('program', 'longText', 40), ...amountColumns],
      rows: budget.byProgram.map((x) => [x.number, s(x.name), x.amount, x.share]),
      total,
    },
    {
      name: w.t('planIo.sheets.byArea'),
      columns: [column('area', 'text', 40), ...amountColumns],
      rows: budget.byArea.map((x) => [x.area === null ? w.t('planIo.noArea') : areaText(w, x.area), x.amount, x.share]),
      total,
    },
    {
      name: w.t('planIo.sheets.programBySource'),
      columns: [
        column('number', 'number', 6),
        column('program', 'longText', 40),
        ...budget.bySource.map((x) => ({ header: source(x.sourceId), kind: 'rupiah' as const })),
        column('total', 'rupiah'),
      ],
      rows: budget.byProgram.map((p) => [p.number, s(p.name), ...budget.bySource.map((x) => budget.cells[p.programId]?.[x.sourceId] ?? 0), p.amount]),
      total,
    },
  ];
}
