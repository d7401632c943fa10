import type { Locator, Page } from '@playwright/test';
import { emptyClusterFields } from '../../shared/domain/clusters/schemas';
import type { Rubric, SessionFields } from '../../shared/domain/selection/schemas';
import { expectAccessible } from './support/axe';
import { callService } from './support/callService';
import { expect as baseExpect, screen, test } from './support/fixtures';
import { SentraPage } from './support/pages';
import { sessionOfThreeScorers } from './support/selectionSessions';

// What the page is asked inside `evaluate` (the Node-side config has no DOM types).
interface PageTarget {
  dispatchEvent(event: unknown): boolean;
}
type Element = PageTarget;
declare const document: { activeElement: PageTarget | null };
declare const requestAnimationFrame: (callback: () => void) => number;
declare class DataTransfer {
  setData(type: string, data: string): void;
}
declare class ClipboardEvent {
  constructor(type: string, init: { clipboardData: DataTransfer; bubbles: boolean; cancelable: boolean });
}
declare class KeyboardEvent {
  constructor(type: string, init: { key: string; bubbles: boolean; cancelable: boolean });
}

// Generous waits: these journeys run beside builds and other suites on a shared machine.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 900_000 });

/*
 * The scoring grid (issue 8): three scorers in hidden mode, scores typed and pasted as in a
 * spreadsheet, bad input refused next to the cell, the reveal, the largest disagreement discussed
 * and a consensus recorded, the log; axe on each screen, screenshots at 1366×768 and in
 * presentation mode. A second test measures typing in a grid of 100 candidates × 40 criteria.
 */

const fields: SessionFields = {
  name: 'Pemilihan lokasi uji',
  heldOn: null,
  note: '',
  scoringMode: 'scorers',
  hidden: true,
  aggregation: 'mean',
  rule: 'topN',
  topN: 1,
  threshold: 60,
};

const criterion = (id: string, name: string, max: number, description = '') => ({ id, name, description, max, weight: 1, determinant: null });
const smallRubric: Rubric = {
  name: 'Rubrik uji',
  note: '',
  dimensions: [
    {
      id: 'growth',
      name: 'Peluang pertumbuhan',
      description: '',
      total: 20,
      weight: 1,
      optional: false,
      enabled: true,
      criteria: [criterion('factor', 'Kondisi faktor', 10, 'Bahan baku, tenaga kerja terampil, prasarana.'), criterion('demand', 'Kondisi permintaan', 10)],
    },
    {
      id: 'action',
      name: 'Kapasitas bertindak',
      description: '',
      total: 10,
      weight: 1,
      optional: false,
      enabled: true,
      criteria: [criterion('workshop', 'Kinerja lokakarya', 10)],
    },
  ],
};

/** A workspace with the demo's clusters and a hidden session of three scorers on three of them. */
async function hiddenSession(page: Page) {
  const { id, state } = await sessionOfThreeScorers(page, fields, smallRubric);
  return { id, clusters: state.candidates.map((c) => ({ id: c.clusterId, name: c.clusterName })), scorers: state.scorers };
}

async function openSession(page: Page, id: string) {
  await new SentraPage(page).goToRoute(`#/selection/${encodeURIComponent(id)}`);
  await expect(page.getByTestId('selection-session')).toBeVisible({ timeout: 60_000 });
}

/** Whose eyes the page sees through (the page header's picker): a scorer, or the facilitator. */
async function enterAs(page: Page, name: string) {
  await page.getByTestId('session.enteringAs').click();
  await page.getByRole('option', { name, exact: true }).click();
  await expect(page.getByTestId('session.enteringAs')).toHaveValue(name);
}

const cell = (page: Page, clusterId: string, criterionId: string): Locator => page.getByTestId(`score-cell-${clusterId}-${criterionId}`);

/** Pastes text into the focused grid as a spreadsheet's clipboard would. */
async function paste(page: Page, text: string) {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test('three scorers in hidden mode: type, paste, bad input, reveal, consensus, log', async ({ page, sentra }) => {
  await new SentraPage(page).openDemo(sentra.url);
  const { id, clusters, scorers } = await hiddenSession(page);
  const [c1, c2, c3] = clusters.map((c) => c.id) as [string, string, string];
  await openSession(page, id);

  // The facilitator's view: nobody's scores, the projector's waiting screen.
  await expect(page.getByTestId('scoring-waiting')).toHaveText('Menunggu 3 penilai lagi');
  await expect(page.getByTestId('scoring-reveal')).toBeDisabled();
  await expect(page.getByTestId('score-grid')).toHaveCount(0);
  await screen(page, 'selection-scoring-waiting-id');
  await expectAccessible(page, 'scoring: waiting');

  // Bu Sri types her own scores: Enter goes down, Tab right, a decimal comma is a decimal.
  await enterAs(page, 'Bu Sri');
  await expect(cell(page, c1, 'factor')).toContainText('belum dinilai');
  await cell(page, c1, 'factor').click();
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await page.keyboard.type('6,5');
  await page.keyboard.press('Enter');
  await page.keyboard.type('3');
  await page.keyboard.press('Tab');
  await expect(cell(page, c1, 'factor')).toHaveText('7');
  await expect(cell(page, c2, 'factor')).toHaveText('6,5');
  await expect(cell(page, c3, 'factor')).toHaveText('3');
  await expect(cell(page, c3, 'demand')).toBeFocused();

  // Bad input: text, above the maximum, below zero — a message next to the cell, nothing written.
  await page.keyboard.type('tinggi');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('score-problem')).toHaveText('Nilai harus berupa angka.');
  await page.getByTestId('score-editor').fill('12');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('score-problem')).toContainText('Kondisi permintaan');
  await expect(page.getByTestId('score-problem')).toContainText('0 sampai 10');
  await screen(page, 'selection-scoring-bad-input-id');
  await page.getByTestId('score-editor').fill('-1');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('score-problem')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('score-editor')).toHaveCount(0);
  await expect(cell(page, c3, 'demand')).toContainText('belum dinilai');

  // F2 edits, Delete clears (missing again, never 0), arrows move.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('F2');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect(cell(page, c2, 'factor')).toHaveText('5');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Delete');
  await expect(cell(page, c2, 'factor')).toContainText('belum dinilai');
  await expect(cell(page, c2, 'factor')).toHaveAttribute('data-missing', 'true');

  // A block from a spreadsheet: the whole 3 × 3 in one commit, one undo step.
  await cell(page, c1, 'factor').click();
  await paste(page, '7\t8\t4\n6,5\t5\t3\n3\t2\t2\n');
  await expect(cell(page, c2, 'factor')).toHaveText('6,5');
  await expect(cell(page, c3, 'workshop')).toHaveText('2');
  // A block with a bad cell changes nothing.
  await paste(page, '9\tx\n');
  await expect(page.getByTestId('score-problem')).toContainText('Tempel dibatalkan');
  await expect(cell(page, c1, 'factor')).toHaveText('7');
  await expect(page.getByTestId('scoring-progress-row').first()).toHaveAttribute('data-done', 'true');
  await expectAccessible(page, 'scoring: Bu Sri');
  await screen(page, 'selection-scoring-grid-id');

  // Pak Joko has no laptop: the facilitator types his block for him.
  await enterAs(page, 'Pak Joko');
  await expect(cell(page, c1, 'factor')).toContainText('belum dinilai');
  await page.getByTestId('scoring-by-facilitator').click();
  await cell(page, c1, 'factor').click();
  await paste(page, '2\t8\t5\n6\t6\t3\n4\t2\t1');
  await expect(cell(page, c3, 'workshop')).toHaveText('1');

  // Mas Adi types his.
  await enterAs(page, 'Mas Adi');
  await cell(page, c1, 'factor').click();
  for (const row of [
    ['3', '8', '5'],
    ['6', '5', '3'],
    ['4', '2', '2'],
  ]) {
    for (const v of row) {
      await page.keyboard.type(v);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
  }
  await expect(cell(page, c3, 'workshop')).toHaveText('2');

  // Everyone is done: the facilitator reveals; the group view shows the means.
  await enterAs(page, 'Fasilitator');
  await expect(page.getByTestId('scoring-waiting')).toHaveText('Semua nilai sudah masuk');
  await page.getByTestId('scoring-reveal').click();
  await expect(page.getByTestId('score-grid')).toBeVisible();
  // Bu Sri 7, Pak Joko 2, Mas Adi 3: mean 4 and the largest disagreement (5 of 10).
  await expect(cell(page, c1, 'factor')).toHaveText('4');
  await screen(page, 'selection-scoring-group-id');
  await expectAccessible(page, 'scoring: group view');

  // The largest disagreement comes first; discuss it and record a consensus with its note.
  await page.getByTestId('selection-tab-disagreements').click();
  const first = page.getByTestId('disagreement-row').first();
  await expect(first).toHaveAttribute('data-cell', `${c1}:factor`);
  await expect(first.getByTestId('disagreement-spread')).toHaveText('5 (50%)');
  await expectAccessible(page, 'disagreements');
  await screen(page, 'selection-disagreements-id');
  await first.getByTestId('disagreement-discuss').click();
  await expect(page.getByTestId('discuss-score')).toHaveCount(3);
  await page.getByTestId('consensus-value').fill('6');
  await page.getByTestId('consensus-save').click();
  await expect(page.getByTestId('consensus-note')).toHaveAttribute('aria-invalid', 'true');
  await page.getByTestId('consensus-note').fill('Bahan baku tersedia, tenaga terampil kurang.');
  await expectAccessible(page, 'discuss dialog');
  await screen(page, 'selection-discuss-id');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('consensus-dialog')).toHaveCount(0);
  await expect(first.getByTestId('disagreement-consensus')).toHaveText('6');

  // The group view marks the consensus; the log has every entry, with the facilitator's and the note.
  await page.getByTestId('selection-tab-scoring').click();
  await expect(cell(page, c1, 'factor')).toContainText('6');
  await expect(cell(page, c1, 'factor')).toContainText('nilai konsensus');
  await page.getByTestId('selection-tab-log').click();
  await expect(page.getByTestId('log-row').first()).toContainText('Bahan baku tersedia');
  await expect(page.getByTestId('log-row').first()).toContainText('Konsensus');
  await expect(page.getByTestId('log-table')).toContainText('Fasilitator');
  await page.getByTestId('log-filter-criterion').click();
  await page.getByRole('option', { name: 'Kinerja lokakarya' }).click();
  await expect(page.getByTestId('log-row').first()).toContainText('Kinerja lokakarya');
  await expectAccessible(page, 'log');
  await screen(page, 'selection-log-id');
  expect(scorers).toHaveLength(3);

  // Presentation mode: the group view and the disagreements, large.
  await page.getByTestId('selection-tab-scoring').click();
  await page.keyboard.press('F5');
  await expect(page.locator('html')).toHaveAttribute('data-presentation', 'on');
  await expectAccessible(page, 'scoring: presentation');
  await screen(page, 'selection-scoring-presentation-id');
  await page.getByTestId('selection-tab-disagreements').click();
  await screen(page, 'selection-disagreements-presentation-id');
});

test('presentation mode shows the waiting screen large', async ({ page, sentra }) => {
  await new SentraPage(page).openDemo(sentra.url);
  const { id } = await hiddenSession(page);
  await openSession(page, id);
  await page.keyboard.press('F5');
  await expect(page.getByTestId('scoring-waiting')).toBeVisible();
  await expectAccessible(page, 'waiting: presentation');
  await screen(page, 'selection-scoring-waiting-presentation-id');
});

test('typing stays fast in a grid of 100 candidates × 40 criteria', async ({ page, sentra }) => {
  await new SentraPage(page).openDemo(sentra.url);
  const existing = await callService(page, 'clusters.list', {});
  for (let i = existing.length; i < 100; i += 1) await callService(page, 'clusters.create', { ...emptyClusterFields(`Sentra uji ${i + 1}`), group: 'other' });
  const clusters = (await callService(page, 'clusters.list', {})).slice(0, 100);
  const big: Rubric = {
    name: 'Rubrik besar',
    note: '',
    dimensions: [0, 1, 2, 3].map((d) => ({
      id: `d${d}`,
      name: `Dimensi ${d + 1}`,
      description: '',
      total: 100,
      weight: 1,
      optional: false,
      enabled: true,
      criteria: Array.from({ length: 10 }, (_, c) => criterion(`d${d}c${c}`, `Kriteria ${d * 10 + c + 1}`, 10)),
    })),
  };
  const created = await callService(page, 'selection.sessions.create', { fields: { ...fields, hidden: false }, rubric: big, source: null });
  let state = await callService(page, 'selection.groups.add', { sessionId: created.id, name: 'Semua' });
  state = await callService(page, 'selection.candidates.add', { sessionId: created.id, groupId: state.groups[0]!.id, clusterIds: clusters.map((c) => c.id) });
  for (let s = 0; s < 3; s += 1)
    state = await callService(page, 'selection.scorers.add', { sessionId: created.id, fields: { name: `Penilai ${s + 1}`, actorId: null } });
  const scorer = state.scorers[0]!;
  // Half the grid already scored, so each reload carries a realistic load.
  const cells = clusters.flatMap((c, i) => big.dimensions.flatMap((d) => d.criteria.map((k) => ({ clusterId: c.id, criterionId: k.id, value: (i % 10) + 0 }))));
  await callService(page, 'selection.scores.set', {
    sessionId: created.id,
    scorerId: scorer.id,
    enteredBy: scorer.id,
    cells: cells.filter((_, i) => i % 2 === 0),
  });
  await openSession(page, created.id);
  await enterAs(page, 'Penilai 1');
  const firstCluster = clusters[0]!.id;
  await cell(page, firstCluster, 'd0c1').click();

  // Key to paint: a digit typed into a cell until the frame after it shows in the editor, and
  // Enter until the next cell is focused with the value shown (the commit runs behind).
  const samples = await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const key = (target: Element, k: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    const typed: number[] = [];
    const entered: number[] = [];
    for (let i = 0; i < 30; i += 1) {
      const t0 = performance.now();
      key(document.activeElement!, String(i % 10));
      await frame();
      typed.push(performance.now() - t0);
      const t1 = performance.now();
      key(document.activeElement!, 'Enter');
      await frame();
      entered.push(performance.now() - t1);
    }
    return { typed, entered };
  });
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;
  console.log(
    `100×40 grid: key→paint median ${median(samples.typed).toFixed(1)} ms (p95 ${p95(samples.typed).toFixed(1)}), Enter→next cell median ${median(samples.entered).toFixed(1)} ms (p95 ${p95(samples.entered).toFixed(1)})`,
  );
  // Every typed value was committed (30 cells down the column, from the second row).
  await expect
    .poll(
      async () =>
        (await callService(page, 'selection.sessions.get', { id: created.id, asScorer: scorer.id })).scores.filter((s) => s.criterionId === 'd0c1').length,
      {
        timeout: 30_000,
      },
    )
    .toBeGreaterThanOrEqual(30);
  await screen(page, 'selection-scoring-100x40-id');
});
