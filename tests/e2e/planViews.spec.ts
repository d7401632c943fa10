import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { emptyProgram } from '../../shared/domain/plan/defaults';
import type { ProgramInput } from '../../shared/domain/plan/schemas';
import type { PlanView, Program } from '../../shared/domain/plan/types';
import { expectAccessible } from './support/axe';
import { callService } from './support/callService';
import { expect as baseExpect, screen, test } from './support/fixtures';
import { closeNotifications } from './support/notifications';
import { type Language, SentraPage } from './support/pages';
import { expectAccessibleBesidePreview, planFigures, rupiah } from './support/planJourneyPages';

/*
 * The plan's views (issue 9) on the demo's Kebumen roof-tile plan: every tab shows the totals the
 * workspace holds, a check opens the program it is about, a frozen version compared with an edited
 * draft shows the change, the export dialog previews the cover and saves a PDF. Presentation mode
 * and English screenshots, axe on every tab. Screenshots: test-results/screens/plan-views-*.png.
 */

// Each step reloads the plan; on a busy build machine that can take seconds.
const expect = baseExpect.configure({ timeout: 20_000 });

const CLUSTER = 'demo-kebumen';
const CHECK_PROGRAM = 'Uji pemeriksaan: program tanpa pemrakarsa';

/** A program of the view as the save call takes it back. */
function toInput(p: Program): ProgramInput {
  const { lead: _lead, links, participants, ...rest } = p;
  return {
    ...rest,
    links: links.map((l) => ({ kind: l.kind, targetId: l.targetId })),
    participants: participants.map((x) => ({ id: x.id, actorId: x.actorId, name: x.name })),
  };
}

/** A program the checks must flag: no lead, no budget, an activity running past the plan year. */
function programToCheck(year: number): ProgramInput {
  return emptyProgram('e2e-check-program', CHECK_PROGRAM, {
    activities: [{ id: 'e2e-check-activity', name: 'Pameran akhir tahun', start: `${year}-11`, end: `${year + 1}-02`, output: '' }],
  });
}

/** The plan page opened afresh (a round trip through the plans' list remounts it, so it reads the plan again). */
async function openPlan(page: Page): Promise<void> {
  const app = new SentraPage(page);
  await app.goToRoute('#/plan');
  await app.goToRoute(`#/plan/${encodeURIComponent(CLUSTER)}`);
  await expect(page.getByTestId('plan-page')).toBeVisible();
}

async function tab(page: Page, key: string): Promise<void> {
  await page.getByTestId(`plan-tab-${key}`).click();
  await expect(page.getByTestId(`plan-tab-${key}`)).toHaveAttribute('aria-selected', 'true');
}

/** The demo opened in a fresh browser-mode app, in Bahasa Indonesia unless told; answers its Kebumen plan. */
async function openDemo(page: Page, url: string, lang: Language = 'ID'): Promise<PlanView> {
  await new SentraPage(page).openDemo(url, lang);
  return callService(page, 'plan.get', { clusterId: CLUSTER });
}

test('plan views in Bahasa Indonesia: totals on every tab, a check opens its program, presentation mode', async ({ page, sentra }) => {
  test.setTimeout(300_000);
  const app = new SentraPage(page);
  // The demo plans 2027: a day in its March lets the Gantt mark this month.
  await page.clock.setFixedTime(new Date('2027-03-15T09:00:00'));
  let view = await openDemo(page, sentra.url);
  expect(view.programs.length, 'the demo holds the Kebumen plan').toBeGreaterThan(0);
  view = await callService(page, 'plan.programs.save', { clusterId: CLUSTER, program: programToCheck(view.header.year) });
  const before = planFigures(view);
  const activities = view.programs.reduce((n, p) => n + p.activities.length, 0);
  await openPlan(page);

  // WHY / WHO / WHAT: one row per program, the total equal to the workspace's.
  await tab(page, 'table51');
  await expect(page.getByTestId('plan-view-table51').locator('tbody tr')).toHaveCount(view.programs.length);
  await expect(page.getByTestId('plan-table51-total')).toHaveText(rupiah(before.total));
  await screen(page, 'plan-views-01-why-who-what-id');
  await expectAccessible(page, 'WHY / WHO / WHAT');

  // Matriks Rencana Aksi: a row per program and per activity, the pagu indikatif summed.
  await tab(page, 'actionMatrix');
  await expect(page.getByTestId('plan-view-actionMatrix').locator('tbody tr')).toHaveCount(view.programs.length + activities);
  await expect(page.getByTestId('plan-action-total')).toHaveText(rupiah(before.total));
  await expect(page.getByTestId('plan-view-actionMatrix').locator('thead')).toContainText('Perangkat daerah penanggung jawab');
  await screen(page, 'plan-views-02-action-matrix-id');
  await expectAccessible(page, 'Matriks Rencana Aksi');

  // PDM: goal, purpose, an output per program; then the plan of operation.
  await tab(page, 'pdm');
  await expect(page.getByTestId('plan-pdm-row-goal')).toHaveCount(1);
  await expect(page.getByTestId('plan-pdm-row-purpose')).toHaveCount(1);
  await expect(page.getByTestId('plan-pdm-row-output')).toHaveCount(view.programs.length);
  await expect(page.getByTestId('plan-view-operation').locator('tbody tr')).toHaveCount(activities);
  await screen(page, 'plan-views-03-pdm-id');
  await expectAccessible(page, 'PDM');

  // Gantt: a summary row per program and a bar per activity; the one running past December is clipped.
  await tab(page, 'gantt');
  await expect(page.getByTestId('plan-gantt-chart').locator('.plan-gantt__row:not(.plan-gantt__row--head)')).toHaveCount(view.programs.length + activities);
  const clipped = page.getByTestId('plan-gantt-chart').locator('.plan-gantt__row--activity', { hasText: 'Pameran akhir tahun' });
  await expect(clipped).toHaveAttribute('data-from', '11');
  await expect(clipped).toHaveAttribute('data-to', '12');
  await expect(clipped.locator('.plan-gantt__bar')).toHaveAttribute('data-after', 'true');
  await clipped.scrollIntoViewIfNeeded();
  await screen(page, 'plan-views-04b-gantt-clipped-id');
  await expect(page.getByTestId('plan-gantt-chart').locator('.plan-gantt__month[data-today]')).toHaveText('Mar');
  await page.getByTestId('plan-gantt-as-table').click();
  await expect(page.getByTestId('plan-gantt-table')).toContainText(`berlanjut setelah ${view.header.year}`);
  await screen(page, 'plan-views-04-gantt-id');
  await expectAccessible(page, 'Gantt');

  // Budget: the total, in words, by source (each equal to the lines summed here), the cross-table.
  await tab(page, 'budget');
  await expect(page.getByTestId('plan-budget-total')).toHaveText(rupiah(before.total));
  await expect(page.getByTestId('plan-budget-words')).toContainText('rupiah');
  for (const [sourceId, amount] of before.bySource)
    if (amount > 0) await expect(page.getByTestId(`plan-budget-by-source-${sourceId}-amount`)).toHaveText(rupiah(amount));
  await expect(page.getByTestId('plan-budget-cross-total')).toHaveText(rupiah(before.total));
  await screen(page, 'plan-views-05-budget-id');
  await expectAccessible(page, 'budget');

  // The responsibility matrix of the map page, read-only, with the way to edit it.
  await tab(page, 'responsibility');
  await expect(page.getByTestId('plan-view-responsibility')).toBeVisible();
  await expect(page.getByTestId('plan-responsibility-edit')).toHaveAttribute('href', `#/map/${CLUSTER}/matrix`);
  await screen(page, 'plan-views-06-responsibility-id');
  await expectAccessible(page, 'responsibility matrix');

  // Checks: the count on the tab; the program without a lead is flagged, and its warning opens it.
  await expect(page.getByTestId('plan-checks-badge')).toBeVisible();
  await tab(page, 'checks');
  const noLead = page.getByTestId('plan-view-checks').locator('[data-code="noLead"]', { hasText: CHECK_PROGRAM });
  await expect(noLead).toHaveCount(1);
  await expect(page.getByTestId('plan-view-checks').locator('[data-code="activityOutsideYear"]', { hasText: 'Pameran akhir tahun' })).toHaveCount(1);
  await screen(page, 'plan-views-07-checks-id');
  await expectAccessible(page, 'checks');
  await noLead.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('plan-tab-programs')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('plan-page').getByText(CHECK_PROGRAM).first()).toBeVisible();

  // Presentation mode: the Gantt and the budget, as a room reads them on a projector.
  await tab(page, 'gantt');
  await app.blur();
  await page.keyboard.press('F5');
  await expect(page.getByTestId('plan-toolbar')).toBeHidden();
  await screen(page, 'plan-views-11-gantt-presentation-id');
  await expectAccessible(page, 'Gantt in presentation');
  await tab(page, 'budget');
  await screen(page, 'plan-views-12-budget-presentation-id');
  await expectAccessible(page, 'budget in presentation');
  await tab(page, 'actionMatrix');
  await screen(page, 'plan-views-13-action-matrix-presentation-id');
  await app.blur();
  await page.keyboard.press('F5');
  await expect(page.getByTestId('plan-toolbar')).toBeVisible();
});

test('plan versions: freeze the forum version, edit the draft, compare, open read-only, delete', async ({ page, sentra }) => {
  test.setTimeout(240_000);
  const view = await openDemo(page, sentra.url);
  const before = planFigures(view);
  await openPlan(page);

  // Freeze the draft as submitted to the forum.
  const label = 'Diajukan ke forum 12 Jan 2027';
  await page.getByTestId('plan-freeze').click();
  await page.getByTestId('plan-freeze-label').fill(label);
  await expectAccessible(page, 'freeze dialog');
  await page.getByTestId('plan-freeze-save').click();
  await expect(page.getByTestId('plan-freeze-dialog')).toBeHidden();
  await expect(page.getByTestId('plan-versions')).toContainText(`(${view.versions.length + 1})`);
  await closeNotifications(page);

  // The draft goes on: a budget line gains Rp 2.500.000; every total follows.
  const changed = view.programs.find((p) => p.budget.length > 0)!;
  const edited = { ...toInput(changed), budget: changed.budget.map((l, i) => (i === 0 ? { ...l, amount: l.amount + 2_500_000 } : l)) };
  await callService(page, 'plan.programs.save', { clusterId: CLUSTER, program: edited });
  const after = before.total + 2_500_000;
  await openPlan(page);
  await tab(page, 'budget');
  await expect(page.getByTestId('plan-budget-total')).toHaveText(rupiah(after));
  await tab(page, 'table51');
  await expect(page.getByTestId('plan-table51-total')).toHaveText(rupiah(after));

  // Compared with the frozen version: the program's budget and the total moved by Rp 2.500.000.
  await page.getByTestId('plan-versions').click();
  const versions = page.getByTestId('plan-versions-dialog');
  await expect(versions).toContainText(label);
  await expectAccessible(page, 'versions dialog');
  const row = versions.locator('tbody tr', { hasText: label });
  await row.getByRole('button', { name: 'Bandingkan dengan draf' }).click();
  const compare = page.getByTestId('plan-compare-dialog');
  await expect(compare.getByTestId('plan-compare-total')).toHaveText(`Total anggaran: ${rupiah(before.total)} → ${rupiah(after)} (+Rp 2.500.000)`);
  await expect(compare.getByTestId(`plan-compare-program-${changed.id}`)).toContainText(changed.name);
  await screen(page, 'plan-views-08-compare-id');
  await expectAccessible(page, 'compare dialog');
  await page.keyboard.press('Escape');
  await expect(compare).toBeHidden();

  // The frozen version opens read-only and still holds the old total.
  await page.getByTestId('plan-versions').click();
  await page.getByTestId('plan-versions-dialog').locator('tbody tr', { hasText: label }).getByRole('button', { name: 'Buka' }).click();
  const viewer = page.getByTestId('plan-version-viewer');
  await expect(viewer.getByTestId('plan-table51-total')).toHaveText(rupiah(before.total));
  await screen(page, 'plan-views-09-version-id');
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();

  // Deleting a version asks first; the draft stays as it is.
  await page.getByTestId('plan-versions').click();
  await page.getByTestId('plan-versions-dialog').locator('tbody tr', { hasText: label }).getByRole('button', { name: /Hapus/ }).click();
  await expectAccessible(page, 'delete version confirmation');
  await page.getByTestId('plan-version-confirm-delete').click();
  await expect(page.getByTestId('plan-versions-dialog')).not.toContainText(label);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('plan-versions')).toContainText(`(${view.versions.length})`);
  await expect(page.getByTestId('plan-table51-total')).toHaveText(rupiah(after));
});

test('plan export: the preview shows the cover in a sandboxed frame, Simpan downloads a PDF', async ({ page, sentra }) => {
  test.setTimeout(240_000);
  const view = await openDemo(page, sentra.url);
  await openPlan(page);

  // Export: the preview shows the cover; Simpan prints a PDF with Chromium and downloads it.
  await page.getByTestId('plan-export').click();
  const dialog = page.getByTestId('plan-export-dialog');
  const cover = page.frameLocator('[data-testid="plan-export-frame"]');
  await expect(cover.locator('body')).toContainText(view.clusterName, { timeout: 60_000 });
  await expect(page.getByTestId('plan-export-frame')).toHaveAttribute('sandbox', '');
  await screen(page, 'plan-views-10-export-id');
  await expectAccessibleBesidePreview(page, 'export dialog');
  await page.getByTestId('plan-export-fit').getByText('Lebar halaman').click();
  await screen(page, 'plan-views-10b-export-width-id');
  // No Chromium where SENTRA_CHROMIUM points: the dialog says so in Bahasa Indonesia and saves nothing.
  // (The services run in this test's process, so its environment is theirs.)
  let downloads = 0;
  page.on('download', () => downloads++);
  const chromium = process.env.SENTRA_CHROMIUM;
  process.env.SENTRA_CHROMIUM = path.join(sentra.dir, 'no-chromium-here');
  try {
    await dialog.getByTestId('plan-export-save').click();
    await expect(dialog.getByTestId('plan-export-error')).toContainText('Tidak ditemukan Chromium atau Chrome untuk mencetak');
  } finally {
    if (chromium === undefined) delete process.env.SENTRA_CHROMIUM;
    else process.env.SENTRA_CHROMIUM = chromium;
  }
  await screen(page, 'plan-views-10c-export-error-id');
  expect(downloads).toBe(0);

  const download = page.waitForEvent('download', { timeout: 120_000 });
  await dialog.getByTestId('plan-export-save').click();
  const file = await download;
  const saved = path.join(sentra.dir, file.suggestedFilename());
  await file.saveAs(saved);
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  expect(fs.readFileSync(saved).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(dialog).toBeHidden();
  await closeNotifications(page);
});

test('plan views in English: the action plan matrix, budget in words, checks, and the export dialog', async ({ page, sentra }) => {
  test.setTimeout(240_000);
  const view = await openDemo(page, sentra.url, 'EN');
  const { total } = planFigures(view);
  await openPlan(page);

  await tab(page, 'actionMatrix');
  await expect(page.getByTestId('plan-view-actionMatrix').locator('thead')).toContainText('Responsible regional agency');
  await expect(page.getByTestId('plan-action-total')).toHaveText(rupiah(total, 'en'));
  await screen(page, 'plan-views-21-action-matrix-en');
  await expectAccessible(page, 'action plan matrix (en)');

  await tab(page, 'budget');
  await expect(page.getByTestId('plan-budget-total')).toHaveText(rupiah(total, 'en'));
  await expect(page.getByTestId('plan-budget-words')).toContainText('rupiah');
  await screen(page, 'plan-views-22-budget-en');

  await tab(page, 'gantt');
  await screen(page, 'plan-views-23-gantt-en');
  await tab(page, 'checks');
  await screen(page, 'plan-views-24-checks-en');
  await expectAccessible(page, 'checks (en)');

  // The export dialog starts in the UI's language, with A4.
  await page.getByTestId('plan-export').click();
  await expect(page.getByTestId('plan-export-lang').getByRole('radio', { name: 'English' })).toBeChecked();
  await expect(page.getByTestId('plan-export-paper').getByRole('radio', { name: /A4/ })).toBeChecked();
  await expect(page.frameLocator('[data-testid="plan-export-frame"]').locator('html')).toHaveAttribute('lang', 'en', { timeout: 60_000 });
  await screen(page, 'plan-views-25-export-en');
  await expectAccessibleBesidePreview(page, 'export dialog (en)');
});

/** What the checks below read of an element (the tests compile without the DOM's types). */
interface Box {
  scrollWidth: number;
  clientWidth: number;
  textContent: string | null;
  style: { display: string };
  closest(selector: string): Box;
  getBoundingClientRect(): { width: number; height: number };
}

test('user text cannot disguise itself and a 300-letter word cannot break a view', async ({ page, sentra }) => {
  test.setTimeout(240_000);
  const view = await openDemo(page, sentra.url);
  // "Sosialisasi ‮lanif‬" is drawn as "Sosialisasi final": every screen shows the controls as markers.
  const disguised = 'Sosialisasi \u202Elanif\u202C';
  const shown = 'Sosialisasi [U+202E]lanif[U+202C]';
  const word = 'Pengecoran'.repeat(30);
  const program = emptyProgram('e2e-bidi-program', disguised, {
    activities: [{ id: 'e2e-long-activity', name: word, start: `${view.header.year}-03`, end: `${view.header.year}-04`, output: word }],
  });
  await callService(page, 'plan.programs.save', { clusterId: CLUSTER, program });
  await callService(page, 'plan.versions.freeze', { clusterId: CLUSTER, label: `Versi \u202Eanrof\u202C` });
  await openPlan(page);

  await tab(page, 'programs');
  await expect(page.getByTestId('plan-programs-list')).toContainText(shown);
  for (const key of ['table51', 'actionMatrix', 'pdm']) {
    await tab(page, key);
    const table = page.getByTestId(`plan-view-${key}`);
    await expect(table).toContainText(shown);
    // The word breaks inside its cell: the table is no wider with its rows than without them, and
    // the word's column leaves room for the others.
    const fit = await table.evaluate((el) => {
      const t = el as unknown as Box & { querySelectorAll(s: string): ArrayLike<Box> };
      const cells = Array.from(t.querySelectorAll('td')).filter((c) => (c.textContent ?? '').replace(/\u200B/g, '').includes('PengecoranPengecoran'));
      const rows = cells.map((c) => c.closest('tr'));
      const withWord = t.scrollWidth;
      for (const r of rows) r.style.display = 'none';
      const without = t.scrollWidth;
      for (const r of rows) r.style.display = '';
      return { withWord, without, cell: Math.max(...cells.map((c) => c.getBoundingClientRect().width)) };
    });
    expect(fit.withWord, key).toBeLessThanOrEqual(fit.without + 2);
    expect(fit.cell, key).toBeLessThan(fit.without * 0.6);
    await screen(page, `plan-views-10-long-word-${key}`);
  }
  await tab(page, 'checks');
  await expect(page.getByTestId('plan-view-checks')).toContainText(shown);
  await expect(page.getByTestId('plan-view-checks')).not.toContainText(disguised);

  await page.getByTestId('plan-versions').click();
  await expect(page.getByTestId('plan-versions-dialog')).toContainText('Versi [U+202E]anrof[U+202C]');
  await page.getByTestId('plan-versions-dialog').locator('tbody tr', { hasText: 'anrof' }).getByRole('button', { name: 'Bandingkan dengan draf' }).click();
  const compare = page.getByTestId('plan-compare-dialog');
  await expect(compare).toContainText('Versi [U+202E]anrof[U+202C]');
  await screen(page, 'plan-views-11-bidi-compare');
  await page.keyboard.press('Escape');

  // All ten tabs on one row with nothing scrolled out of sight, at 1366 px and projected.
  const tabsFit = () =>
    page.getByTestId('plan-tab-table51').evaluate((el) => {
      const list = (el as unknown as { parentElement: Box }).parentElement;
      return list.scrollWidth - list.clientWidth;
    });
  expect(await tabsFit()).toBeLessThanOrEqual(1);
  await page.getByTestId('presentation.toggle').click();
  await tab(page, 'table51');
  expect(await tabsFit()).toBeLessThanOrEqual(1);
  await screen(page, 'plan-views-12-long-word-presentation');
});
