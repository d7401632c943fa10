import { type Block, type Cell, SIZE, paragraphs } from './docxBlocks';
import { activityText, actorText } from '../exportTexts';
import type { DocxContext } from './docxContext';
import { column, sectionTable } from './sectionTable';

/** VII. The 1-year action programs, WHY / WHO / WHAT, as JICA's Table 5.1 lays them out. */
export function table51Section(ctx: DocxContext): Block[] {
  const { model, w, s } = ctx;
  const rows = model.rows.table51;
  if (rows.length === 0) return [];
  const size = SIZE.wide;
  // The program's content (what it does) is in the plan, not in the row: Table 5.1 shows it under the objective.
  const contentOf = (id: string) => model.plan.programs.find((p) => p.id === id)?.content ?? '';
  const cells = rows.map((r): (Cell | string)[] => {
    const why = [s(r.why), ...r.whyRefs.map((ref) => `${ref.code}: ${s(ref.text)}${ref.deleted ? ` ${w.t('planIo.deletedRef')}` : ''}`)].filter(Boolean);
    const who = [
      ...(r.lead ? paragraphs(`${w.t('planIo.columns.lead')}: ${actorText(w, r.lead)}`, { bold: true, size }) : []),
      ...r.participants.flatMap((p) => paragraphs(`– ${actorText(w, p)}`, { size })),
    ];
    const what = r.activities.map((a) => activityText(w, a));
    const where = [
      r.beneficiaries.trim() ? `${w.t('planIo.columns.beneficiaries')}: ${s(r.beneficiaries)}` : '',
      r.location.trim() ? `${w.t('planIo.columns.location')}: ${s(r.location)}` : '',
    ].filter(Boolean);
    return [
      String(r.number),
      {
        content: [
          ...paragraphs(s(r.name), { bold: true, size }),
          ...(r.objective.trim() ? paragraphs(s(r.objective), { size }) : []),
          // labelled as in the PDF, so the program's content does not read as more of its objective
          ...(contentOf(r.programId).trim() ? paragraphs(`${w.t('planPrint.programs.content')}: ${s(contentOf(r.programId))}`, { size }) : []),
        ],
      },
      why.join('\n'),
      { content: who.length > 0 ? who : paragraphs('', { size }) },
      what.join('\n'),
      where.join('\n'),
      w.rowAmount(r.budget),
    ];
  });
  const total = rows.reduce((sum, r) => sum + r.budget, 0);
  return sectionTable(ctx, {
    size,
    columns: [
      column(w, 'number', 0.4, 'right'),
      column(w, 'program', 2),
      column(w, 'why', 2),
      column(w, 'who', 1.7),
      column(w, 'what', 2.1),
      column(w, 'beneficiariesLocation', 1.5),
      column(w, 'budget', 1.4, 'right'),
    ],
    rows: cells,
    foot: [[{ text: w.t('planIo.columns.total'), span: 6 }, w.rupiah(total)]],
  });
}
