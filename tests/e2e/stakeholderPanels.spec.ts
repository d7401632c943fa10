import fs from 'node:fs';
import path from 'node:path';
import type { Download, Page } from '@playwright/test';
import { screen, test } from './support/fixtures';
import { MapPage, expect, type Lang } from './support/mapPages';
import { expectAccessibleWithoutNotifications } from './support/notifications';
import { SentraPage } from './support/pages';

/*
 * The views around a stakeholder map (issue 7), in both languages: a CSV import with bad rows
 * (the report, then the good rows accepted), the social-capital panel, two snapshots compared,
 * the responsibility matrix by mouse and by keyboard, and the PNG, SVG and CSV exports.
 */

const CLUSTER = 'Sentra Genteng Kebumen';
const fixtures = path.resolve(import.meta.dirname, '../fixtures/stakeholders-e2e');
const NAMES = [
  'UD Genteng Jaya',
  'UD Sokka Makmur',
  'CV Tanah Liat',
  'UD Press Abadi',
  'Koperasi Genteng Kebumen',
  'Pedagang Jakarta',
  'Bank BRI Kebumen',
  'Dinas Perindag Kebumen',
  'LPM Universitas Putra Bangsa',
  'Klinik BDS Kebumen',
];
const NEW_SME = 'UD Baru Mulya';

const text = {
  id: {
    program: 'Penguatan Sentra Genteng',
    legend: 'Keterangan',
    second: 'Setelah 6 bulan',
    rows: ['Pelatihan glasir genteng', 'Akses kredit KUR'],
    density: '0,333',
  },
  en: {
    program: 'Roof-tile cluster programme',
    legend: 'Legend',
    second: 'After 6 months',
    rows: ['Glaze training', 'Access to KUR credit'],
    density: '0.333',
  },
};

async function saved(download: Download): Promise<Buffer> {
  return fs.readFileSync(await download.path());
}

/** Clicks an item of the map's Import / export menu and returns what the browser downloaded. */
async function exportFromMenu(page: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByTestId('map-io-menu').click();
  const download = page.waitForEvent('download', { timeout: 30_000 });
  await page.getByTestId(item).click();
  const d = await download;
  return { name: d.suggestedFilename(), bytes: await saved(d) };
}

/** Actors and ties files with bad rows: the report names row, column and problem; the good rows go in. */
async function importWithBadRows(page: Page, map: MapPage, lang: Lang): Promise<void> {
  await page.getByTestId('map-io-menu').click();
  await page.getByTestId('import-open').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await page.getByTestId('import-actors-file').setInputFiles(path.join(fixtures, 'actors-with-bad-rows.csv'));
  await page.getByTestId('import-ties-file').setInputFiles(path.join(fixtures, 'ties-with-bad-rows.csv'));
  await page.getByTestId('import-check').click();
  await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('import-report-actor-rows')).toHaveText('13');
  await expect(page.getByTestId('import-report-actor-valid')).toHaveText('10');
  await expect(page.getByTestId('import-report-tie-rows')).toHaveText('17');
  await expect(page.getByTestId('import-report-tie-valid')).toHaveText('15');

  // Row (the spreadsheet's own number, header = 1), column, problem.
  const problem = (row: string, column?: RegExp) =>
    page
      .getByTestId('import-problem')
      .filter({ has: page.locator('td:nth-child(2)', { hasText: new RegExp(`^${row}$`) }) })
      .filter(column ? { has: page.locator('td:nth-child(3)', { hasText: column }) } : {});
  await expect(problem('12', /kind|jenis/i)).toHaveCount(1);
  await expect(problem('13', /influence|pengaruh/i)).toHaveCount(1);
  await expect(problem('14')).not.toHaveCount(0);
  await expect(problem('17')).not.toHaveCount(0);
  await expect(problem('18', /to|ke/i)).toHaveCount(1);
  for (const p of await page.getByTestId('import-problem').all()) await expect(p.locator('td').nth(3)).not.toHaveText('');
  await page.getByTestId('import-report').scrollIntoViewIfNeeded();
  await screen(page, `panels-01-import-report-${lang}`);
  await expectAccessibleWithoutNotifications(page, `import dialog with its report (${lang})`);

  await page.getByTestId('import-apply-partial').click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  // DEFECT if this fails: MapPage gives MapIoMenu no onChanged and its map is loaded again only
  // after undo or redo (useDataVersion skips the page's own writes), so an accepted import does
  // not appear until the map is opened again. Soft, then the map is opened again to go on.
  await expect.soft(map.region, 'the imported actors and ties appear on the map at once').toHaveAttribute('aria-label', /: 10 \S+, 15 \S+$/);
  if (!/: 10 \S+, 15 \S+$/.test((await map.region.getAttribute('aria-label')) ?? '')) {
    await page.getByTestId('nav.program').click();
    await map.open(CLUSTER);
  }
  await map.expectCounts(10, 15);
  await map.tab('table');
  for (const name of NAMES) await expect(page.getByTestId('map-table').getByText(name, { exact: true }).first()).toBeVisible();
  await expect(page.getByTestId('map-table').getByText('Pabrik Keramik')).toHaveCount(0);
  await map.tab('capital');
  await expect(page.getByTestId('capital-density-value')).toHaveText(text[lang].density);
  await expectAccessibleWithoutNotifications(page, `social-capital panel (${lang})`);
  await screen(page, `panels-02-social-capital-${lang}`);
}

/** A baseline, a new SME tied to the cooperative, a second snapshot; the comparison lists and draws both. */
async function snapshots(page: Page, map: MapPage, lang: Lang): Promise<void> {
  await map.tab('snapshots');
  await page.getByTestId('snapshot-take').click();
  await expect(page.getByTestId('snapshot-label')).not.toHaveValue('');
  await page.getByTestId('snapshot-save').click();
  await expect(page.getByTestId('snapshot-row')).toHaveCount(1);

  await map.tab('canvas');
  await map.addActorByToolbar({ name: NEW_SME });
  await map.connectByKeys({ from: NEW_SME, to: 'Koperasi Genteng Kebumen', type: 'membership' });
  await map.expectCounts(11, 16);

  await map.tab('snapshots');
  await page.getByTestId('snapshot-take').click();
  await page.getByTestId('snapshot-label').fill(text[lang].second);
  await page.getByTestId('snapshot-save').click();
  await expect(page.getByTestId('snapshot-row')).toHaveCount(2);
  // Compared first as the view opens: the oldest snapshot against the map now.
  const comparison = page.getByTestId('snapshot-comparison');
  await expect(comparison).toBeVisible();
  await expect(page.getByTestId('snapshot-diff-actor-row').filter({ hasText: NEW_SME })).toHaveAttribute('data-change', 'added');
  await expect(page.getByTestId('snapshot-diff-tie-row').filter({ hasText: NEW_SME })).toHaveAttribute('data-change', 'added');
  await expect(page.getByTestId('snapshot-diff-actor-row')).toHaveCount(1);
  await expect(page.getByTestId('snapshot-diff-svg').locator('svg')).toBeVisible();
  await expect(page.getByTestId('snapshot-diff-svg').locator('svg')).toContainText(NEW_SME);
  await page.getByTestId('snapshot-diff-svg').scrollIntoViewIfNeeded();
  await screen(page, `panels-03-snapshots-compared-${lang}`);
  await page.getByTestId('snapshot-diff-actors').scrollIntoViewIfNeeded();
  await screen(page, `panels-04-snapshots-tables-${lang}`);

  // Then the two snapshots against each other. DEFECT seen on 2026-11-28: changing either picker
  // crashes the page ("TypeError: Cannot read properties of null (reading 'value')"):
  // SnapshotsView's picker reads e.currentTarget.value inside the setChoice updater, after React
  // has cleared currentTarget. Soft, and the page is loaded again so the journey goes on.
  await page.getByTestId('snapshot-compare-after').selectOption({ index: 1 });
  await page.waitForTimeout(500);
  const alive = await page.getByTestId('snapshots-view').isVisible();
  expect.soft(alive, 'the snapshots view survives picking a snapshot to compare').toBe(true);
  if (alive) {
    await expect(page.getByTestId('snapshot-diff-actor-row').filter({ hasText: NEW_SME })).toHaveAttribute('data-change', 'added');
    await screen(page, `panels-04b-two-snapshots-compared-${lang}`);
  } else {
    await page.reload();
    await map.open(CLUSTER);
  }
}

/** Two rows (Enter and the button), cells by click (part, then lead) and by keys (L, arrow, P). */
async function matrix(page: Page, map: MapPage, lang: Lang): Promise<void> {
  await map.tab('matrix');
  const [first, second] = text[lang].rows;
  await page.getByTestId('matrix-add-row-label').fill(first!);
  await page.getByTestId('matrix-add-row-label').press('Enter');
  await expect(page.getByTestId('matrix-row-label-0')).toHaveText(first!);
  await page.getByTestId('matrix-add-row-label').fill(second!);
  await page.getByTestId('matrix-add-row').click();
  await expect(page.getByTestId('matrix-row-label-1')).toHaveText(second!);

  const cell = (row: number, name: string) => page.getByTestId(`matrix-row-${row}`).locator(`td[aria-label^="${name}:"]`);
  // By mouse: one click takes part, a second leads.
  await cell(0, 'LPM Universitas Putra Bangsa').click();
  await expect(cell(0, 'LPM Universitas Putra Bangsa')).toHaveAttribute('data-value', 'part');
  await cell(0, 'Koperasi Genteng Kebumen').click();
  await expect(cell(0, 'Koperasi Genteng Kebumen')).toHaveAttribute('data-value', 'part');
  await cell(0, 'Koperasi Genteng Kebumen').click();
  await expect(cell(0, 'Koperasi Genteng Kebumen')).toHaveAttribute('data-value', 'lead');
  await expect(page.getByTestId('matrix-row-status-0').locator('[data-flag]')).toHaveAttribute('data-flag', 'oneLead');

  // By keyboard: from the grid's cell, L leads, Space cycles, P takes part, arrows move.
  await cell(1, 'Bank BRI Kebumen').focus();
  await page.keyboard.press('l');
  await expect(cell(1, 'Bank BRI Kebumen')).toHaveAttribute('data-value', 'lead');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('p');
  await expect(cell(0, 'Bank BRI Kebumen')).toHaveAttribute('data-value', 'part');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press(' ');
  await expect(page.getByTestId('matrix-row-1').locator('td[data-value="part"]')).toHaveCount(1);
  await expect(page.getByTestId('matrix-row-status-1').locator('[data-flag]')).toHaveAttribute('data-flag', 'oneLead');
  await screen(page, `panels-05-matrix-${lang}`);
  await expectAccessibleWithoutNotifications(page, `responsibility matrix (${lang})`);

  const download = page.waitForEvent('download', { timeout: 30_000 });
  await page.getByTestId('matrix-export-csv').click();
  const csv = (await saved(await download)).toString('utf8');
  expect(csv).toContain(first!);
  expect(csv).toContain('Koperasi Genteng Kebumen');
}

/** PNG, SVG and the actors' CSV, caught as downloads and read. */
async function exports(page: Page, map: MapPage, lang: Lang): Promise<void> {
  await map.tab('canvas');
  const svg = await exportFromMenu(page, 'export-svg');
  expect(svg.name).toMatch(/\.svg$/);
  const svgText = svg.bytes.toString('utf8');
  expect(svgText).toContain('<svg');
  // The words a reader sees (a long name may be wrapped over two lines), without the embedded fonts.
  const shownText = svgText
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
  expect(shownText.includes(text[lang].legend), 'the SVG has its legend').toBe(true);
  for (const name of [...NAMES, NEW_SME]) expect(shownText.includes(name), `the SVG names ${name}`).toBe(true);

  const png = await exportFromMenu(page, 'export-png');
  expect(png.name).toMatch(/\.png$/);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = png.bytes.readUInt32BE(16);
  const height = png.bytes.readUInt32BE(20);
  expect(width, 'PNG width').toBeGreaterThanOrEqual(800);
  expect(height, 'PNG height').toBeGreaterThanOrEqual(500);
  expect(width, 'PNG width').toBeLessThanOrEqual(10_000);
  expect(png.bytes.length, 'PNG bytes').toBeGreaterThan(20_000);

  const csv = await exportFromMenu(page, 'export-actors-csv');
  expect(csv.name).toMatch(/\.csv$/);
  for (const name of [...NAMES, NEW_SME]) expect(csv.bytes.toString('utf8')).toContain(name);
}

test.describe('stakeholder map: import, panel, snapshots, matrix, exports', () => {
  test.describe.configure({ timeout: 600_000 });
  // No step may wait for ever (a page that crashed would hold the whole run).
  test.use({ actionTimeout: 20_000 });

  for (const lang of ['id', 'en'] as const) {
    test(`${lang === 'id' ? 'Bahasa Indonesia' : 'English'}: import with bad rows, social capital, snapshots, matrix, exports`, async ({ page, sentra }) => {
      const app = new SentraPage(page);
      const map = new MapPage(page, lang);
      await page.goto(sentra.url);
      if (lang === 'en') await app.setLanguage('EN');
      await app.newWorkspace(text[lang].program, `Panel ${lang}`);
      await app.addCluster(CLUSTER);
      await map.open(CLUSTER);
      await importWithBadRows(page, map, lang);
      await snapshots(page, map, lang);
      await matrix(page, map, lang);
      await exports(page, map, lang);
    });
  }
});
