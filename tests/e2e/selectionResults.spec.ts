import fs from 'node:fs';
import type { Page } from '@playwright/test';
import type { Rubric, SessionFields } from '../../shared/domain/selection/schemas';
import { expectAccessible } from './support/axe';
import { callService } from './support/callService';
import { expect as baseExpect, screen, test } from './support/fixtures';
import { SentraPage } from './support/pages';
import { sessionOfThreeScorers } from './support/selectionSessions';

/*
 * The results, sensitivity and scorers-compared tabs (issue 8): the demo's JICA session
 * reproduces Table 3.1 in the layout of the report, with its charts; weights tried by keyboard
 * re-rank live and can be saved as one undoable step; three scorers compared; hidden scores show
 * no figure. Both languages, presentation mode, axe on every screen, screenshots to look at.
 */

// Each step commits and reloads the session; on a busy build machine that can take seconds.
const expect = baseExpect.configure({ timeout: 20_000 });

const JICA = 'demo-jica-2004';

async function openSession(page: Page, id: string, tab: 'results' | 'sensitivity' | 'scorers') {
  await new SentraPage(page).goToRoute(`#/selection/${encodeURIComponent(id)}`);
  await expect(page.getByTestId('selection-session')).toBeVisible();
  await page.getByTestId(`selection-tab-${tab}`).click();
}

const row = (page: Page, clusterId: string) => page.locator(`[data-testid="results-row"][data-cluster="${clusterId}"]`);

/** Table 3.1 as published: percent, rank in group, pilot. */
const TABLE_3_1: [string, string, number, boolean][] = [
  ['demo-tegal', '45.6', 3, false],
  ['demo-sukabumi', '56.7', 2, false],
  ['demo-waru-sidoarjo', '65.6', 1, true],
  ['demo-serenan-klaten', '62.2', 1, true],
  ['demo-amuntai-hsu', '38.9', 4, false],
  ['demo-lima-puluh-kota', '41.1', 3, false],
  ['demo-garut', '42.2', 2, false],
  ['demo-tanjung-batu', '41.1', 3, false],
  ['demo-mampang-bekasi', '42.2', 2, false],
  ['demo-kebumen', '63.3', 1, true],
];

async function expectTable31(page: Page, decimal: ',' | '.') {
  await expect(page.getByTestId('results-group')).toHaveCount(3);
  for (const [id, percent, rank, pilot] of TABLE_3_1) {
    await expect(row(page, id).getByTestId('results-percent')).toHaveText(percent.replace('.', decimal));
    await expect(row(page, id).getByTestId('results-rank-in-group')).toHaveText(String(rank));
    await expect(row(page, id)).toHaveAttribute('data-selected', pilot ? 'yes' : 'no');
  }
}

test('the JICA session in Bahasa Indonesia: Table 3.1, charts, weights tried and saved, presentation mode', async ({ page, sentra }) => {
  test.setTimeout(360_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await new SentraPage(page).openDemo(sentra.url);
  await openSession(page, JICA, 'results');

  await expectTable31(page, ',');
  await expect(row(page, 'demo-waru-sidoarjo').getByTestId('results-selected')).toHaveText('✓ Terpilih');
  await expect(row(page, 'demo-tegal').getByTestId('results-dim-growth')).toHaveText('31 / 54');
  await expect(page.getByTestId('results-rule-text')).toHaveText('Terpilih: 1 sentra teratas di tiap kelompok.');
  await expect(page.getByTestId('result-bars')).toHaveCount(3);
  // Totals only: the radar's axes are the two dimensions, and it says the determinants were not scored.
  await expect(page.getByTestId('diamond-radar')).toHaveCount(3);
  await expect(page.getByTestId('diamond-radar').first()).toContainText('tidak dinilai terpisah');
  await expect(page.getByTestId('diamond-radar').first().locator('[role="img"]')).toHaveAttribute(
    'aria-label',
    /Sentra Logam Waru-Sidoarjo: Peluang pertumbuhan: 70,4 %; Kemampuan bertindak: 58,3 %/,
  );
  await screen(page, 'selection-results-id');
  await page.getByTestId('results-charts').scrollIntoViewIfNeeded();
  await screen(page, 'selection-results-charts-id');
  await expectAccessible(page, 'results (id)');

  // The rule edited where it is shown: a threshold of 60 % selects the three pilots and nobody else.
  await page.getByTestId('results-rule-kind').getByText('Di atas ambang persentase').click();
  await expect(page.getByTestId('results-rule-text')).toHaveText('Terpilih: setiap sentra dengan persentase 50,0 % atau lebih.');
  await expect(row(page, 'demo-sukabumi')).toHaveAttribute('data-selected', 'yes');
  await page.getByTestId('results-rule-value').fill('60');
  await page.getByTestId('results-rule-value').press('Enter');
  await expect(page.getByTestId('results-rule-text')).toHaveText('Terpilih: setiap sentra dengan persentase 60,0 % atau lebih.');
  await expect(row(page, 'demo-sukabumi')).toHaveAttribute('data-selected', 'no');
  await page.getByTestId('results-rule-value').fill('150');
  await page.getByTestId('results-rule-value').press('Enter');
  await expect(page.getByText('Ambang paling besar 100 %.')).toBeVisible();
  await page.getByTestId('results-rule-kind').getByText('N teratas per kelompok').click();
  await expect(page.getByTestId('results-rule-text')).toHaveText('Terpilih: 1 sentra teratas di tiap kelompok.');

  // Sensitivity: each leader scores higher on both totals, so no single weight changes a pilot.
  await page.getByTestId('selection-tab-sensitivity').click();
  await expect(page.getByTestId('sensitivity-sentence')).toHaveCount(3);
  await expect(page.getByTestId('sensitivity-sentence').first()).toContainText('Sentra Logam Waru-Sidoarjo');
  // Growth opportunity ×0 by keyboard (Home): action alone puts Lima Puluh Kota (8) above Garut (5).
  const growth = page.getByTestId('weight-slider-growth').getByRole('slider');
  await growth.focus();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('weight-factor-growth')).toHaveText('×0');
  const kota = page.locator('[data-testid="live-row"][data-cluster="demo-lima-puluh-kota"]');
  await expect(kota.getByTestId('rank-change')).toHaveText('↑ naik 1');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('weight-factor-growth')).toHaveText('×0,05');
  await screen(page, 'selection-sensitivity-id');
  await expectAccessible(page, 'sensitivity (id)');
  await page.getByTestId('weights-reset').click();
  await expect(page.getByTestId('weight-factor-growth')).toHaveText('×1');
  await expect(kota.getByTestId('rank-change')).toHaveCount(0);

  // Saved to the rubric: one undo step brings the published weights back.
  const action = page.getByTestId('weight-slider-action').getByRole('slider');
  await action.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('weight-factor-action')).toHaveText('×1,5');
  await page.getByTestId('weights-save').click();
  await expect(page.getByTestId('weight-factor-action')).toHaveText('×1');
  expect((await callService(page, 'selection.sessions.get', { id: JICA, asScorer: null })).session.rubric.dimensions[1]!.weight).toBe(1.5);
  await page.getByTestId('history.undo').click();
  await expect.poll(async () => (await callService(page, 'selection.sessions.get', { id: JICA, asScorer: null })).session.rubric.dimensions[1]!.weight).toBe(1);

  // On the projector: the same figures, larger, without the editing controls.
  await page.getByTestId('selection-tab-results').click();
  await page.getByTestId('presentation.toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-presentation', 'on');
  // The pointer off the toggle: a hovered filled button is teal 8, below AA for its white text (reported).
  await page.mouse.move(600, 500);
  await expect(page.getByTestId('results-rule-kind')).toBeHidden();
  await expectTable31(page, ',');
  await screen(page, 'selection-results-presentation-id');
  await expectAccessible(page, 'results in presentation mode (id)');
  await page.getByTestId('results-charts').scrollIntoViewIfNeeded();
  await screen(page, 'selection-results-charts-presentation-id');
  await page.getByTestId('selection-tab-sensitivity').click();
  await screen(page, 'selection-sensitivity-presentation-id');
  await expectAccessible(page, 'sensitivity in presentation mode (id)');
});

const fields: SessionFields = {
  name: 'Tiga penilai',
  heldOn: null,
  note: '',
  scoringMode: 'scorers',
  hidden: false,
  aggregation: 'mean',
  rule: 'topN',
  topN: 1,
  threshold: 60,
};

const criterion = (id: string, name: string, determinant: 'factor' | 'demand' | 'related' | 'strategy' | null) => ({
  id,
  name,
  description: '',
  max: 10,
  weight: 1,
  determinant,
});
const diamondRubric: Rubric = {
  name: 'Rubrik berlian',
  note: '',
  dimensions: [
    {
      id: 'growth',
      name: 'Peluang pertumbuhan',
      description: '',
      total: 40,
      weight: 1,
      optional: false,
      enabled: true,
      criteria: [
        criterion('factor', 'Kondisi faktor', 'factor'),
        criterion('demand', 'Kondisi permintaan', 'demand'),
        criterion('related', 'Industri pendukung', 'related'),
        criterion('strategy', 'Persaingan usaha', 'strategy'),
      ],
    },
    {
      id: 'action',
      name: 'Kapasitas bertindak',
      description: '',
      total: 10,
      weight: 1,
      optional: false,
      enabled: true,
      criteria: [criterion('workshop', 'Kinerja lokakarya', null)],
    },
  ],
};

/** Three clusters scored by three scorers; Mas Adi ranks them the other way round. */
async function scoredSession(page: Page, hidden: boolean) {
  const { id, clusters, state } = await sessionOfThreeScorers(page, { ...fields, hidden }, diamondRubric);
  const base = [8, 6, 3];
  for (const scorer of state.scorers) {
    const values = scorer.name === 'Mas Adi' ? [...base].reverse() : base;
    const cells = clusters.flatMap((c, i) =>
      diamondRubric.dimensions.flatMap((d) =>
        d.criteria.map((k) => ({ clusterId: c.id, criterionId: k.id, value: values[i]! + (scorer.name === 'Pak Joko' ? 1 : 0) })),
      ),
    );
    await callService(page, 'selection.scores.set', { sessionId: id, scorerId: scorer.id, enteredBy: scorer.id, cells });
  }
  return id;
}

test('three scorers compared, the diamond radar, hidden scores; results in English with the CSV export', async ({ page, sentra }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await new SentraPage(page).openDemo(sentra.url, 'EN');

  // The JICA session in English: decimal points, the same ranks and pilots, the export in Table 3.1's layout.
  await openSession(page, JICA, 'results');
  await expectTable31(page, '.');
  await expect(row(page, 'demo-kebumen').getByTestId('results-selected')).toHaveText('✓ Selected');
  const download = page.waitForEvent('download');
  await page.getByTestId('results-export-csv').click();
  const csv = fs.readFileSync(await (await download).path(), 'utf8');
  expect(csv).toContain('Waru-Sidoarjo');
  expect(csv).toContain('65.6');
  await screen(page, 'selection-results-en');
  await page.getByTestId('selection-tab-sensitivity').click();
  await expect(page.getByTestId('sensitivity-sentence')).toHaveCount(3);
  await screen(page, 'selection-sensitivity-en');

  // Three scorers: Mas Adi, who ranks the clusters the other way round, comes first.
  const id = await scoredSession(page, false);
  await openSession(page, id, 'scorers');
  await expect(page.getByTestId('scorer-row')).toHaveCount(3);
  await expect(page.getByTestId('scorer-row').first()).toContainText('Mas Adi');
  await expect(page.getByTestId('scorer-row').first().getByTestId('scorer-rho')).toContainText('-1.00');
  await expect(page.getByTestId('scorer-row').first().getByTestId('scorer-rho')).toContainText('opposite');
  await screen(page, 'selection-scorers-en');
  await expectAccessible(page, 'scorers compared (en)');

  // Criteria tagged with the determinants: the radar's spokes are the diamond.
  await page.getByTestId('selection-tab-results').click();
  const radar = page.getByTestId('diamond-radar').first();
  await expect(radar.locator('[role="img"]')).toHaveAttribute('aria-label', /Factor conditions|Demand conditions/);
  await expect(radar).not.toContainText('not scored separately');
  await page.getByTestId('results-charts').scrollIntoViewIfNeeded();
  await screen(page, 'selection-results-diamond-en');
  await expectAccessible(page, 'results with the diamond radar (en)');

  // Hidden and not revealed: no figure anywhere.
  const hiddenId = await scoredSession(page, true);
  await openSession(page, hiddenId, 'results');
  await expect(page.getByTestId('results-withheld')).toBeVisible();
  await expect(page.getByTestId('results-row')).toHaveCount(0);
  for (const tab of ['sensitivity', 'scorers'] as const) {
    await page.getByTestId(`selection-tab-${tab}`).click();
    await expect(page.getByTestId('results-withheld')).toBeVisible();
  }
  await screen(page, 'selection-results-withheld-en');
});
