import { MERGE_WINDOW_MS } from '../../electron/services/workspace/EditHistory';
import { expectAccessible } from './support/axe';
import { callService } from './support/callService';
import { expect as baseExpect, screen, test } from './support/fixtures';
import { expectAccessibleWithoutNotifications } from './support/notifications';
import { SentraPage } from './support/pages';
import { PlanPage } from './support/planPages';

/*
 * The plan editor (issue 9), in Bahasa Indonesia, on the demo: a plan made for Ceper's foundries
 * (which has a stakeholder map but no plan yet) — its vision with a long-term target, a program
 * from a JICA template with its lead picked from the map, activities, budget lines typed as
 * "2,5 juta" and "Rp 1.500.000" with every total following the typing, an end month before its
 * start and a negative amount refused in Indonesian and never stored, undo; funding sources
 * renamed and a source in use refused; a 3-year strategy with yearly targets; reordering and
 * deleting programs. Axe on each tab; screenshots in test-results/screens/plan-editor-*.png.
 */

// The page's window, as page.evaluate sees it (the tests compile without the DOM's types).
declare const window: { scrollTo(x: number, y: number): void };

// Each step commits and reloads the plan; on a busy build machine that can take seconds.
const expect = baseExpect.configure({ timeout: 20_000 });

const CEPER = { id: 'demo-ceper-klaten', name: 'Sentra Pengecoran Logam Ceper' };
const DINAS = 'Dinas Perindustrian dan Tenaga Kerja Kabupaten Klaten';
const months = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

test('plan editor in Indonesian: vision, a program from a template, lead from the map, budget totals live, bad input refused', async ({ page, sentra }) => {
  test.setTimeout(420_000);
  await page.goto(sentra.url);
  await page.getByTestId('start.openDemo').click();
  await expect(page.getByTestId('clusters.row')).toHaveCount(12);
  const plan = new PlanPage(page);

  // The list: every cluster, Ceper without a plan yet.
  await plan.openIndex();
  await expect(page.getByTestId(`plan-index-${CEPER.id}`)).toContainText('Belum ada rencana');
  await expectAccessible(page, 'plan index');
  await screen(page, 'plan-editor-01-index');
  await plan.open(CEPER.name);
  await expect(page.getByTestId('plan-title')).toHaveText(`Rencana aksi — ${CEPER.name}`);
  await expect(page.getByTestId('plan-new')).toBeVisible();

  // Vision: the statement and one long-term target, tied to social capital.
  const year = Number(await page.getByTestId('plan-header.year').inputValue());
  expect(year).toBeGreaterThanOrEqual(2026);
  await page.getByTestId('plan-header.vision').fill('Sentra pengecoran logam yang dipercaya industri otomotif dan mesin pertanian.');
  await page.getByTestId('plan-header.targets.add').click();
  await page.getByTestId('plan-header.targets.0.text').fill('IKM bekerja sama dalam pesanan besar');
  await plan.choose(page.getByTestId('plan-header.targets.0.area'), 'Modal sosial');
  await page.getByTestId('plan-header.targets.0.target').fill('10 pesanan bersama per tahun');
  await plan.waitSaved();
  await expect(page.getByTestId('plan-new')).toBeHidden();
  // A NIP with letters is refused in Indonesian, and the rest of the header still commits.
  await page.getByTestId('plan-header.approvals.0.nip').fill('1970 ABC');
  await expect(page.getByText('NIP hanya berisi angka.')).toBeVisible();
  await expect(plan.saveStatus()).toHaveAttribute('data-status', 'invalid');
  await page.getByTestId('plan-header.approvals.0.nip').fill('');
  await plan.waitSaved();
  await expectAccessible(page, 'vision tab');
  await page.evaluate(() => window.scrollTo(0, 0));
  await screen(page, 'plan-editor-02-vision');
  let stored = await callService(page, 'plan.get', { clusterId: CEPER.id });
  expect(stored.exists).toBe(true);
  expect(stored.header.targets).toMatchObject([{ text: 'IKM bekerja sama dalam pesanan besar', area: 'socialCapital' }]);

  // A program from the JICA template "Program peremajaan mesin".
  await plan.tab('programs');
  await expectAccessible(page, 'programs tab, empty');
  await plan.addFromTemplate('machineryRenovation');
  await expect(plan.field('name')).toHaveValue('Program peremajaan mesin');
  await expect(page.getByTestId('plan-program-row-0')).toContainText('Program peremajaan mesin');

  // WHO: the lead from the map, by typing part of its name.
  await plan.leadFromMap('Dinas Perin', DINAS);
  // The template's "Kementerian Perindustrian" is on Ceper's map: it came linked.
  await expect(plan.field('participants.0.name')).toHaveValue('Kementerian Perindustrian');
  await expect(plan.field('participants.0.name.mark')).toHaveAttribute('data-mark', 'map');
  await plan.field('section.who').scrollIntoViewIfNeeded();
  await screen(page, 'plan-editor-03-who');
  // WHAT: an activity from March to May of the plan year.
  const activity = await plan.addActivity('Survei mesin di 20 IKM', `${months[2]} ${year}`, `${months[4]} ${year}`);
  await plan.waitSaved();

  // Budget: "2,5 juta" read as Rp 2.500.000; the editor, the list and the list's total follow each keystroke.
  const first = await plan.addBudgetLine('Honor tenaga ahli mesin', '2,5 juta');
  await expect(plan.field('budgetTotal')).toHaveText('Rp 2.500.000');
  await expect(page.getByTestId('plan-programs-total')).toHaveText('Rp 2.500.000');
  await plan.addBudgetLine('Sewa alat ukur', 'Rp 1.500.000', 'Forum sentra');
  await expect(plan.field('budgetTotal')).toHaveText('Rp 4.000.000');
  await expect(page.getByTestId('plan-program-total-0')).toHaveText('Rp 4.000.000');
  await expect(page.getByTestId('plan-programs-total')).toHaveText('Rp 4.000.000');
  await expect(plan.field('budgetTotals')).toContainText('Forum sentra');
  await plan.waitSaved();

  // An end month before its start: refused in Indonesian, and nothing of it stored.
  await plan.choose(plan.field(`activities.${activity}.end`), `${months[1]} ${year}`);
  await expect(plan.editor.getByText('Bulan selesai tidak boleh sebelum bulan mulai.')).toBeVisible();
  await expect(plan.saveStatus()).toHaveAttribute('data-status', 'invalid');
  // A negative amount likewise; the totals count the line as stored meanwhile, never the refused figure.
  await plan.field(`budget.${first}.amount`).fill('-2500000');
  await plan.field(`budget.${first}.amount`).press('Enter');
  await expect(plan.editor.getByText('Jumlah anggaran tidak boleh negatif.')).toBeVisible();
  await expect(plan.field('budgetTotal')).toHaveText('Rp 4.000.000');
  await expect(page.getByTestId('plan-programs-total')).toHaveText('Rp 4.000.000');
  await screen(page, 'plan-editor-04-refused');
  stored = await callService(page, 'plan.get', { clusterId: CEPER.id });
  const saved = stored.programs[0]!;
  expect(saved.activities[activity]).toMatchObject({ name: 'Survei mesin di 20 IKM', start: `${year}-03`, end: `${year}-05` });
  expect(saved.budget.map((l) => l.amount)).toEqual([2_500_000, 1_500_000]);
  expect(saved.leadActorId).toBe('demo-act-cpr-dinas');

  // Put right: both commit, as one step of their own — saves of one program merge while they follow
  // each other within the merge window, so the earlier edits are left to stand apart first.
  await page.waitForTimeout(MERGE_WINDOW_MS + 500);
  await plan.choose(plan.field(`activities.${activity}.end`), `${months[5]} ${year}`);
  await plan.field(`budget.${first}.amount`).fill('3 juta');
  await expect(plan.field('budgetTotal')).toHaveText('Rp 4.500.000');
  await plan.waitSaved();
  await expectAccessibleWithoutNotifications(page, 'program editor');
  await plan.field('section.budget').scrollIntoViewIfNeeded();
  await screen(page, 'plan-editor-05-budget');
  stored = await callService(page, 'plan.get', { clusterId: CEPER.id });
  expect(stored.programs[0]!.activities[activity]!.end).toBe(`${year}-06`);
  expect(stored.programs[0]!.budget.map((l) => l.amount)).toEqual([3_000_000, 1_500_000]);

  // Typed slowly, an amount's prefixes are never stored: a figure that ends refused leaves the
  // stored amount as last confirmed, and every total counts that, not the refused figure.
  const amount = plan.field(`budget.${first}.amount`);
  for (const [typed, refusal] of [
    ['5000000000000', 'Jumlah anggaran terlalu besar'],
    ['Rp 2.500.000,50', null],
    ['999999999999999999', 'Angka terlalu besar.'],
  ] as const) {
    await amount.fill('');
    await amount.pressSequentially(typed, { delay: 350 });
    await amount.press('Tab');
    await expect(amount).toHaveAttribute('aria-invalid', 'true');
    if (refusal) await expect(plan.editor.getByText(refusal)).toBeVisible();
    await expect(plan.saveStatus()).toHaveAttribute('data-status', 'invalid');
    stored = await callService(page, 'plan.get', { clusterId: CEPER.id });
    expect(
      stored.programs[0]!.budget.map((l) => l.amount),
      typed,
    ).toEqual([3_000_000, 1_500_000]);
    await expect(plan.field('budgetTotal')).toHaveText('Rp 4.500.000');
    await expect(page.getByTestId('plan-programs-total')).toHaveText('Rp 4.500.000');
  }
  await amount.fill('3 juta');
  await amount.press('Enter');
  await plan.waitSaved();

  // Undo (Ctrl+Z outside a field) takes that step back (the amount and the end month), and the form shows it.
  await page.getByTestId('plan-title').click();
  await page.keyboard.press('Control+z');
  await expect(plan.field('budgetTotal')).toHaveText('Rp 4.000.000');
  await expect(page.getByTestId('plan-programs-total')).toHaveText('Rp 4.000.000');

  // A second program, moved above the first, then deleted after confirming.
  await plan.addBlank('Pelatihan gambar teknik');
  await expect(page.getByTestId('plan-program-row-1')).toContainText('Pelatihan gambar teknik');
  await page.getByTestId('plan-program-1.up').click();
  await expect(page.getByTestId('plan-program-row-0')).toContainText('Pelatihan gambar teknik');
  await page.getByTestId('plan-program-0.delete').click();
  await expectAccessible(page, 'delete program dialog');
  await page.getByTestId('plan-program-delete.confirm').click();
  await expect(page.getByTestId('plan-programs-list').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('plan-program-row-0')).toContainText('Program peremajaan mesin');

  // Funding sources: a rename shows in the budget's choices; a source in use cannot be deleted.
  await page.getByTestId('plan-funding-open').click();
  const other = page.getByTestId('plan-funding-9.name');
  await other.fill('Hibah pemerintah desa');
  await other.press('Enter');
  await page.getByTestId('plan-funding-1.delete').click();
  // (Kebumen's plan in the demo uses it too: the count is the workspace's.)
  await expect(page.getByText(/Sumber dana “Forum sentra” masih dipakai \d+ baris anggaran/)).toBeVisible();
  await expectAccessibleWithoutNotifications(page, 'funding sources dialog');
  await screen(page, 'plan-editor-06-funding');
  await page.keyboard.press('Escape');
  const funding = await callService(page, 'plan.funding.list', {});
  expect(funding[9]).toMatchObject({ key: 'other', name: 'Hibah pemerintah desa' });
  expect(funding.map((s) => s.id)).toContain('fs-clusterForum');

  // The 3-year plan: a strategy written here, with an indicator under the plan's three years.
  await plan.tab('medium');
  await page.getByTestId('plan-strategies.add').click();
  await expect(page.getByTestId('plan-new-strategy.source')).toBeVisible();
  await page.getByTestId('plan-new-strategy.text').fill('Meremajakan mesin IKM bersama Polman Ceper');
  await page.getByTestId('plan-new-strategy.save').click();
  const card = page.getByTestId('plan-strategy').first();
  await card.getByRole('button', { name: 'Tambah indikator' }).click();
  await expect(card.locator('thead')).toContainText(`Target ${year + 2}`);
  await card.locator('[data-testid$=".indicators.0.name"]').fill('IKM dengan mesin diremajakan');
  await card.locator('[data-testid$=".indicators.0.baseline"]').fill('0');
  await card.locator('[data-testid$=".indicators.0.targets.2"]').fill('20');
  await plan.waitSaved(card);
  await expectAccessible(page, '3-year plan tab');
  await screen(page, 'plan-editor-07-medium');
  stored = await callService(page, 'plan.get', { clusterId: CEPER.id });
  expect(stored.strategies[0]!.indicators[0]).toMatchObject({ name: 'IKM dengan mesin diremajakan', baseline: 0, targets: [null, null, 20] });

  // The program serves the strategy: picked in its editor.
  await plan.tab('programs');
  await page.getByTestId('plan-program-open-0').click();
  await plan.choose(plan.field('strategy'), 'Strategi 1: Meremajakan mesin IKM bersama Polman Ceper');
  await plan.waitSaved();
  stored = await callService(page, 'plan.get', { clusterId: CEPER.id });
  expect(stored.programs[0]!.strategyId).toBe(stored.strategies[0]!.id);

  // Back on the list of plans, Ceper's plan is counted.
  await plan.openIndex();
  await expect(page.getByTestId(`plan-index-${CEPER.id}`)).toContainText('Rp 4.000.000');
});

test('a 3-year strategy taken from the TOWS keeps its link, shown as its code, and marked once the TOWS strategy is deleted', async ({ page, sentra }) => {
  test.setTimeout(240_000);
  await page.goto(sentra.url);
  await page.getByTestId('start.openDemo').click();
  await expect(page.getByTestId('clusters.row')).toHaveCount(12);
  const plan = new PlanPage(page);
  await plan.openIndex();
  await plan.open('Sentra Genteng Kebumen');
  await plan.tab('medium');
  const before = await page.getByTestId('plan-strategy').count();

  await page.getByTestId('plan-strategies.add').click();
  const board = await callService(page, 'swot.board.get', { clusterId: 'demo-kebumen' });
  const tows = board.strategies.at(-1)!;
  const view = await callService(page, 'plan.get', { clusterId: 'demo-kebumen' });
  const code = view.context.towsStrategies.find((s) => s.id === tows.id)!.code;
  await page.getByTestId('plan-new-strategy.tows').click();
  await page.getByRole('option', { name: new RegExp(`^${code} — `) }).click();
  await expect(page.getByTestId('plan-new-strategy.text')).toHaveValue(tows.text);
  await page.getByTestId('plan-new-strategy.save').click();
  await expect(page.getByTestId('plan-strategy')).toHaveCount(before + 1);
  const card = page.getByTestId('plan-strategy').last();
  await expect(card.locator('[data-testid$=".tows"]')).toHaveText(`Dari TOWS ${code}`);

  // The TOWS strategy deleted on the SWOT side: the plan keeps the text, marked deleted.
  await callService(page, 'swot.strategies.delete', { id: tows.id });
  // Leaving the plan and coming back reads it anew.
  await plan.openIndex();
  await plan.open('Sentra Genteng Kebumen');
  await plan.tab('medium');
  const reloaded = page.getByTestId('plan-strategy').last();
  await expect(reloaded.locator('[data-testid$=".towsDeleted"]')).toHaveText('dihapus');
  await expect(reloaded.locator('textarea').first()).toHaveValue(tows.text);
  await expectAccessible(page, '3-year plan with a deleted TOWS link');
  await reloaded.scrollIntoViewIfNeeded();
  await screen(page, 'plan-editor-08-tows-deleted');

  // A program of the demo's plan in English, then projected (presentation mode hides the editing chrome).
  await new SentraPage(page).setLanguage('EN');
  await plan.tab('programs');
  await expect(page.getByTestId('plan-tab-programs')).toHaveText('1-year programs');
  await page.getByTestId('plan-program-open-0').click();
  await expect(plan.editor).toContainText('WHO: the agencies');
  await screen(page, 'plan-editor-09-program-en');
  await expectAccessible(page, 'program editor in English');
  await page.getByTestId('presentation.toggle').click();
  await expect(page.getByTestId('plan-programs.add')).toBeHidden();
  await page.evaluate(() => window.scrollTo(0, 0));
  await screen(page, 'plan-editor-10-programs-presentation');
  await expectAccessible(page, 'programs in presentation mode');
});
