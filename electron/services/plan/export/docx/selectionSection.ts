import { type Block, docxTable, body, gap, heading } from './docxBlocks';
import type { DocxContext } from './docxContext';

/** IV. Site selection: the cluster's group as Table 3.1 prints it, and its scores per determinant. */
export function selectionSection({ model, w, s, num, width }: DocxContext): Block[] {
  const sel = model.selection;
  if (!sel) return [];
  const percent = (p: number | null) =>
    p === null ? '–' : `${new Intl.NumberFormat(w.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(p)}%`;
  const missing = sel.rows.some((r) => r.restsOnMissing);
  const about = w.t('planIo.docx.selectionAbout', { session: s(sel.sessionName), group: s(sel.groupName) }) + (sel.heldOn ? ` (${w.date(sel.heldOn)})` : '');
  return [
    ...body(about),
    docxTable({
      width,
      columns: [
        { header: w.t('planIo.columns.rank'), width: 0.6, align: 'right' },
        { header: w.t('planIo.columns.cluster'), width: 2.4 },
        ...sel.dimensions.map((d) => ({ header: s(d.name), width: 1.1, align: 'right' as const })),
        { header: w.t('planIo.columns.total'), width: 1, align: 'right' },
        { header: '%', width: 0.9, align: 'right' },
        { header: w.t('planIo.columns.selected'), width: 0.9, align: 'center' },
      ],
      rows: sel.rows.map((r) =>
        [
          String(r.rankInGroup),
          s(r.name) + (r.restsOnMissing ? ' *' : ''),
          ...r.scores.map((c) => `${num(c.score)} / ${num(c.max)}`),
          `${num(r.total)} / ${num(r.max)}`,
          percent(r.percent),
          r.selected ? w.t('planIo.docx.yes') : '',
        ].map((text) => ({ text, bold: r.current })),
      ),
    }),
    ...(missing ? body(w.t('planIo.docx.restsOnMissing'), { italics: true }) : [gap()]),
    heading(w.t('planIo.docx.byDeterminant'), 2),
    docxTable({
      width,
      columns: [
        { header: w.t('planIo.columns.area'), width: 4 },
        { header: w.t('planIo.columns.score'), width: 1, align: 'right' },
        { header: w.t('planIo.columns.max'), width: 1, align: 'right' },
        { header: '%', width: 1, align: 'right' },
      ],
      rows: sel.determinants.map((d) => [w.t(`selection.codes.determinants.${d.determinant}`), num(d.score), num(d.max), percent(d.percent)]),
    }),
    gap(),
  ];
}
