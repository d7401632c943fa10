import { type Block, type Cell, SIZE, paragraphs } from './docxBlocks';
import { areaText } from '../exportTexts';
import type { DocxContext } from './docxContext';
import { column, sectionTable } from './sectionTable';

/**
 * VI. The 3-year plan: each strategy with its objective, then its indicators with a baseline and
 * a target for each year (the strategy's cells span its indicator rows).
 */
export function mediumSection(ctx: DocxContext): Block[] {
  const { model, w, s, num } = ctx;
  const { strategies, header } = model.plan;
  if (strategies.length === 0) return [];
  const measure = (v: number | null) => (v === null ? '' : num(v));
  const rows: (Cell | string)[][] = strategies.flatMap((st, i) => {
    const origin = [areaText(w, st.area), st.tows ? `${w.t('planIo.docx.fromTows')} ${st.tows.code}` : ''].filter(Boolean).join(' · ');
    const span = Math.max(1, st.indicators.length);
    const lead: Cell[] = [
      { text: String(i + 1), rowSpan: span },
      { content: [...paragraphs(s(st.text), { size: SIZE.wide }), ...(origin ? paragraphs(origin, { size: SIZE.wide, italics: true }) : [])], rowSpan: span },
      { text: s(st.objective), rowSpan: span },
    ];
    if (st.indicators.length === 0) return [[...lead, { text: '', span: 5 }]];
    return st.indicators.map((ind, k) => [
      ...(k === 0 ? lead : []),
      s(ind.name) + (ind.unit.trim() ? ` (${s(ind.unit)})` : ''),
      measure(ind.baseline),
      ...ind.targets.map(measure),
    ]);
  });
  const y = header.mediumStart;
  return sectionTable(ctx, {
    size: SIZE.wide,
    columns: [
      column(w, 'number', 0.45, 'right'),
      column(w, 'strategy', 2.6),
      column(w, 'objective', 2.2),
      column(w, 'indicator', 2.2),
      column(w, 'baseline', 0.9, 'right'),
      ...[y, y + 1, y + 2].map((year) => ({ header: String(year), width: 0.8, align: 'right' as const })),
    ],
    rows,
  });
}
