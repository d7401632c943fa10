import { expectAccessible } from './support/axe';
import { expect, screen, test } from './support/fixtures';
import { SentraPage } from './support/pages';

// What these journeys ask of the page inside `evaluate` (the Node-side config has no DOM types).
declare const window: { scrollTo(x: number, y: number): void; scrollY: number };
declare function getComputedStyle(element: unknown): { fontSize: string };

test('the command palette offers only what can run now', async ({ page, sentra }) => {
  await page.goto(sentra.url);
  await expect(page.getByTestId('start.openDemo')).toBeVisible();

  // With no workspace open, only what can run is offered.
  await page.keyboard.press('Control+k');
  await expect(page.getByTestId('palette.search')).toBeFocused();
  await page.keyboard.type('salinan');
  await expect(page.getByTestId('palette.openFreshDemo')).toBeVisible();
  await expect(page.getByTestId('palette.saveCopy')).toHaveCount(0);
  await expectAccessible(page, 'palette');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('palette.search')).toBeHidden();
});

test('the command palette: Ctrl+K, an English name in the Indonesian UI, Enter runs it', async ({ page, sentra }) => {
  const app = new SentraPage(page);
  await page.goto(sentra.url);
  await page.getByTestId('start.openDemo').click();
  await expect(page.getByTestId('clusters.row')).toHaveCount(12);
  await app.blur();
  await page.keyboard.press('Control+k');
  await expect(page.getByTestId('palette.togglePresentation')).toContainText('F5');
  await screen(page, 'palette-id');
  await page.keyboard.type('presentation');
  await expect(page.getByTestId('palette.togglePresentation')).toHaveText(/Mode presentasi/);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('presentation.toggle')).toHaveText('Keluar presentasi');

  // Escape closes the palette, and only the palette: the room keeps its presentation.
  await page.keyboard.press('Control+k');
  await expect(page.getByTestId('palette.search')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('palette.search')).toBeHidden();
  await expect(page.getByTestId('presentation.toggle')).toHaveText('Keluar presentasi');

  // Sections by name, keyboard only.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('program');
  await expect(page.getByTestId('palette.search')).toHaveValue('program');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('program.view')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation.toggle')).toHaveText('Presentasi');
});

test('the command palette in English: an Indonesian name, from inside a text field; a fresh demo', async ({ page, sentra }) => {
  const app = new SentraPage(page);
  await page.goto(sentra.url);
  await page.getByTestId('start.openDemo').click();
  await page.getByTestId('nav.program').click();
  await app.setLanguage('EN');
  await page.getByTestId('program.name').focus();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('sentra');
  // "About Sentra" matches in English and comes first; the arrow keys reach the section.
  await expect(page.getByTestId('palette.section.clusters')).toHaveText('Clusters');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('clusters.row')).toHaveCount(12);

  // A fresh copy of the demo: a new file, not the one already open.
  await app.blur();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('fresh copy');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('workspace.fileName')).toHaveText('Sentra Demo 2.sentra');
});

test('presentation mode: type sized by the screen, headers in view, no stray hint, top of the page, no hidden stops for Tab', async ({ page, sentra }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto(sentra.url);
  // On the start screen the sidebar is hidden too: Tab must not walk through it.
  await page.getByTestId('presentation.toggle').focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('.mantine-AppShell-navbar a:focus')).toHaveCount(0);

  await page.getByTestId('start.openDemo').click();
  await expect(page.getByTestId('clusters.row')).toHaveCount(12);
  await page.evaluate(() => window.scrollTo(0, 400));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

  // Clicking the toggle: the hint it showed on hover goes, and the page starts at its top.
  await page.getByTestId('presentation.toggle').hover();
  await expect(page.getByRole('tooltip')).toBeVisible();
  await page.getByTestId('presentation.toggle').click();
  await expect(page.getByTestId('presentation.toggle')).toHaveText('Keluar presentasi');
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  // Body text at 1920×1080 reads from the back of the room (it was 21 px).
  await page.setViewportSize({ width: 1920, height: 1080 });
  const cellSize = await page
    .getByTestId('clusters.row')
    .first()
    .locator('td')
    .first()
    .evaluate((td) => parseFloat(getComputedStyle(td).fontSize));
  expect(cellSize).toBeGreaterThanOrEqual(28);

  // Column names stay under the header while the rows scroll.
  await page.mouse.move(960, 700);
  await page.mouse.wheel(0, 900);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  const header = await page.locator('.mantine-AppShell-header').boundingBox();
  const columnName = await page.getByTestId('clusters.table').locator('thead th').first().boundingBox();
  expect(Math.abs(columnName!.y - (header!.y + header!.height))).toBeLessThan(2);
  await screen(page, 'presentation-1920-sticky-header');

  // Tab from the last header control goes into the page, never into the hidden sidebar.
  await page.getByTestId('presentation.toggle').focus();
  for (let i = 0; i < 3; i += 1) {
    await page.keyboard.press('Tab');
    await expect(page.locator('.mantine-AppShell-navbar a:focus')).toHaveCount(0);
  }

  // Changing section starts at the top too.
  await page.getByTestId('presentation.nav.program').click();
  await expect(page.getByTestId('program.view')).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.getByTestId('presentation.nav.clusters').click();
  await page.getByTestId('clusters.row').filter({ hasText: 'Ceper' }).click();
  await expect(page.getByTestId('cluster.profile')).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await screen(page, 'presentation-1920-cluster');
});
