import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke, type Services } from '../../../electron/services/createServices';
import { runningHeader } from '../../../electron/services/plan/print/document/documentTitle';
import { buildPrintModel } from '../../../electron/services/plan/print/printModel';
import { planSections, sectionTitle } from '../../../electron/services/plan/print/printSections';
import { closeSharedChromiumPrinter } from '../../../electron/services/plan/print/printWithChromium';
import { printWords } from '../../../electron/services/plan/print/printWords';
import { formatRupiah } from '../../../shared/domain/clusters/formatRupiah';
import { makeServices, tempDir } from '../helpers';
import { pdfFile, pdfFlatText, pdfInfo, pdfPageImages, pdfText } from './pdfTools';

/*
 * The demo's Kebumen roof-tile plan printed as the forum receives it, in both languages: at least
 * six pages with every section, amounts equal to the workspace's, and page images kept under
 * test-results/plan-pages/ for a person to look at.
 */

const KEBUMEN = 'demo-kebumen';
const IMAGES = path.resolve('test-results', 'plan-pages');

let dir: string;
let services: Services;

beforeAll(async () => {
  dir = tempDir('sentra-pdf-demo-');
  services = makeServices(dir);
  const json = fs.readFileSync(path.resolve('resources', 'demo', 'demo-workspace.json'), 'utf8');
  await invoke(services, 'workspace.importJson', { json, path: path.join(dir, 'demo.sentra') });
}, 60_000);

afterAll(async () => {
  await closeSharedChromiumPrinter();
  await services.shutdown();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe.each(['id', 'en'] as const)('the demo plan in %s', (lang) => {
  it('prints at least six pages with every section, its amounts and the total in words; its pages are saved as images', async () => {
    const exported = await invoke(services, 'plan.export', { clusterId: KEBUMEN, lang, paper: 'a4', what: 'plan', format: 'pdf' });
    const file = pdfFile(Buffer.from(exported.base64, 'base64'), fs.mkdtempSync(path.join(dir, `${lang}-`)));
    const model = buildPrintModel(services.registry.current('local').reader, KEBUMEN, lang);
    const info = pdfInfo(file);
    expect(info.pages).toBeGreaterThanOrEqual(6);
    const text = pdfFlatText(file);
    const { t } = printWords(lang);
    const sections = planSections(model);
    // the demo fills in every part of the forum document
    expect(sections.filter((s) => !s.present).map((s) => s.key)).toEqual([]);
    for (const s of sections) expect(text).toContain(`${s.number}. ${sectionTitle(t, s.key, model)}`);
    const { budget } = model.rows;
    expect(budget.total).toBeGreaterThan(0);
    for (const amount of [budget.total, ...budget.bySource.map((s) => s.amount), ...budget.byProgram.map((p) => p.amount)])
      expect(text).toContain(formatRupiah(amount, model.locale));
    expect(text.toLowerCase()).toContain(model.totalInWords.toLowerCase());
    // the cover stands alone; every later page has the running header and "page n of N"
    const pageOf = (n: number) => t('planPrint.pageOf', { page: n, pages: info.pages });
    const header = runningHeader(model, printWords(lang));
    expect(pdfText(file, 1)).not.toContain(pageOf(1));
    expect(pdfText(file, 1)).not.toContain(header);
    for (const n of [2, info.pages]) expect(pdfText(file, n).replace(/\s+/g, ' ')).toContain(pageOf(n));
    expect(pdfText(file, 2).replace(/\s+/g, ' ')).toContain(header);
    const images = pdfPageImages(file, IMAGES, lang);
    expect(images).toHaveLength(info.pages);
  }, 120_000);
});
