import { type Block, type Cell, SIZE, docxTable, gap, paragraphs } from './docxBlocks';
import { areaText } from '../exportTexts';
import type { DocxContext } from './docxContext';

/**
 * VI. The 3-year plan: each strategy with its objective, then its indicators with a baseline and
 * a target for each year (the strategy's cells span its indicator rows).
 */
export function mediumSection({ model, w, s, num, width }: DocxContext): Block[] {
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
  return [
    docxTable({
      width,
      size: SIZE.wide,
      columns: [
        { header: w.t('planIo.columns.number'), width: 0.45, align: 'right' },
        { header: w.t('planIo.columns.strategy'), width: 2.6 },
        { header: w.t('planIo.columns.objective'), width: 2.2 },
        { header: w.t('planIo.columns.indicator'), width: 2.2 },
        { header: w.t('planIo.columns.baseline'), width: 0.9, align: 'right' },
        { header: String(y), width: 0.8, align: 'right' },
        { header: String(y + 1), width: 0.8, align: 'right' },
        { header: String(y + 2), width: 0.8, align: 'right' },
      ],
      rows,
    }),
    gap(),
  ];
}
