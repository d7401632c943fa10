import fs from 'node:fs';
import type { Page } from '@playwright/test';
import type { PlanView } from '../../shared/domain/plan/types';
import { callService } from './support/callService';
import { expect as baseExpect, screen, test, type SentraApp } from './support/fixtures';
import { closeNotifications, expectAccessibleWithoutNotifications } from './support/notifications';
import { SentraPage } from './support/pages';
import {
  PlanJourneyPage,
  amountsIn,
  docxText,
  expectAccessibleBesidePreview,
  flat,
  planFigures,
  printHeading,
  readPdf,
  rupiah,
} from './support/planJourneyPages';
import { presentationByButton, presentationByKey } from './support/selectionPages';

/*
 * Issue 9's "Done when" journeys. In Bahasa Indonesia: on the demo, Ceper's foundries (a map, no
 * plan) get a plan — the vision and a long-term target typed by keyboard, a 3-year strategy taken
 * from a TOWS strategy, a program from a JICA template serving it, its lead agency picked from the
 * map and a participant typed, two activities (one running past the plan year), two budget lines
 * typed as "2,5 juta" and "Rp 1.250.000" from two funding sources with every total following; the
 * checks flag the slipping activity and a click lands on the program; the Gantt and the budget tab;
 * a version frozen, a line changed, the change shown by the comparison; the PDF previewed, printed
 * on A4 and read back with pdftotext / pdfinfo (sections, pages, every amount and the total equal
 * to the workspace's); presentation mode; the plan still there after the app is closed and opened.
 * In English, shorter: the demo's Kebumen plan, Table 5.1 and the Matriks Rencana Aksi, the total in
 * words, the PDF on F4 read back, and the DOCX. Screenshots plan-id-NN-* and plan-en-NN-*.
 */

// Each step commits and reloads the plan; on a busy build machine that takes seconds.
const expect = baseExpect.configure({ timeout: 20_000 });

const CEPER = { id: 'demo-ceper-klaten', name: 'Sentra Pengecoran Logam Ceper' };
const KEBUMEN = { id: 'demo-kebumen', name: 'Sentra Genteng Kebumen' };
const DINAS = 'Dinas Perindustrian dan Tenaga Kerja Kabupaten Klaten';
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const VISION = 'Sentra pengecoran logam Ceper menjadi pemasok komponen cor yang presisi bagi industri mesin dan otomotif.';
const TARGET = { text: 'IKM membaca gambar kerja sendiri', target: '30 IKM memakai gambar kerja' };
const SWOT = {
  strength: 'Polman Ceper mendidik juru gambar teknik di sentra',
  opportunity: 'Pesanan komponen presisi dari industri mesin',
  tows: 'Latih IKM membaca gambar kerja bersama Polman Ceper agar bisa menerima pesanan presisi',
};
const PARTICIPANT = 'Pak Harjono (guru SMK Ceper)';
const ACTIVITIES = {
  inYear: { name: 'Kunjungan juru gambar Polman ke IKM', from: 3, to: 5 },
  slipping: { name: 'Pameran karya gambar teknik siswa', from: 11, to: 2 },
};
const LINES = [
  { item: 'Honor instruktur gambar teknik', typed: '2,5 juta', amount: 2_500_000, source: 'APBD kabupaten', sourceId: 'fs-apbdKabupaten' },
  { item: 'Kertas dan alat gambar', typed: 'Rp 1.250.000', amount: 1_250_000, source: 'Swadaya IKM', sourceId: 'fs-swadaya' },
];
const VERSION = 'Diajukan ke forum sentra Januari';

/** Ceper has no SWOT yet: a strength, an opportunity and the S-O strategy they give, as the SWOT board would store them. */
async function ceperTows(page: Page): Promise<string> {
  let board = await callService(page, 'swot.items.create', {
    clusterId: CEPER.id,
    fields: { quadrant: 'strength', text: SWOT.strength, determinant: 'factor', evidence: '' },
  });
  board = await callService(page, 'swot.items.create', {
    clusterId: CEPER.id,
    fields: { quadrant: 'opportunity', text: SWOT.opportunity, determinant: 'demand', evidence: '' },
  });
  board = await callService(page, 'swot.strategies.create', {
    clusterId: CEPER.id,
    fields: { kind: 'SO', text: SWOT.tows, itemIds: board.items.map((i) => i.id) },
  });
  return board.strategies.at(-1)!.id;
}

/** The list of plans, Ceper's plan opened; the vision and one long-term target typed by keyboard. */
async function vision(plan: PlanJourneyPage): Promise<number> {
  const { page } = plan;
  await plan.openIndex();
  await expect(page.getByTestId(`plan-index-${CEPER.id}`)).toContainText('Belum ada rencana');
  await screen(page, 'plan-id-01-index');
  await expectAccessibleWithoutNotifications(page, 'plans list (id)');
  await plan.open(CEPER.name);
  await expect(page.getByTestId('plan-new')).toBeVisible();
  const year = Number(await page.getByTestId('plan-header.year').inputValue());

  await page.getByTestId('plan-header.vision').focus();
  await page.keyboard.type(VISION);
  await page.getByTestId('plan-header.targets.add').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('plan-header.targets.0.text').focus();
  await page.keyboard.type(TARGET.text);
  // The determinant: the arrow keys walk its list.
  await page.keyboard.press('Tab');
  await plan.chooseByKeys(page.getByTestId('plan-header.targets.0.area'), 'Kondisi faktor');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('plan-header.targets.0.target')).toBeFocused();
  await page.keyboard.type(TARGET.target);
  await plan.waitSaved();
  await expect(page.getByTestId('plan-new')).toBeHidden();
  await screen(page, 'plan-id-02-vision');
  await expectAccessibleWithoutNotifications(page, 'vision (id)');
  const stored = await callService(page, 'plan.get', { clusterId: CEPER.id });
  expect(stored.header.vision).toBe(VISION);
  expect(stored.header.targets).toMatchObject([{ text: TARGET.text, area: 'factor', target: TARGET.target }]);
  return year;
}

/** The 3-year plan: a strategy taken from the TOWS strategy, its words copied and its code shown. */
async function strategy(plan: PlanJourneyPage, towsId: string): Promise<void> {
  const { page } = plan;
  await plan.tab('medium');
  await page.getByTestId('plan-strategies.add').click();
  await plan.chooseLike(page.getByTestId('plan-new-strategy.tows'), /^SO1 — /);
  await expect(page.getByTestId('plan-new-strategy.text')).toHaveValue(SWOT.tows);
  await screen(page, 'plan-id-03-strategy-from-tows');
  await expectAccessibleWithoutNotifications(page, 'new strategy from TOWS (id)');
  await page.getByTestId('plan-new-strategy.save').click();
  const card = page.getByTestId('plan-strategy');
  await expect(card).toHaveCount(1);
  await expect(card.locator('[data-testid$=".tows"]')).toHaveText('Dari TOWS SO1');
  await screen(page, 'plan-id-04-medium');
  await expectAccessibleWithoutNotifications(page, '3-year plan (id)');
  const stored = await callService(page, 'plan.get', { clusterId: CEPER.id });
  expect(stored.strategies).toMatchObject([{ text: SWOT.tows, towsStrategyId: towsId }]);
}

/** A program from JICA's template no. 11, serving the strategy; WHO from the map and typed; WHAT; the budget typed two ways. */
async function program(plan: PlanJourneyPage, year: number): Promise<string> {
  const { page } = plan;
  await plan.tab('programs');
  await plan.addFromTemplate('technicalDrawing');
  await expect(plan.field('name')).toHaveValue('Pelajaran gambar teknik di SMA');
  await expect(plan.field('template')).toBeVisible();
  const templateActivities = await plan.field('activities').getByTestId('plan-program.activities.row').count();
  expect(templateActivities).toBeGreaterThan(0);
  await plan.chooseLike(plan.field('strategy'), /^Strategi 1: Latih IKM membaca gambar kerja/);

  // WHO: the lead agency from the map (typed in part), a participant who is on no map.
  await plan.leadFromMap('Dinas Perin', DINAS);
  const participants = plan.field('participants').getByTestId('plan-program.participants.row');
  const p = await participants.count();
  await plan.field('participants.add').click();
  await plan.field(`participants.${p}.name`).fill(PARTICIPANT);
  await expect(plan.field(`participants.${p}.name.mark`)).toHaveAttribute('data-mark', 'typed');

  // WHAT: two activities, the second from November into February of the next year.
  const a = ACTIVITIES.inYear;
  await plan.addActivity(a.name, `${MONTHS[a.from - 1]} ${year}`, `${MONTHS[a.to - 1]} ${year}`);
  const s = ACTIVITIES.slipping;
  await plan.addActivity(s.name, `${MONTHS[s.from - 1]} ${year}`, `${MONTHS[s.to - 1]} ${year + 1}`);
  await plan.waitSaved();

  // The budget: "2,5 juta" and "Rp 1.250.000" from two sources; the editor, the list and its total follow each keystroke.
  await plan.addBudgetLine(LINES[0]!.item, LINES[0]!.typed, LINES[0]!.source);
  await expect(plan.field('budgetTotal')).toHaveText(rupiah(2_500_000));
  await expect(page.getByTestId('plan-programs-total')).toHaveText(rupiah(2_500_000));
  await plan.addBudgetLine(LINES[1]!.item, LINES[1]!.typed, LINES[1]!.source);
  await expect(plan.field('budgetTotal')).toHaveText(rupiah(3_750_000));
  await expect(page.getByTestId('plan-program-total-0')).toHaveText(rupiah(3_750_000));
  await expect(page.getByTestId('plan-programs-total')).toHaveText(rupiah(3_750_000));
  await expect(plan.field('budgetTotals')).toContainText(LINES[0]!.source);
  await expect(plan.field('budgetTotals')).toContainText(LINES[1]!.source);
  await plan.waitSaved();
  await closeNotifications(page);
  await plan.field('section.who').scrollIntoViewIfNeeded();
  await screen(page, 'plan-id-05-program-who');
  await plan.field('section.budget').scrollIntoViewIfNeeded();
  await screen(page, 'plan-id-06-program-budget');
  await expectAccessibleWithoutNotifications(page, 'program editor (id)');

  const stored = await callService(page, 'plan.get', { clusterId: CEPER.id });
  const saved = stored.programs[0]!;
  expect(saved).toMatchObject({ leadActorId: 'demo-act-cpr-dinas', strategyId: stored.strategies[0]!.id, templateKey: 'technicalDrawing' });
  expect(saved.participants.find((x) => x.name === PARTICIPANT)).toMatchObject({ actorId: null });
  expect(saved.activities.slice(-2)).toMatchObject([
    { name: a.name, start: `${year}-03`, end: `${year}-05` },
    { name: s.name, start: `${year}-11`, end: `${year + 1}-02` },
  ]);
  expect(saved.budget.map((l) => [l.amount, l.sourceId])).toEqual(LINES.map((l) => [l.amount, l.sourceId]));
  return saved.id;
}

/** The checks: the slipping activity is flagged; its warning, clicked, opens the program at its activities. */
async function checks(plan: PlanJourneyPage, programId: string): Promise<void> {
  const { page } = plan;
  await plan.field('close').click();
  await expect(plan.editor).toBeHidden();
  await expect(page.getByTestId('plan-checks-badge')).toBeVisible();
  await plan.tab('checks');
  const slipping = plan.check('activityOutsideYear', ACTIVITIES.slipping.name);
  await expect(slipping).toHaveCount(1);
  // The program has a lead, activities and a budget: none of those warnings is about it.
  for (const code of ['noLead', 'noActivities', 'noBudget']) await expect(plan.check(code, 'Pelajaran gambar teknik')).toHaveCount(0);
  await screen(page, 'plan-id-07-checks');
  await expectAccessibleWithoutNotifications(page, 'checks (id)');
  await slipping.click();
  await expect(page.getByTestId('plan-tab-programs')).toHaveAttribute('aria-selected', 'true');
  await expect(plan.editor).toHaveAttribute('data-program', programId);
  await expect(plan.field('section.what')).toBeInViewport();
  await screen(page, 'plan-id-08-check-opened-program');
}

/** The Gantt (the slipping bar clipped at December) and the budget tab's totals, equal to the workspace's. */
async function views(plan: PlanJourneyPage, view: PlanView): Promise<void> {
  const { page } = plan;
  const figures = planFigures(view);
  await plan.tab('gantt');
  const clipped = page.getByTestId('plan-gantt-chart').locator('.plan-gantt__row--activity', { hasText: ACTIVITIES.slipping.name });
  await expect(clipped).toHaveAttribute('data-from', '11');
  await expect(clipped).toHaveAttribute('data-to', '12');
  await expect(clipped.locator('.plan-gantt__bar')).toHaveAttribute('data-after', 'true');
  await expect(page.getByTestId('plan-gantt-chart').locator('.plan-gantt__row--activity', { hasText: ACTIVITIES.inYear.name })).toHaveAttribute(
    'data-from',
    String(ACTIVITIES.inYear.from),
  );
  await screen(page, 'plan-id-09-gantt');
  await expectAccessibleWithoutNotifications(page, 'Gantt (id)');

  await plan.tab('budget');
  await expect(page.getByTestId('plan-budget-total')).toHaveText(rupiah(figures.total));
  for (const l of LINES) await expect(page.getByTestId(`plan-budget-by-source-${l.sourceId}-amount`)).toHaveText(rupiah(l.amount));
  await expect(page.getByTestId('plan-budget-cross-total')).toHaveText(rupiah(figures.total));
  await expect(page.getByTestId('plan-budget-words')).toContainText('tiga juta tujuh ratus lima puluh ribu rupiah');
  await screen(page, 'plan-id-10-budget');
  await expectAccessibleWithoutNotifications(page, 'budget (id)');
}

/** A version frozen for the forum; the draft's first line raised to 3 juta in the editor; the comparison shows it. */
async function versions(plan: PlanJourneyPage, view: PlanView): Promise<void> {
  const { page } = plan;
  await plan.freeze(VERSION, view.versions.length);
  await closeNotifications(page);
  await plan.tab('programs');
  await page.getByTestId('plan-program-open-0').click();
  await plan.field('budget.0.amount').fill('3 juta');
  await expect(plan.field('budgetTotal')).toHaveText(rupiah(4_250_000));
  await plan.waitSaved();
  await plan.tab('budget');
  await expect(page.getByTestId('plan-budget-total')).toHaveText(rupiah(4_250_000));

  const compare = await plan.compareWith(VERSION, /Bandingkan/);
  await expect(compare.getByTestId('plan-compare-total')).toHaveText(`Total anggaran: ${rupiah(3_750_000)} → ${rupiah(4_250_000)} (+${rupiah(500_000)})`);
  await expect(compare.getByTestId(`plan-compare-program-${view.programs[0]!.id}`)).toContainText('Pelajaran gambar teknik di SMA');
  await screen(page, 'plan-id-11-compare');
  await expectAccessibleWithoutNotifications(page, 'compare (id)');
  await page.keyboard.press('Escape');
  await expect(compare).toBeHidden();
  await closeNotifications(page);
}

/** The forum PDF on A4, previewed, printed and read back; every amount and the total equal the workspace's and the budget tab's. */
async function exportPdf(plan: PlanJourneyPage, year: number): Promise<void> {
  const { page } = plan;
  const view = await callService(page, 'plan.get', { clusterId: CEPER.id });
  const figures = planFigures(view);
  expect(figures.total).toBe(4_250_000);
  await plan.tab('budget');
  const shown = (await page.getByTestId('plan-budget-total').textContent()) ?? '';
  // Every amount the budget tab shows (by source, by program, by determinant, the cross table), as the room saw them.
  const tab = amountsIn(await page.getByTestId('plan-view-budget').innerText(), 'id');
  expect(tab).toContain(figures.total);

  const dialog = await plan.openExport();
  await expect(dialog.getByTestId('plan-export-paper').getByRole('radio', { name: /A4/ })).toBeChecked();
  await expect(dialog.getByTestId('plan-export-lang').getByRole('radio', { name: 'Bahasa Indonesia' })).toBeChecked();
  await expect(plan.preview.locator('body')).toContainText(CEPER.name, { timeout: 60_000 });
  await expect(plan.preview.locator('body')).toContainText(VISION);
  await screen(page, 'plan-id-12-export-preview');
  await closeNotifications(page);
  await expectAccessibleBesidePreview(page, 'export dialog (id)');
  const file = await plan.saveExport();
  expect(file).toMatch(/\.pdf$/);
  await closeNotifications(page);

  const pdf = readPdf(file);
  test.info().annotations.push({ type: 'PDF (id, A4)', description: `${pdf.pageCount} pages, ${pdf.pageSize.width} × ${pdf.pageSize.height} pt` });
  // A4 is 210 × 297 mm, 595.3 × 841.9 pt (Chromium rounds the page to whole CSS pixels: within a point).
  expect(Math.abs(pdf.pageSize.width - 595.3)).toBeLessThan(1);
  expect(Math.abs(pdf.pageSize.height - 841.9)).toBeLessThan(1);
  expect(pdf.pageCount).toBeGreaterThanOrEqual(3);
  const text = flat(pdf.text);
  for (const key of ['contents', 'profile', 'map', 'swot', 'vision', 'medium', 'programs', 'actionMatrix', 'pdm', 'gantt', 'budget'])
    expect(text, `section "${key}"`).toContain(flat(printHeading('id', key, year)));
  for (const words of [VISION, SWOT.tows, 'Pelajaran gambar teknik di SMA', DINAS, PARTICIPANT, ACTIVITIES.slipping.name, 'Mengetahui'])
    expect(text).toContain(flat(words));

  // Every amount: each line, the program's and each source's total, the grand total — as the budget tab showed it.
  const printed = amountsIn(pdf.text, 'id');
  expect(flat(shown)).toBe(rupiah(figures.total));
  for (const n of [...figures.lines, ...figures.byProgram.values(), ...figures.bySource.values(), figures.total])
    expect(printed, `${rupiah(n)} printed`).toContain(n);
  // And nothing else: no amount in the document that the workspace does not hold.
  expect(printed.filter((n) => !figures.known.has(n))).toEqual([]);
  for (const n of tab) expect(printed, `${rupiah(n)} of the budget tab printed`).toContain(n);
  expect(text).toContain('empat juta dua ratus lima puluh ribu rupiah');
}

/** On the projector: the Gantt, then the budget. */
async function presentation(plan: PlanJourneyPage): Promise<void> {
  const { page } = plan;
  await plan.tab('gantt');
  await presentationByKey(page, true);
  await expect(page.getByTestId('plan-toolbar')).toBeHidden();
  await screen(page, 'plan-id-13-gantt-presentation');
  await expectAccessibleWithoutNotifications(page, 'Gantt in presentation (id)');
  await plan.tab('budget');
  await expect(page.getByTestId('plan-budget-total')).toHaveText(rupiah(4_250_000));
  await screen(page, 'plan-id-14-budget-presentation');
  await expectAccessibleWithoutNotifications(page, 'budget in presentation (id)');
  await presentationByButton(page, false);
}

/** Closed and opened again: the plan, its version and its budget are in the file. */
async function afterRestart(page: Page, sentra: SentraApp): Promise<void> {
  await new SentraPage(page).reopenAfterRestart(sentra);
  const plan = new PlanJourneyPage(page, test.info().outputPath());
  await plan.openIndex();
  await expect(page.getByTestId(`plan-index-${CEPER.id}`)).toContainText(rupiah(4_250_000));
  await plan.open(CEPER.name);
  await expect(page.getByTestId('plan-header.vision')).toHaveValue(VISION);
  await expect(page.getByTestId('plan-versions')).toContainText('(1)');
  await plan.tab('programs');
  await expect(page.getByTestId('plan-program-row-0')).toContainText('Pelajaran gambar teknik di SMA');
  await expect(page.getByTestId('plan-programs-total')).toHaveText(rupiah(4_250_000));
  await screen(page, 'plan-id-15-reopened');
}

test.describe('plan journeys', () => {
  test.describe.configure({ timeout: 420_000 });
  test.use({ viewport: { width: 1366, height: 768 }, actionTimeout: 20_000 });

  test('Bahasa Indonesia: a plan for Ceper from a JICA template, TOWS strategy, lead from the map, budget, checks, Gantt, versions, PDF read back, reopen', async ({
    page,
    sentra,
  }) => {
    await new SentraPage(page).openDemo(sentra.url);
    const plan = new PlanJourneyPage(page, test.info().outputPath());
    const towsId = await ceperTows(page);
    const year = await test.step('vision', () => vision(plan));
    await test.step('3-year strategy from TOWS', () => strategy(plan, towsId));
    const programId = await test.step('program from a template', () => program(plan, year));
    await test.step('checks', () => checks(plan, programId));
    await test.step('Gantt and budget', async () => views(plan, await callService(page, 'plan.get', { clusterId: CEPER.id })));
    await test.step('freeze and compare', async () => versions(plan, await callService(page, 'plan.get', { clusterId: CEPER.id })));
    await test.step('PDF export read back', () => exportPdf(plan, year));
    await test.step('presentation', () => presentation(plan));
    await test.step('after a restart', () => afterRestart(page, sentra));
  });

  test('English: the Kebumen plan, Table 5.1, Matriks Rencana Aksi, total in words, PDF on F4 read back, DOCX', async ({ page, sentra }) => {
    await new SentraPage(page).openDemo(sentra.url, 'EN');
    const view = await callService(page, 'plan.get', { clusterId: KEBUMEN.id });
    const figures = planFigures(view);
    expect(view.programs.length, 'the demo holds the Kebumen plan').toBeGreaterThan(0);
    const plan = new PlanJourneyPage(page, test.info().outputPath());
    await plan.openIndex();
    await expect(page.getByTestId(`plan-index-${KEBUMEN.id}`)).toContainText(rupiah(figures.total, 'en'));
    await plan.open(KEBUMEN.name);

    await plan.tab('table51');
    await expect(page.getByTestId('plan-view-table51').locator('tbody tr')).toHaveCount(view.programs.length);
    await expect(page.getByTestId('plan-table51-total')).toHaveText(rupiah(figures.total, 'en'));
    await screen(page, 'plan-en-01-table51');
    await expectAccessibleWithoutNotifications(page, 'Table 5.1 (en)');

    await plan.tab('actionMatrix');
    await expect(page.getByTestId('plan-view-actionMatrix').locator('thead')).toContainText('Responsible regional agency');
    await expect(page.getByTestId('plan-action-total')).toHaveText(rupiah(figures.total, 'en'));
    await screen(page, 'plan-en-02-action-matrix');
    await expectAccessibleWithoutNotifications(page, 'action plan matrix (en)');

    await plan.tab('budget');
    await expect(page.getByTestId('plan-budget-total')).toHaveText(rupiah(figures.total, 'en'));
    const words = ((await page.getByTestId('plan-budget-words').textContent()) ?? '').trim();
    const tab = amountsIn(await page.getByTestId('plan-view-budget').innerText(), 'en');
    expect(tab).toContain(figures.total);
    expect(words).toMatch(/rupiah/i);
    await screen(page, 'plan-en-03-budget');
    await expectAccessibleWithoutNotifications(page, 'budget (en)');

    // The forum PDF in English on F4 (215 × 330 mm = 609.4 × 935.4 pt).
    const dialog = await plan.openExport({ paper: /^F4/ });
    await expect(dialog.getByTestId('plan-export-lang').getByRole('radio', { name: 'English' })).toBeChecked();
    await expect(plan.preview.locator('html')).toHaveAttribute('lang', 'en', { timeout: 60_000 });
    await screen(page, 'plan-en-04-export-f4');
    await closeNotifications(page);
    await expectAccessibleBesidePreview(page, 'export dialog (en)');
    const file = await plan.saveExport();
    await closeNotifications(page);
    const pdf = readPdf(file);
    test.info().annotations.push({ type: 'PDF (en, F4)', description: `${pdf.pageCount} pages, ${pdf.pageSize.width} × ${pdf.pageSize.height} pt` });
    expect(Math.abs(pdf.pageSize.width - 609.4)).toBeLessThan(1);
    expect(Math.abs(pdf.pageSize.height - 935.4)).toBeLessThan(1);
    expect(pdf.pageCount).toBeGreaterThanOrEqual(6);
    const text = flat(pdf.text);
    for (const key of ['contents', 'profile', 'map', 'swot', 'vision', 'medium', 'programs', 'actionMatrix', 'pdm', 'gantt', 'budget', 'matrix'])
      expect(text, `section "${key}"`).toContain(flat(printHeading('en', key, view.header.year)));
    expect(text).toContain(flat(words));
    const printed = amountsIn(pdf.text, 'en');
    for (const n of [...figures.byProgram.values(), ...figures.bySource.values(), figures.total]) expect(printed, `${rupiah(n, 'en')} printed`).toContain(n);
    for (const n of figures.lines) expect(printed, `line ${rupiah(n, 'en')} printed`).toContain(n);
    expect(printed.filter((n) => !figures.known.has(n))).toEqual([]);
    for (const n of tab) expect(printed, `${rupiah(n, 'en')} of the budget tab printed`).toContain(n);

    // The same plan as an editable DOCX (a zip: "PK").
    await plan.openExport({ format: 'Word (DOCX)' });
    const docx = await plan.saveExport();
    expect(docx).toMatch(/\.docx$/);
    expect(fs.readFileSync(docx).subarray(0, 2).toString('latin1')).toBe('PK');
    const body = docxText(docx);
    for (const key of ['contents', 'actionMatrix', 'budget']) expect(body, `DOCX section "${key}"`).toContain(flat(printHeading('en', key)));
    expect(body).toContain(rupiah(figures.total, 'en'));
    await screen(page, 'plan-en-05-after-docx');
  });
});
