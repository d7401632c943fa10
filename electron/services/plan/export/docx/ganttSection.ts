import { barCovers } from '../../../../../shared/domain/plan/views';
import { monthAbbreviations } from '../../../../../shared/domain/plan/words/monthNames';
import { type Block, type Cell, SHADE, SIZE, body, docxTable } from './docxBlocks';
import type { DocxContext } from './docxContext';
import { column } from './sectionTable';

/** Marks on a bar clipped at the plan year's edge: it ran on before January or after December. */
const BEFORE = '«';
const AFTER = '»';

/**
 * X. The plan year by month as a table whose month cells are shaded where an activity runs
 * (darker for activities, lighter for a program's summary bar); a bar cut at the year's edge
 * is marked « or », and an activity wholly outside the year says so.
 */
export function ganttSection({ model, w, s, width }: DocxContext): Block[] {
  const rows = model.rows.gantt;
  if (rows.length === 0) return [];
  const cells = rows.map((r): (Cell | string)[] => {
    const program = r.level === 'program';
    const outside = r.from === null && r.start !== null;
    const name = s(r.name) + (outside ? ` ${w.t('planIo.docx.outsideYear')}` : '');
    const months = Array.from({ length: 12 }, (_, i): Cell => {
      const m = i + 1;
      const on = barCovers(r, m);
      const mark = on && m === r.from && r.before ? BEFORE : on && m === r.to && r.after ? AFTER : '';
      return { text: mark, align: 'center', shade: on ? (program ? SHADE.summary : SHADE.bar) : undefined };
    });
    return [{ text: r.number, bold: program }, { text: name, bold: program }, ...months];
  });
  const clipped = rows.some((r) => r.before || r.after);
  return [
    docxTable({
      width,
      size: SIZE.wide,
      columns: [
        column(w, 'number', 0.55),
        column(w, 'programActivity', 3.2),
        ...monthAbbreviations[model.lang].map((m) => ({ header: m, width: 0.45, align: 'center' as const })),
      ],
      rows: cells,
    }),
    ...body(w.t('planIo.docx.ganttLegend'), { italics: true, size: SIZE.small }),
    ...(clipped ? body(w.t('planIo.docx.ganttClipped', { before: BEFORE, after: AFTER }), { italics: true, size: SIZE.small }) : []),
  ];
}
