import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/services/createServices';
import { buildPrintModel, type PrintModel } from '../../../electron/services/plan/print/printModel';
import { planSections, sectionTitle } from '../../../electron/services/plan/print/printSections';
import { closeSharedChromiumPrinter } from '../../../electron/services/plan/print/printWithChromium';
import { printWords } from '../../../electron/services/plan/print/printWords';
import type { Services } from '../../../electron/services/createServices';
import { formatRupiah } from '../../../shared/domain/clusters/formatRupiah';
import { officialMarginsMm } from '../../../shared/domain/plan/codes';
import { makeServices, tempDir } from '../helpers';
import { BIDI_NAME, LONG_WORD, SCRIPT_TEXT, type TestPlan, UNDRAWABLE_TEXT, workspaceWithPlan } from './pdfFixtures';
import { pdfFile, pdfFlatText, pdfFonts, pdfInfo, pdfText, pdfWords } from './pdfTools';

/*
 * The forum plan as Chromium prints it, read back with poppler: its sections and closing in both
 * languages, its paper, every amount equal to the workspace's, and the bad input a facilitator may
 * type printed as text, inside the page, undisguised.
 */

let dir: string;
let services: Services;
let plan: TestPlan;
const printed: Partial<Record<'id' | 'en', { file: string; model: PrintModel }>> = {};

/** Chromium starts and prints two documents: seconds on a quiet machine, far more on a busy CI runner. */
const PRINTING_MS = 120_000;

const ptOfMm = (mm: number) => (mm / 25.4) * 72;

async function exportPdf(lang: 'id' | 'en', paper: 'a4' | 'f4', what: 'plan' | 'profile' = 'plan'): Promise<string> {
  const exported = await invoke(services, 'plan.export', { clusterId: plan.clusterId, lang, paper, what, format: 'pdf' });
  expect(exported.mime).toBe('application/pdf');
  return pdfFile(Buffer.from(exported.base64, 'base64'), fs.mkdtempSync(path.join(dir, `${lang}-${paper}-${what}-`)));
}

beforeAll(async () => {
  dir = tempDir('sentra-pdf-plan-');
  services = makeServices(dir);
  plan = await workspaceWithPlan(services, dir);
  const reader = services.registry.current('local').reader;
  printed.id = { file: await exportPdf('id', 'a4'), model: buildPrintModel(reader, plan.clusterId, 'id') };
  printed.en = { file: await exportPdf('en', 'f4'), model: buildPrintModel(reader, plan.clusterId, 'en') };
}, PRINTING_MS);

afterAll(async () => {
  await closeSharedChromiumPrinter();
  await services.shutdown();
  fs.rmSync(dir, { recursive: true, force: true });
});

const doc = (lang: 'id' | 'en') => printed[lang]!;

describe.each(['id', 'en'] as const)('the forum plan in %s', (lang) => {
  it('holds the cover, every section with its number, and the place-and-date line with the approvals', () => {
    const { file, model } = doc(lang);
    const text = pdfFlatText(file);
    const { t } = printWords(lang);
    expect(text).toContain('Rencana Aksi Sentra Genteng Uji');
    expect(text).toContain('Ani Wulandari');
    const present = planSections(model).filter((s) => s.present);
    expect(present.map((s) => s.key)).toEqual(['profile', 'map', 'swot', 'vision', 'medium', 'programs', 'actionMatrix', 'pdm', 'gantt', 'budget']);
    for (const s of present) expect(text).toContain(`${s.number}. ${sectionTitle(t, s.key, model)}`);
    expect(text).toContain(t('planPrint.closingHeading'));
    expect(text).toContain('Kebumen, 28 November 2026');
    for (const word of ['Budi Santoso', 'Siti Aminah', '197001011995031001']) expect(text).toContain(word);
    expect(pdfInfo(file).pages).toBeGreaterThanOrEqual(6);
  });

  it('prints every amount as the workspace holds it, the total also in words', () => {
    const { file, model } = doc(lang);
    const text = pdfFlatText(file);
    const { budget } = model.rows;
    expect(budget.total).toBe(12_500_000 + 1_250_000 + 3_750_000 + 48_000_000 + 7_300_000 + 350_000_000);
    const money = (n: number) => formatRupiah(n, model.locale);
    expect(money(budget.total)).toBe(lang === 'id' ? 'Rp 422.800.000' : 'Rp 422,800,000');
    const expected = [budget.total, ...budget.bySource.map((s) => s.amount), ...budget.byProgram.map((p) => p.amount), ...budget.byArea.map((a) => a.amount)];
    for (const amount of expected) expect(text).toContain(money(amount));
    // and the other way round: no amount in the document that the workspace does not hold (the
    // profile's production value is the cluster's own figure)
    const lines = model.plan.programs.flatMap((p) => p.budget.map((b) => b.amount));
    const activitySums = model.rows.actionMatrix.map((r) => r.budget);
    const known = new Set([
      ...expected,
      ...lines,
      ...activitySums,
      ...model.rows.actionMatrix.flatMap((r) => r.sources.map((s) => s.amount)),
      ...Object.values(budget.cells).flatMap((c) => Object.values(c)),
      model.cluster.productionValue,
    ]);
    const separator = lang === 'id' ? /\./g : /,/g;
    const found = [...text.matchAll(/Rp\s?(\d{1,3}(?:[.,]\d{3})*)/g)].map((m) => Number(m[1]!.replace(separator, '')));
    expect(found.length).toBeGreaterThan(expected.length);
    expect(found.filter((n) => !known.has(n))).toEqual([]);
    expect(text.toLowerCase()).toContain(model.totalInWords.toLowerCase());
  });

  it('prints typed markup and script as the very characters typed, and shows bidi controls as markers', () => {
    const { file } = doc(lang);
    const text = pdfText(file);
    expect(text.replace(/\s+/g, '')).toContain(SCRIPT_TEXT);
    expect(text).toContain('[U+202E]');
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(BIDI_NAME).toContain('\u202E');
  });

  it('embeds the bundled Noto Sans only, and shows what it cannot draw (emoji, Chinese) as markers', () => {
    const { file } = doc(lang);
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    // "[none]" is the map's labels: Skia draws haloed (stroked) text as Type 3 outlines of the same Noto Sans
    expect(fonts.filter((f) => !/^[A-Z]{6}\+NotoSans-/.test(f) && f !== '[none]')).toEqual([]);
    // markers may wrap in a narrow cell
    expect(pdfText(file).replace(/\s+/g, '')).toContain('mantap[U+1F600][U+9676][U+5668]');
    expect(pdfText(file)).not.toMatch(/[😀陶器]/u);
    expect(UNDRAWABLE_TEXT).toContain('😀');
  });

  it('wraps a 300-character word inside the page: no word of the body beyond the margins', () => {
    const { file } = doc(lang);
    expect(pdfText(file).replace(/\s+/g, '')).toContain(LONG_WORD);
    const words = pdfWords(file);
    const body = words.filter((w) => w.yMin >= ptOfMm(officialMarginsMm.top) - 1 && w.yMax <= w.pageHeight - ptOfMm(officialMarginsMm.bottom) + 1);
    expect(body.length).toBeGreaterThan(500);
    const outside = body.filter((w) => w.xMin < ptOfMm(officialMarginsMm.left) - 1 || w.xMax > w.pageWidth - ptOfMm(officialMarginsMm.right) + 1);
    expect(outside.map((w) => `p${w.page} ${w.text} ${w.xMin.toFixed(0)}–${w.xMax.toFixed(0)}`)).toEqual([]);
  });
});

describe('paper', () => {
  it(
    'is A4 unless asked, F4 (215 × 330 mm) when asked',
    async () => {
      const a4 = pdfInfo(doc('id').file);
      const f4 = pdfInfo(doc('en').file);
      expect([Math.round(a4.widthMm), Math.round(a4.heightMm)]).toEqual([210, 297]);
      expect([Math.round(f4.widthMm), Math.round(f4.heightMm)]).toEqual([215, 330]);
      // tagged for screen readers, with the headings as bookmarks
      expect(a4.tagged).toBe(true);
      expect(fs.readFileSync(doc('id').file).includes('/Outlines')).toBe(true);
      // the profile is one page to hand out, on either paper
      const profile = pdfInfo(await exportPdf('id', 'f4', 'profile'));
      expect([profile.pages, Math.round(profile.widthMm)]).toEqual([1, 215]);
    },
    PRINTING_MS,
  );
});
