import { AlignmentType, ImageRun, Paragraph } from 'docx';
import { type Block, SIZE, body, paragraphs } from './docxBlocks';
import type { DocxContext } from './docxContext';
import { column, sectionTable } from './sectionTable';

/** Twips per pixel at Word's 96 dpi. */
const TWIPS_PER_PX = 15;
/** The map may take at most this much of the page's height, in pixels (about 16 cm). */
const MAP_MAX_HEIGHT_PX = 600;

/** A PNG's size in pixels, from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The map image scaled to the text width (and a sensible height), centred. */
function mapImage(png: Buffer, widthTwips: number): Paragraph {
  const size = pngSize(png);
  const scale = Math.min(widthTwips / TWIPS_PER_PX / size.width, MAP_MAX_HEIGHT_PX / size.height);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new ImageRun({ type: 'png', data: png, transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) } })],
  });
}

/**
 * II. The stakeholder map and its key actors. The map goes in as a picture when it could be drawn
 * (Chromium renders mapToSvg's SVG); otherwise a note says the PDF holds it, and the table stays.
 */
export function actorsSection(ctx: DocxContext): Block[] {
  const { model, w, s, width, mapPng } = ctx;
  const map = model.map;
  if (!map) return [];
  const picture: Block[] = mapPng ? [mapImage(mapPng, width)] : body(w.t('planIo.docx.mapInPdf'), { italics: true });
  return [
    ...picture,
    ...paragraphs(w.t('planIo.docx.mapCaption', { actors: w.count(map.actors), ties: w.count(map.ties) }), {
      italics: true,
      size: SIZE.small,
      align: 'center',
      after: 160,
    }),
    ...(map.keyActors.length > 0
      ? sectionTable(ctx, {
          columns: [
            column(w, 'number', 0.5, 'right'),
            column(w, 'actor', 3),
            column(w, 'kind', 1.6),
            column(w, 'role', 1.4),
            column(w, 'sector', 1.4),
            column(w, 'position', 1.2),
            column(w, 'ties', 0.8, 'right'),
          ],
          rows: map.keyActors.map((a, i) => [
            String(i + 1),
            s(a.name),
            a.kindLabel,
            a.roleLabel,
            a.sectorLabel,
            a.insideCluster ? w.t('planIo.docx.inside') : w.t('planIo.docx.outside'),
            w.count(a.ties),
          ]),
        })
      : []),
  ];
}
