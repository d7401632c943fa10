import { type Block, docxTable, body, gap } from './docxBlocks';
import type { DocxContext } from './docxContext';
import { column, sectionTable } from './sectionTable';

/** IV. Site selection: the cluster's group as Table 3.1 prints it, and its scores per determinant. */
export function selectionSection(ctx: DocxContext): Block[] {
  const { model, w, s, num, width } = ctx;
  const sel = model.selection;
  if (!sel) return [];
  const percentOrDash = (p: number | null) => (p === null ? '–' : ctx.percent(p));
  const missing = sel.rows.some((r) => r.restsOnMissing);
  const about = w.t('planIo.docx.selectionAbout', { session: s(sel.sessionName), group: s(sel.groupName) }) + (sel.heldOn ? ` (${w.date(sel.heldOn)})` : '');
  return [
    ...body(about),
    docxTable({
      width,
      columns: [
        column(w, 'rank', 0.6, 'right'),
        column(w, 'cluster', 2.4),
        ...sel.dimensions.map((d) => ({ header: s(d.name), width: 1.1, align: 'right' as const })),
        column(w, 'total', 1, 'right'),
        { header: '%', width: 0.9, align: 'right' },
        column(w, 'selected', 0.9, 'center'),
      ],
      rows: sel.rows.map((r) =>
        [
          String(r.rankInGroup),
          s(r.name) + (r.restsOnMissing ? ' *' : ''),
          ...r.scores.map((c) => `${num(c.score)} / ${num(c.max)}`),
          `${num(r.total)} / ${num(r.max)}`,
          percentOrDash(r.percent),
          r.selected ? w.t('planIo.docx.yes') : '',
        ].map((text) => ({ text, bold: r.current })),
      ),
    }),
    ...(missing ? body(w.t('planIo.docx.restsOnMissing'), { italics: true }) : [gap()]),
    ...sectionTable(ctx, {
      title: w.t('planIo.docx.byDeterminant'),
      columns: [column(w, 'area', 4), column(w, 'score', 1, 'right'), column(w, 'max', 1, 'right'), { header: '%', width: 1, align: 'right' }],
      rows: sel.determinants.map((d) => [w.t(`selection.codes.determinants.${d.determinant}`), num(d.score), num(d.max), percentOrDash(d.percent)]),
    }),
  ];
}
