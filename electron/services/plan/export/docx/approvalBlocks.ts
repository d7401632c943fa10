import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Approval } from '../../../../../shared/domain/plan/schemas';
import type { Block } from './docxBlocks';
import type { DocxContext } from './docxContext';

/** Blank lines left for the signature (and the stamp). */
const SIGNATURE_LINES = 4;

const centred = (text: string, o: { bold?: boolean; underline?: boolean } = {}) =>
  new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: o.bold, underline: o.underline ? {} : undefined })] });

/** One signature block: "Mengetahui," / title / space to sign / name underlined / NIP. */
function block({ w, s }: DocxContext, a: Approval): Paragraph[] {
  return [
    centred(`${w.t(`plan.codes.approvalHeadings.${a.heading}`)},`),
    ...s(a.title)
      .split('\n')
      .map((t) => centred(t)),
    ...Array.from({ length: SIGNATURE_LINES }, () => centred('')),
    centred(a.name.trim() ? s(a.name) : '(………………………………)', { bold: true, underline: a.name.trim() !== '' }),
    ...(a.nip.trim() ? [centred(w.t('planIo.docx.nip', { nip: a.nip.trim() }))] : []),
  ];
}

/**
 * The place-and-date line ("Kebumen, 28 November 2026") and the approval blocks, two to a row
 * in a borderless table as Indonesian official documents set them.
 */
export function approvalBlocks(ctx: DocxContext): Block[] {
  const { model, s, width } = ctx;
  const approvals = model.plan.header.approvals;
  const dateLine = new Paragraph({
    alignment: AlignmentType.RIGHT,
    spacing: { before: 480, after: 240 },
    children: [new TextRun(`${s(model.place)}${model.place.trim() ? ', ' : ''}${model.dateText}`)],
  });
  if (approvals.length === 0) return [dateLine];
  const half = Math.floor(width / 2);
  const rows: TableRow[] = [];
  for (let i = 0; i < approvals.length; i += 2) {
    // A block alone on its row signs on the right, under the place-and-date line.
    const pair = i + 1 < approvals.length ? approvals.slice(i, i + 2) : [undefined, approvals[i]];
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [0, 1].map(
          (k) =>
            new TableCell({
              width: { size: half, type: WidthType.DXA },
              margins: { bottom: 360 },
              children: pair[k] ? block(ctx, pair[k]) : [new Paragraph('')],
            }),
        ),
      }),
    );
  }
  return [dateLine, new Table({ rows, width: { size: half * 2, type: WidthType.DXA }, columnWidths: [half, half], borders: TableBorders.NONE })];
}
