import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { screen, test, type SentraApp } from './support/fixtures';
import { closeNotifications, expectAccessibleWithoutNotifications } from './support/notifications';
import { SentraPage } from './support/pages';
import { SelectionPage, expect, presentationByButton, presentationByKey } from './support/selectionPages';
import { SwotPage } from './support/swotPages';

/*
 * Issue 8's "Done when" journeys. In Bahasa Indonesia: a working group scores three metal
 * clusters on JICA's template in hidden mode (one scorer from the stakeholder map, two typed;
 * one typing, one pasting a block, one whose scores the facilitator enters), the facilitator
 * reveals, the largest disagreement is discussed and a consensus recorded with its note, the
 * results, charts and the sensitivity sentence are read, social capital is switched on and off,
 * then a SWOT of the winner's rival is built by dot voting with two TOWS strategies, in
 * presentation mode too, and everything is still there after the app is closed and opened. In
 * English, shorter: the demo's JICA session reproduces Table 3.1, its CSV, the sensitivity
 * sentences and the Kebumen TOWS strategies. Screenshots of each step (selection-id-…,
 * swot-id-…, selection-en-…), axe on each main screen.
 */

const SESSION = 'Pemilihan sentra logam 2026';
const W = { id: 'demo-waru-sidoarjo', name: 'Sentra Logam Waru-Sidoarjo' };
const S = { id: 'demo-sukabumi', name: 'Sentra Logam Sukabumi' };
const T = { id: 'demo-tegal', name: 'Sentra Logam Tegal' };
const ACTOR = { typed: 'Asosiasi peng', name: 'Asosiasi pengusaha pengecoran Ceper' };
const [SRI, JOKO] = ['Bu Sri', 'Pak Joko'];

/** JICA's template, social capital off: its 13 criteria in the grid's column order (maxima 5 5 5 8 7 6 6 6 6 | 9 9 9 9). */
const CRITERIA = [
  'factorInputs',
  'factorSkills',
  'factorInfrastructure',
  'demandMarket',
  'demandBuyers',
  'relatedSuppliers',
  'relatedSupport',
  'strategyEntrepreneurs',
  'strategyRivalry',
  'actionAttendance',
  'actionInitiative',
  'actionCooperation',
  'actionContribution',
];

type Sheet = Record<string, string[]>;
const sheet = (w: string, s: string, t: string): Sheet => ({ [W.id]: w.split(' '), [S.id]: s.split(' '), [T.id]: t.split(' ') });

/**
 * The three scorers' sheets. They agree within a point everywhere but on Waru-Sidoarjo's market
 * (6, 1, 8 of 8: a spread of 7, 88 %; the next largest is 1 of 5, 20 %), which the group then
 * settles at 7. Worked out by hand from the means (missing none), consensus included:
 * - Waru-Sidoarjo: growth 4 + 4⅓ + 4 + 7 + 5 + 5 + 5 + 4⅔ + 5 = 44, action 5 + 5⅓ + 5 + 5 = 20⅓:
 *   64⅓ / 90 = 71,5 %, rank 1, selected;
 * - Sukabumi: growth 3 + 3 + 3⅓ + 5 + 4 + 4⅓ + 4 + 4 + 3⅔ = 34⅓, action 7 + 7 + 6⅔ + 7 = 27⅔:
 *   62 / 90 = 68,9 %, rank 2;
 * - Tegal: growth 2⅙ + 2 + 2⅓ + 6 × 3 = 24,5, action 16: 40,5 / 90 = 45,0 %, rank 3.
 * Sukabumi leads on action-taking capacity, so a heavier action weight (about ×1,32) or a lighter
 * growth weight lets it overtake Waru-Sidoarjo: the sensitivity sentence names them and a factor.
 */
const BY_ACTOR = sheet('4 4 4 6 5 5 5 5 5 5 5 5 5', '3 3 3 5 4 4 4 4 4 7 7 7 7', '2,5 2 2 3 3 3 3 3 3 4 4 4 4');
const BY_SRI = sheet('4 5 4 1 5 5 5 4 5 5 6 5 5', '3 3 4 5 4 4 4 4 4 7 7 6 7', '2 2 2 3 3 3 3 3 3 4 4 4 4');
const BY_JOKO = sheet('4 4 4 8 5 5 5 5 5 5 5 5 5', '3 3 3 5 4 5 4 4 3 7 7 7 7', '2 2 3 3 3 3 3 3 3 4 4 4 4');
const CONSENSUS = { value: '7', note: 'Pasar komponen otomotif di Jawa Timur tumbuh; pembeli besar sudah datang ke sentra.' };
const EXPECTED = [
  { cluster: W, percent: '71,5', rank: '1', selected: 'yes', growth: '44 / 54' },
  { cluster: S, percent: '68,9', rank: '2', selected: 'no', growth: '34,33 / 54' },
  { cluster: T, percent: '45,0', rank: '3', selected: 'no', growth: '24,5 / 54' },
];

const rowsOf = (s: Sheet, order: readonly string[]) => order.map((id) => s[id]!);

/** Setup: JICA's template in hidden mode, three metal clusters (one group), three scorers. */
async function setUpSession(sel: SelectionPage): Promise<void> {
  const { page } = sel;
  await sel.openSessions();
  await sel.newSession(SESSION, { hidden: true, heldOn: '2026-03-14' });
  await expect(page.getByTestId('session.status')).toHaveAttribute('data-status', 'hidden');
  await sel.addCandidates([W.name, S.name, T.name]);
  await expect(page.getByTestId('group.0.name')).toHaveValue('Komponen logam & mesin');
  await expect(page.getByTestId('group.1')).toHaveCount(0);
  await sel.addScorerFromMap(ACTOR.typed, ACTOR.name);
  await expect(sel.scorerRow(ACTOR.name)).toContainText('Dari peta');
  await sel.addScorer(SRI);
  await sel.addScorer(JOKO);
  await expect(page.getByTestId('scorer.row')).toHaveCount(3);
  // The name field keeps the focus with the maps' names open below it; Escape closes the list.
  // (Left open, axe finds the list's aria-activedescendant pointing at no option: see the report.)
  await page.keyboard.press('Escape');
  await screen(page, 'selection-id-01-setup');
  await expectAccessibleWithoutNotifications(page, 'setup (id)');
}

/** Hidden mode: each scorer's scores go in; nobody sees anybody else's. */
async function scoreHidden(sel: SelectionPage): Promise<void> {
  const { page } = sel;
  await sel.tab('scoring');
  // The facilitator's screen (the projector's) shows who is done, no score at all.
  await expect(page.getByTestId('scoring-waiting')).toHaveText('Menunggu 3 penilai lagi');
  await expect(page.getByTestId('score-grid')).toHaveCount(0);
  await expect(page.getByTestId('scoring-reveal')).toBeDisabled();
  await screen(page, 'selection-id-02-waiting');
  await expectAccessibleWithoutNotifications(page, 'scoring: waiting (id)');

  // The association's representative types at his laptop: Enter down the first column, Tab across.
  await sel.enterAs(ACTOR.name);
  expect(await sel.gridCriteria()).toEqual(CRITERIA);
  const order = await sel.gridClusters();
  expect([...order].sort()).toEqual([W.id, S.id, T.id].sort());
  await sel.cell(order[0]!, CRITERIA[0]!).click();
  await sel.typeScores(rowsOf(BY_ACTOR, order));
  await expect(sel.cell(T.id, 'factorInputs')).toHaveText('2,5');
  await expect(sel.cell(W.id, 'demandMarket')).toHaveText('6');
  await expect(sel.cell(order[2]!, 'actionContribution')).toHaveText(BY_ACTOR[order[2]!]!.at(-1)!);
  await expect(page.getByTestId('score-grid').locator('[data-missing="true"]')).toHaveCount(0);
  await screen(page, 'selection-id-03-typed-by-actor');

  // Bu Sri sees her own empty sheet, not his, and pastes her block from a spreadsheet.
  await sel.enterAs(SRI);
  await expect(page.getByTestId('scoring-own-only')).toContainText(SRI);
  await expect(page.getByTestId('score-grid').locator('[data-missing="true"]')).toHaveCount(39);
  await expect(sel.cell(W.id, 'demandMarket')).not.toContainText('6');
  await sel.cell(order[0]!, CRITERIA[0]!).click();
  await sel.paste(rowsOf(BY_SRI, order));
  await expect(sel.cell(W.id, 'demandMarket')).toHaveText('1');
  await expect(page.getByTestId('score-grid').locator('[data-missing="true"]')).toHaveCount(0);
  await screen(page, 'selection-id-04-pasted-by-sri');
  await expectAccessibleWithoutNotifications(page, 'scoring: a scorer pasting (id)');

  // Pak Joko has no laptop: the facilitator enters his sheet for him (noted as the facilitator's).
  await sel.enterAs(JOKO);
  await expect(page.getByTestId('score-grid').locator('[data-missing="true"]')).toHaveCount(39);
  await page.getByTestId('scoring-by-facilitator').click();
  await expect(page.getByTestId('scoring-by-facilitator')).toBeChecked();
  await sel.cell(order[0]!, CRITERIA[0]!).click();
  await sel.paste(rowsOf(BY_JOKO, order));
  await expect(sel.cell(W.id, 'demandMarket')).toHaveText('8');
  await expect(page.getByTestId('score-grid').locator('[data-missing="true"]')).toHaveCount(0);
  await screen(page, 'selection-id-05-entered-by-facilitator');

  // Still hidden: results and disagreements show nothing until the facilitator reveals.
  await sel.enterAs(sel.w.facilitator);
  await expect(page.getByTestId('scoring-waiting')).toHaveText('Semua nilai sudah masuk');
  await sel.tab('results');
  await expect(page.getByTestId('results-withheld')).toBeVisible();
  await expect(page.getByTestId('results-row')).toHaveCount(0);
  await sel.tab('scoring');
}

/** The reveal, the largest disagreement first, a consensus with its note, the log. */
async function revealAndSettle(sel: SelectionPage): Promise<void> {
  const { page } = sel;
  await page.getByTestId('scoring-reveal').click();
  await expect(page.getByTestId('session.status')).toHaveAttribute('data-status', 'revealed');
  await expect(page.getByTestId('score-grid')).toBeVisible();
  await expect(sel.cell(W.id, 'demandMarket')).toHaveText('5');
  await screen(page, 'selection-id-06-revealed');

  await sel.tab('disagreements');
  const first = page.getByTestId('disagreement-row').first();
  await expect(first).toHaveAttribute('data-cell', `${W.id}:demandMarket`);
  await expect(first.getByTestId('disagreement-spread')).toHaveText(/^7 \(8[78]%\)$/);
  await screen(page, 'selection-id-07-disagreements');
  await expectAccessibleWithoutNotifications(page, 'disagreements (id)');
  // The largest disagreement, the one to discuss first, must be in view and take a click (a sticky
  // header once covered it).
  const discuss = first.getByTestId('disagreement-discuss');
  expect(await sel.uncovered(discuss), "the largest disagreement's row is visible and its Discuss button clickable").toBe(true);
  await discuss.click();
  await expect(page.getByTestId('discuss-score')).toHaveCount(3);
  await page.getByTestId('consensus-value').fill(CONSENSUS.value);
  await page.getByTestId('consensus-note').fill(CONSENSUS.note);
  await screen(page, 'selection-id-08-consensus');
  await expectAccessibleWithoutNotifications(page, 'consensus dialog (id)');
  await page.getByTestId('consensus-save').click();
  await expect(page.getByTestId('consensus-dialog')).toHaveCount(0);
  await expect(first.getByTestId('disagreement-consensus')).toHaveText(CONSENSUS.value);

  await sel.tab('log');
  await expect(page.getByTestId('log-row').first()).toContainText(CONSENSUS.note);
  // Pak Joko's scores are his, typed by the facilitator (the newest before the consensus).
  await expect(page.getByTestId('log-row').filter({ hasText: JOKO }).first()).toContainText(sel.w.facilitator);
  await screen(page, 'selection-id-09-log');
}

/** Results (ranks, %, selected), the charts, the sensitivity sentence, social capital on and off. */
async function results(sel: SelectionPage): Promise<void> {
  const { page } = sel;
  await sel.tab('results');
  await expect(page.getByTestId('results-group')).toHaveCount(1);
  for (const e of EXPECTED) {
    const row = sel.resultRow(e.cluster.id);
    await expect(row.getByTestId('results-percent')).toHaveText(e.percent);
    await expect(row.getByTestId('results-rank-in-group')).toHaveText(e.rank);
    await expect(row).toHaveAttribute('data-selected', e.selected);
    await expect(row.getByTestId('results-dim-growth')).toHaveText(e.growth);
  }
  await expect(sel.resultRow(W.id).getByTestId('results-selected')).toHaveText(sel.w.selected);
  await expect(page.getByTestId('result-bars')).toHaveCount(1);
  await expect(page.getByTestId('diamond-radar')).toHaveCount(3);
  await expect(page.getByTestId('diamond-radar').first().locator('[role="img"]')).toHaveAttribute('aria-label', /Kondisi faktor/);
  await screen(page, 'selection-id-10-results');
  await page.getByTestId('results-charts').scrollIntoViewIfNeeded();
  await screen(page, 'selection-id-11-charts');
  await expectAccessibleWithoutNotifications(page, 'results (id)');

  await sel.tab('sensitivity');
  const sentence = page.getByTestId('sensitivity-sentence');
  await expect(sentence).toHaveCount(1);
  // Its shape: a cluster of the session overtakes the selected one if a weight changes by a factor ×.
  await expect(sentence).toHaveText(/^Sentra Logam Sukabumi menyalip Sentra Logam Waru-Sidoarjo bila bobot .+ menjadi (lebih|kurang) dari \d+(,\d+)?×\.$/);
  test.info().annotations.push({ type: 'sensitivity sentence (id)', description: (await sentence.textContent()) ?? '' });
  await screen(page, 'selection-id-12-sensitivity');
  await expectAccessibleWithoutNotifications(page, 'sensitivity (id)');

  // Social capital switched on for the ranking tried: nobody scored it, and the page says so.
  const social = page.getByTestId('social-capital-switch-social');
  await social.scrollIntoViewIfNeeded();
  await expect(social).not.toBeChecked();
  await social.click();
  await expect(social).toBeChecked();
  await expect(page.getByTestId('social-capital-unscored')).toContainText('12');
  await expect(page.getByTestId('social-capital-effect')).toHaveCount(1);
  await screen(page, 'selection-id-13-social-capital-on');
  await social.click();
  await expect(social).not.toBeChecked();
  await expect(page.getByTestId('sensitivity-sentence')).toHaveCount(1);

  // On the projector: the results, then the sensitivity, large; the header's toggle leaves.
  await sel.tab('results');
  await presentationByKey(page, true);
  await expect(sel.resultRow(W.id).getByTestId('results-percent')).toHaveText('71,5');
  await screen(page, 'selection-id-14-results-presentation');
  await expectAccessibleWithoutNotifications(page, 'results in presentation (id)');
  await sel.tab('sensitivity');
  await expect(page.getByTestId('sensitivity-sentence')).toHaveCount(1);
  await screen(page, 'selection-id-15-sensitivity-presentation');
  await presentationByButton(page, false);
}

const SWOT_ITEMS = {
  s1: 'Tenaga kerja terampil di bengkel bubut dan cor',
  s2: 'Dekat dengan pembeli komponen di Jabodetabek',
  w1: 'Mutu produk belum seragam antar-bengkel',
  w2: 'Mesin bubut sudah tua',
  o1: 'Pengadaan komponen untuk industri otomotif',
  t1: 'Komponen impor yang lebih murah',
};

/** The rival's SWOT: items in four quadrants (one moved by keyboard), dot voting, two TOWS strategies, presentation. */
async function swot(page: Page): Promise<void> {
  const board = new SwotPage(page);
  await board.open(S.name);
  await board.addByMouse('strength', SWOT_ITEMS.s1, 'Kondisi faktor', 'Kunjungan lapangan Maret 2026');
  await board.addByKeys('strength', SWOT_ITEMS.s2);
  await board.addByMouse('weakness', SWOT_ITEMS.w1, 'Strategi, struktur dan persaingan usaha');
  await board.addByKeys('weakness', SWOT_ITEMS.w2);
  await board.addByMouse('opportunity', SWOT_ITEMS.o1, 'Kondisi permintaan');
  // Cheap imports typed into the opportunities by mistake, then sent to the threats beside them with Alt+→.
  await board.addByKeys('opportunity', SWOT_ITEMS.t1);
  await board.card('O2').focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect.poll(() => board.texts('threat')).toEqual([SWOT_ITEMS.t1]);
  await expect.poll(() => board.texts('opportunity')).toEqual([SWOT_ITEMS.o1]);
  await expect(page.locator(':focus')).toContainText(SWOT_ITEMS.t1);
  await screen(page, 'swot-id-01-board');
  await expectAccessibleWithoutNotifications(page, 'SWOT board (id)');

  // Three participants with two dots each: one over-vote refused in Bahasa Indonesia.
  await board.participants(['Pak Slamet', 'Bu Wati', 'Mas Dedi'], 2);
  await screen(page, 'swot-id-02-participants');
  await board.closeDialog();
  await board.voteAs('Pak Slamet');
  await board.dotByMouse('W1');
  await board.dotByKey('W1');
  await board.expectDots('W1', 2);
  await board.dotByMouse('O1');
  await expect(page.getByText('Pak Slamet hanya punya 2 titik suara; sudah terpakai 2.')).toBeVisible();
  await board.expectDots('O1', 0);
  await screen(page, 'swot-id-03-over-vote');
  await closeNotifications(page);
  await board.voteAs('Bu Wati');
  await board.dotByMouse('O1');
  await board.dotByMouse('S2');
  await board.voteAs('Mas Dedi');
  await board.dotByKey('S2');
  await board.dotByKey('T1');
  await expect(page.getByTestId('swot-remaining')).toContainText('Mas Dedi: sisa 0 dari 2');
  await page.getByTestId('swot-by-dots').click();
  // Most dots first: S2 (2) above S1 (0).
  await expect.poll(() => board.texts('strength')).toEqual([SWOT_ITEMS.s2, SWOT_ITEMS.s1]);
  await screen(page, 'swot-id-04-by-dots');
  await expectAccessibleWithoutNotifications(page, 'SWOT voting (id)');

  // TOWS: an S-O and a W-T strategy, each citing the items behind it.
  await board.tab('tows');
  const so = await board.addStrategy({ kind: 'SO', text: 'Tawarkan komponen bubut kepada pemasok otomotif lewat koperasi', cites: ['S1', 'S2', 'O1'] });
  await expect(so.getByTestId('tows-strategy-cited')).toContainText(SWOT_ITEMS.o1);
  const wt = await board.addStrategy({ kind: 'WT', text: 'Standar mutu bersama agar mampu bersaing dengan komponen impor', cites: ['W1', 'T1'] });
  await expect(wt.getByTestId('tows-strategy-cited')).toContainText(SWOT_ITEMS.t1);
  await expect(wt.getByTestId('tows-strategy-cited')).toContainText(SWOT_ITEMS.w1);
  await screen(page, 'swot-id-05-tows');
  await expectAccessibleWithoutNotifications(page, 'TOWS (id)');

  // Presentation: the four quadrants ranked by dots, then the strengths alone (key 1), then TOWS.
  await board.tab('swot');
  await presentationByKey(page, true);
  await expect(page.getByTestId('swot-presentation')).toBeVisible();
  await expect(page.getByTestId('swot-present-strength').locator('li').first()).toContainText(SWOT_ITEMS.s2);
  await screen(page, 'swot-id-06-presentation');
  await expectAccessibleWithoutNotifications(page, 'SWOT in presentation (id)');
  await page.keyboard.press('1');
  await expect(page.getByTestId('swot-presentation')).toHaveAttribute('data-shown', 'strength');
  await screen(page, 'swot-id-07-presentation-one-quadrant');
  await board.tab('tows');
  await screen(page, 'swot-id-08-presentation-tows');
  await presentationByButton(page, false);
}

/** Closed and opened again: the session, its consensus and results, and the SWOT are in the file. */
async function afterRestart(page: Page, sentra: SentraApp): Promise<void> {
  // Every change is committed by its call: no waiting for a save before closing.
  await new SentraPage(page).reopenAfterRestart(sentra);
  const sel = new SelectionPage(page, 'id');
  await sel.openSession(SESSION);
  await expect(page.getByTestId('session.status')).toHaveAttribute('data-status', 'revealed');
  await sel.tab('disagreements');
  await expect(page.getByTestId('disagreement-row').first().getByTestId('disagreement-consensus')).toHaveText(CONSENSUS.value);
  await sel.tab('results');
  for (const e of EXPECTED) await expect(sel.resultRow(e.cluster.id).getByTestId('results-percent')).toHaveText(e.percent);
  await screen(page, 'selection-id-16-reopened');
  const board = new SwotPage(page);
  await board.open(S.name);
  await board.expectDots('W1', 2);
  await expect.poll(() => board.texts('threat')).toEqual([SWOT_ITEMS.t1]);
  await board.tab('tows');
  await expect(page.getByTestId('tows-matrix').getByTestId('tows-strategy-cited')).toHaveCount(2);
  await screen(page, 'swot-id-09-reopened');
}

test.describe('site selection and SWOT journeys', () => {
  // Each step commits and reloads; axe takes seconds a screen on a loaded machine.
  test.describe.configure({ timeout: 300_000 });
  test.use({ viewport: { width: 1366, height: 768 }, actionTimeout: 20_000 });

  test('Bahasa Indonesia: hidden scoring by three scorers, reveal, consensus, results, sensitivity, SWOT by dot voting, TOWS, presentation, reopen', async ({
    page,
    sentra,
  }) => {
    await new SentraPage(page).openDemo(sentra.url);
    const sel = new SelectionPage(page, 'id');
    // Steps, so the report says how long each part of the session takes.
    await test.step('setup', () => setUpSession(sel));
    await test.step('hidden scoring', () => scoreHidden(sel));
    await test.step('reveal and consensus', () => revealAndSettle(sel));
    await test.step('results and sensitivity', () => results(sel));
    await test.step('SWOT and TOWS', () => swot(page));
    await test.step('after a restart', () => afterRestart(page, sentra));
  });

  test('English: the JICA session reproduces Table 3.1, CSV export, sensitivity sentences, the Kebumen TOWS', async ({ page, sentra }) => {
    await new SentraPage(page).openDemo(sentra.url, 'EN');
    const sel = new SelectionPage(page, 'en');
    await sel.openSession('Pemilihan sentra percontohan JICA (2004–2005)');
    await sel.tab('results');
    await expect(page.getByTestId('results-group')).toHaveCount(3);
    // Table 3.1: the three pilots, first in their groups.
    for (const [id, percent] of [
      ['demo-waru-sidoarjo', '65.6'],
      ['demo-kebumen', '63.3'],
      ['demo-serenan-klaten', '62.2'],
    ] as const) {
      const row = sel.resultRow(id);
      await expect(row.getByTestId('results-percent')).toHaveText(percent);
      await expect(row.getByTestId('results-rank-in-group')).toHaveText('1');
      await expect(row.getByTestId('results-selected')).toHaveText(sel.w.selected);
    }
    await expect(sel.resultRow('demo-sukabumi')).toHaveAttribute('data-selected', 'no');
    await screen(page, 'selection-en-01-results');
    await expectAccessibleWithoutNotifications(page, 'JICA results (en)');

    const download = page.waitForEvent('download');
    await page.getByTestId('results-export-csv').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    const csv = fs.readFileSync(await file.path(), 'utf8');
    const line = (name: string) => csv.split(/\r?\n/).find((l) => l.includes(name)) ?? '';
    expect(line('Waru-Sidoarjo')).toMatch(/65\.6/);
    expect(line('Kebumen')).toMatch(/63\.3/);
    expect(line('Serenan-Klaten')).toMatch(/62\.2/);
    // Cells a spreadsheet could execute are not written as formulas.
    expect(csv.split(/\r?\n/).some((l) => /(^|[,;])"?[=+@]/.test(l))).toBe(false);
    test.info().annotations.push({ type: 'results CSV (en), first lines', description: csv.split(/\r?\n/).slice(0, 6).join(' ⏎ ') });

    await sel.tab('sensitivity');
    await expect(page.getByTestId('sensitivity-sentence')).toHaveCount(3);
    for (const s of await page.getByTestId('sensitivity-sentence').all()) await expect(s).toHaveText(/\S.+\.$/);
    await expect(page.getByTestId('sensitivity-sentence').first()).toContainText('Sentra Logam Waru-Sidoarjo');
    await screen(page, 'selection-en-02-sensitivity');
    await expectAccessibleWithoutNotifications(page, 'JICA sensitivity (en)');

    const board = new SwotPage(page);
    await board.open('Sentra Genteng Kebumen');
    await expect(board.card('S1')).toBeVisible();
    await screen(page, 'selection-en-03-kebumen-swot');
    await board.tab('tows');
    const cited = page.getByTestId('tows-matrix').getByTestId('tows-strategy-cited');
    await expect(cited).toHaveCount(5);
    await expect(page.getByTestId('tows-cell-SO')).toContainText('Kebumen Sokka');
    await expect(page.getByTestId('tows-cell-SO').getByTestId('tows-strategy-cited')).toContainText('S1');
    await screen(page, 'selection-en-04-kebumen-tows');
    await expectAccessibleWithoutNotifications(page, 'Kebumen TOWS (en)');
  });
});
