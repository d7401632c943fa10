import { officialMarginsMm, paperMm } from '../../../../shared/domain/plan/codes';
import type { PaperSize } from '../../../../shared/domain/plan/codes';

/**
 * The print document's stylesheet. Sober and greyscale-safe (forum copies are photocopied):
 * black text, grey shading only. Body 10 pt; the wide tables 8.5 pt and the nine-column matrix
 * 8 pt so they stay legible in portrait (Chromium cannot turn single pages to landscape). Tables
 * repeat their header on every page, keep rows whole and fix their column widths, sized so that
 * ordinary words fit; only a word wider than its cell (the 300-character word) breaks, so it wraps
 * inside its cell instead of pushing the table off the page. Amounts and month spans never break.
 * The screen part only shows the preview as sheets on a grey desk; print ignores it.
 */
export function printCss(paper: PaperSize): string {
  const { width, height } = paperMm[paper];
  const m = officialMarginsMm;
  const textWidth = width - m.left - m.right;
  return `
@page { size: ${width}mm ${height}mm; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
html { font-family: 'Noto Sans', 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; line-height: 1.3; color: #111;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
bdi { unicode-bidi: isolate; white-space: pre-line; }
/* break-word, not anywhere: a word breaks only when it cannot fit its line at all, never to narrow a column. */
p, li, td, th, h1, h2, h3, div, blockquote, figcaption { overflow-wrap: break-word; }
h1 { font-size: 15pt; margin: 0 0 4mm; break-after: avoid; }
h2 { font-size: 11.5pt; margin: 5mm 0 2mm; break-after: avoid; }
p { margin: 0 0 2mm; }
section.break, .contents { break-before: page; }
/* A hair under the full width: the collapsed outer border straddles the table's edge, and Chromium clips what crosses the page's. */
table { width: calc(100% - 1pt); border-collapse: collapse; table-layout: fixed; margin: 0 0 4mm; }
thead { display: table-header-group; }
tfoot { display: table-row-group; }
/* A total never starts a page alone under a repeated header: it stays with the rows it adds up. */
tfoot tr, tr.total { break-before: avoid; }
tr, .keep { break-inside: avoid; }
th, td { border: 0.6pt solid #555; padding: 0.8mm 1.2mm; vertical-align: top; text-align: left; }
thead th { background: #e3e3e3; font-weight: 700; vertical-align: bottom; font-size: 0.92em; }
table.wide { font-size: 8.5pt; line-height: 1.25; }
/*
 * A program of Table 5.1, or a program row of the Matriks listing many funding sources, can run
 * most of a page: rows that big may continue on the next page rather than leave half a page blank.
 */
table.programs tr, table.matrix-wide tr.program { break-inside: auto; }
table.dense { font-size: 8.5pt; line-height: 1.25; }
table.wide th, table.wide td, table.dense th, table.dense td { padding: 0.6mm 1mm; }
table.matrix-wide { font-size: 8pt; }
table.matrix-wide th, table.matrix-wide td { padding: 0.5mm; }
/* A row's funding sources, one line each under its total: ruled off lightly, the row stays one block. */
table.matrix-wide td.part-top { border-top: 0.3pt dotted #888; }
table.matrix-wide td.part-bottom { border-bottom: 0.3pt dotted #888; }
table.matrix-wide tr.part td { font-weight: 400; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
/* "Rp" stays with its digits; "Mar–Apr" stays whole (a span may still wrap before its year). */
td.num, div.num, .amount, .nobr { white-space: nowrap; }
.center { text-align: center; }
tr.total td { font-weight: 700; background: #efefef; }
tr.program td { background: #f2f2f2; }
/* Several indicators or funding sources in one cell: a little air between them so each reads as its own. */
td > div + div { margin-top: 0.6mm; }
tr.program td:nth-child(-n + 2) { font-weight: 700; }
/* The PDM's goal, purpose and output rows: their level and text bold, their indicators not. */
table.pdm tr.program td:nth-child(2) { font-weight: 400; }
tr.group th { background: #d6d6d6; text-align: left; }
tr.current td { font-weight: 700; }
.strong, .label { font-weight: 700; }
.small { font-size: 0.88em; color: #333; }
.note { font-size: 9pt; color: #444; }
.code { font-weight: 700; white-space: nowrap; }
.deleted { font-style: italic; }
.months { color: #333; }
ul.plain { list-style: none; margin: 0; padding: 0; }
ul.plain li { margin: 0 0 0.6mm; }
.secnum { display: inline-block; min-width: 10mm; font-weight: 700; }
h1 .secnum { min-width: 0; margin-right: 2mm; }
.cover { text-align: center; padding-top: 30mm; }
.cover-kind { text-transform: uppercase; letter-spacing: 0.08em; font-size: 10pt; color: #333; }
.cover-title { font-size: 22pt; line-height: 1.25; margin: 8mm 0 4mm; }
.cover-cluster { font-size: 15pt; font-weight: 700; }
.cover-horizon { margin-top: 6mm; }
table.cover-facts { width: 80%; margin: 30mm auto 0; }
table.cover-facts th, table.cover-facts td { border: none; border-bottom: 0.4pt solid #999; padding: 2mm; }
table.cover-facts th { width: 35%; }
ol.toc { list-style: none; margin: 0; padding: 0; }
ol.toc li { padding: 1.8mm 0; border-bottom: 0.4pt dotted #888; }
ol.toc a { color: inherit; text-decoration: none; }
table.facts th { background: #f0f0f0; font-weight: 700; }
figure { margin: 0 0 3mm; }
figure.map svg { display: block; width: 100%; height: auto; max-height: ${Math.round(height * 0.42)}mm; }
.radar-figure { text-align: center; break-inside: avoid; }
.radar { width: 125mm; height: auto; }
figcaption { font-size: 9pt; color: #444; }
blockquote.vision { margin: 0 0 4mm; padding: 3mm 5mm; border-left: 2pt solid #555; font-size: 11.5pt; font-style: italic; }
.grand-total { font-size: 11.5pt; margin-bottom: 5mm; }
.grand-total .words { font-style: italic; font-size: 10pt; }
table.gantt th.month { text-align: center; padding: 1mm 0; }
table.gantt td.month, table.gantt td.bar { padding: 0; text-align: center; font-size: 8pt; vertical-align: middle; }
table.gantt td.bar.program { background: #4a4a4a; color: #fff; }
table.gantt td.bar.activity { background: #a9a9a9; }
table.matrix td.center { vertical-align: middle; }
svg.mark { vertical-align: -1px; }
.closing { break-inside: avoid; margin-top: 8mm; }
.place-date { text-align: right; }
.approvals { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: stretch; row-gap: 8mm; margin-top: 4mm; }
/* Blocks of one row share a height and the signature space takes the slack, so the names line up. */
.approval { width: 46%; text-align: center; break-inside: avoid; display: flex; flex-direction: column; }
.signature-space { flex: 1 0 22mm; }
.approval-nip { min-height: 1.35em; }
.approval-name { font-weight: 700; text-decoration: underline; }
main.profile { font-size: 9pt; max-height: ${height - m.top - m.bottom - 2}mm; overflow: hidden; }
main.profile h1 { font-size: 15pt; margin-bottom: 1mm; }
main.profile h2 { font-size: 10.5pt; margin: 3mm 0 1.5mm; }
.figures { display: flex; gap: 3mm; margin: 3mm 0; }
.figure { flex: 1; border: 0.6pt solid #555; padding: 2mm; text-align: center; }
.figure-value { font-size: 12pt; font-weight: 700; overflow-wrap: anywhere; }
.figure-label { font-size: 8pt; color: #333; }
.columns { display: flex; gap: 6mm; }
.columns > div { flex: 1; min-width: 0; }
.clip, .clip-1, .clip-2, .vision-short { display: -webkit-box; -webkit-box-orient: vertical; overflow: hidden; }
.clip { -webkit-line-clamp: 2; }
.line { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.line bdi { white-space: nowrap; }
.clip-1 { -webkit-line-clamp: 1; }
.clip-2 { -webkit-line-clamp: 2; }
.vision-short { -webkit-line-clamp: 6; font-style: italic; }
ul.dense-list li { margin-bottom: 0.6mm; }
@media screen {
  html { background: #8a8a8a; }
  body { box-sizing: border-box; width: ${width}mm; min-height: ${height}mm; margin: 8mm auto; padding: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
    background: #fff; box-shadow: 0 1mm 4mm rgba(0, 0, 0, 0.35); }
  section.break, .contents { margin: ${m.bottom}mm -${m.right}mm 0 -${m.left}mm; padding: ${m.top}mm ${m.right}mm 0 ${m.left}mm; border-top: 8mm solid #8a8a8a; }
  main { max-width: ${textWidth}mm; }
}
`;
}
