import { printableText as s } from '../../../../../shared/domain/plan/safeText';
import { monthAbbreviations } from '../../../../../shared/domain/plan/words/monthNames';
import type { PrintModel } from '../../print/printModel';
import type { PrintWords } from '../../print/printWords';
import { activityText, actorText, areaText, pdmIndicatorText, pdmLevelNames, sourceAmountsText } from '../exportTexts';
import type { PlanSheet, SheetValue } from './addPlanSheet';

const span = (w: PrintWords, start: string | null, end: string | null) => (start && end ? w.months(start, end) : '');

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
      columns: [
        { header: w.t('planIo.columns.number'), kind: 'number', width: 6 },
        { header: w.t('planIo.columns.visionTarget'), kind: 'longText' },
        { header: w.t('planIo.columns.area'), kind: 'text' },
        { header: w.t('planIo.columns.targetValue'), kind: 'text', width: 30 },
      ],
      rows: header.targets.map((t, i) => [i + 1, s(t.text), areaText(w, t.area), s(t.target)]),
    },
    {
      name: w.t('planIo.sheets.medium'),
      columns: [
        { header: w.t('planIo.columns.number'), kind: 'number', width: 6 },
        { header: w.t('planIo.columns.strategy'), kind: 'longText' },
        { header: w.t('planIo.columns.objective'), kind: 'longText', width: 36 },
        { header: w.t('planIo.columns.area'), kind: 'text' },
        { header: w.t('planIo.columns.towsCode'), kind: 'text', width: 8 },
        { header: w.t('planIo.columns.indicator'), kind: 'longText', width: 36 },
        { header: w.t('planIo.columns.unit'), kind: 'text', width: 12 },
        { header: w.t('planIo.columns.baseline'), kind: 'number' },
        { header: String(y), kind: 'number' },
        { header: String(y + 1), kind: 'number' },
        { header: String(y + 2), kind: 'number' },
      ],
      rows: medium,
    },
    {
      name: w.t('planIo.sheets.table51'),
      columns: [
        { header: w.t('planIo.columns.number'), kind: 'number', width: 6 },
        { header: w.t('planIo.columns.program'), kind: 'longText', width: 32 },
        { header: w.t('planIo.columns.objective'), kind: 'longText', width: 36 },
        { header: w.t('planIo.columns.content'), kind: 'longText', width: 36 },
        { header: w.t('planIo.columns.why'), kind: 'longText' },
        { header: w.t('planIo.columns.lead'), kind: 'text' },
        { header: w.t('planIo.columns.participants'), kind: 'longText', width: 30 },
        { header: w.t('planIo.columns.what'), kind: 'longText' },
        { header: w.t('planIo.columns.period'), kind: 'text', width: 18 },
        { header: w.t('planIo.columns.beneficiaries'), kind: 'longText', width: 30 },
        { header: w.t('planIo.columns.location'), kind: 'text' },
        { header: w.t('planIo.columns.budget'), kind: 'rupiah' },
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
        span(w, r.span?.start ?? null, r.span?.end ?? null),
        s(r.beneficiaries),
        s(r.location),
        r.budget,
      ]),
      total: w.t('planIo.columns.total'),
    },
    {
      name: w.t('planIo.sheets.actionMatrix'),
      columns: [
        { header: w.t('planIo.columns.number'), kind: 'text', width: 6 },
        { header: w.t('planIo.columns.programActivity'), kind: 'longText', width: 40 },
        { header: w.t('planIo.columns.performanceIndicator'), kind: 'longText', width: 36 },
        { header: w.t('planIo.columns.target'), kind: 'text', width: 20 },
        { header: w.t('planIo.columns.location'), kind: 'text' },
        { header: w.t('planIo.columns.period'), kind: 'text', width: 18 },
        { header: w.t('planIo.columns.ceiling'), kind: 'rupiah' },
        { header: w.t('planIo.columns.source'), kind: 'longText', width: 36 },
        { header: w.t('planIo.columns.responsible'), kind: 'text', width: 30 },
      ],
      rows: actionMatrix.map((r) => [
        r.number,
        s(r.name),
        r.indicators.map((i) => s(i.name)).join('\n'),
        r.indicators.map((i) => s(i.target)).join('\n'),
        s(r.location),
        span(w, r.start, r.end),
        r.budget,
        sourceAmountsText(m, w, r.sources),
        actorText(w, r.lead),
      ]),
      boldRows: new Set(actionMatrix.flatMap((r, i) => (r.level === 'program' ? [i] : []))),
    },
    {
      name: w.t('planIo.sheets.pdm'),
      columns: [
        { header: w.t('planIo.columns.level'), kind: 'text', width: 16 },
        { header: w.t('planIo.columns.number'), kind: 'text', width: 6 },
        { header: w.t('planIo.columns.summary'), kind: 'longText' },
        { header: w.t('planIo.columns.indicators'), kind: 'longText', width: 40 },
        { header: w.t('planIo.columns.means'), kind: 'longText', width: 30 },
        { header: w.t('planIo.columns.assumptions'), kind: 'longText', width: 30 },
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
        { header: w.t('planIo.columns.number'), kind: 'text', width: 6 },
        { header: w.t('planIo.columns.activity'), kind: 'longText' },
        { header: w.t('planIo.columns.period'), kind: 'text', width: 18 },
        { header: w.t('planIo.columns.lead'), kind: 'text', width: 30 },
        { header: w.t('planIo.columns.budget'), kind: 'rupiah' },
      ],
      rows: operation.map((o) => [o.number, s(o.name), w.months(o.start, o.end), actorText(w, o.lead), o.budget]),
      total: w.t('planIo.columns.total'),
    },
    {
      name: w.t('planIo.sheets.gantt', { year: header.year }),
      columns: [
        { header: w.t('planIo.columns.number'), kind: 'text', width: 6 },
        { header: w.t('planIo.columns.programActivity'), kind: 'longText', width: 40 },
        { header: w.t('planIo.columns.period'), kind: 'text', width: 18 },
        ...monthAbbreviations[m.lang].map((name) => ({ header: name, kind: 'text' as const, width: 5 })),
      ],
      rows: gantt.map((r) => [
        r.number,
        s(r.name),
        span(w, r.start, r.end),
        ...Array.from({ length: 12 }, (_, i) => (r.from !== null && r.to !== null && i + 1 >= r.from && i + 1 <= r.to ? 1 : null)),
      ]),
      boldRows: new Set(gantt.flatMap((r, i) => (r.level === 'program' ? [i] : []))),
      monthColumns: Array.from({ length: 12 }, (_, i) => i + 3),
    },
    {
      name: w.t('planIo.sheets.budgetLines'),
      columns: [
        { header: w.t('planIo.columns.number'), kind: 'number', width: 6 },
        { header: w.t('planIo.columns.program'), kind: 'longText', width: 32 },
        { header: w.t('planIo.columns.item'), kind: 'longText', width: 36 },
        { header: w.t('planIo.columns.activity'), kind: 'longText', width: 32 },
        { header: w.t('planIo.columns.source'), kind: 'text', width: 28 },
        { header: w.t('planIo.columns.amount'), kind: 'rupiah' },
        { header: w.t('planIo.columns.note'), kind: 'longText', width: 30 },
      ],
      rows: lines,
      total: w.t('planIo.columns.total'),
    },
    {
      name: w.t('planIo.sheets.bySource'),
      columns: [
        { header: w.t('planIo.columns.source'), kind: 'text', width: 40 },
        { header: w.t('planIo.columns.amount'), kind: 'rupiah' },
        { header: '%', kind: 'share' },
      ],
      rows: budget.bySource.map((x) => [source(x.sourceId), x.amount, x.share]),
      total: w.t('planIo.columns.total'),
    },
    {
      name: w.t('planIo.sheets.byProgram'),
      columns: [
        { header: w.t('planIo.columns.number'), kind: 'number', width: 6 },
        { header: w.t('planIo.columns.program'), kind: 'longText', width: 40 },
        { header: w.t('planIo.columns.amount'), kind: 'rupiah' },
        { header: '%', kind: 'share' },
      ],
      rows: budget.byProgram.map((x) => [x.number, s(x.name), x.amount, x.share]),
      total: w.t('planIo.columns.total'),
    },
    {
      name: w.t('planIo.sheets.byArea'),
      columns: [
        { header: w.t('planIo.columns.area'), kind: 'text', width: 40 },
        { header: w.t('planIo.columns.amount'), kind: 'rupiah' },
        { header: '%', kind: 'share' },
      ],
      rows: budget.byArea.map((x) => [x.area === null ? w.t('planIo.noArea') : areaText(w, x.area), x.amount, x.share]),
      total: w.t('planIo.columns.total'),
    },
    {
      name: w.t('planIo.sheets.programBySource'),
      columns: [
        { header: w.t('planIo.columns.number'), kind: 'number', width: 6 },
        { header: w.t('planIo.columns.program'), kind: 'longText', width: 40 },
        ...budget.bySource.map((x) => ({ header: source(x.sourceId), kind: 'rupiah' as const })),
        { header: w.t('planIo.columns.total'), kind: 'rupiah' },
      ],
      rows: budget.byProgram.map((p) => [p.number, s(p.name), ...budget.bySource.map((x) => budget.cells[p.programId]?.[x.sourceId] ?? 0), p.amount]),
      total: w.t('planIo.columns.total'),
    },
  ];
}
