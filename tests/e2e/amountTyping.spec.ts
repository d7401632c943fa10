import { callService } from './support/callService';
import { expect, screen, test } from './support/fixtures';
import { SentraPage } from './support/pages';

/*
 * Amounts typed key by key the Indonesian way are read as written, and the same text pasted
 * gives the same figure (issue 6 §5: "Rp 2.500.000,00" used to store Rp 250.000.000).
 */
test('amounts typed and pasted the Indonesian way are stored as written, or refused with a reason', async ({ page, context, sentra }) => {
  const app = new SentraPage(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(sentra.url);
  await page.getByTestId('start.openDemo').click();
  await page.getByTestId('clusters.row').filter({ hasText: 'Kebumen' }).click();
  const value = page.getByTestId('cluster.productionValue');
  const workers = page.getByTestId('cluster.workers');

  // Typed with the keyboard, character by character.
  await value.click();
  await page.keyboard.type('Rp 2.500.000,00');
  await expect(page.getByText('Dibaca: Rp 2.500.000', { exact: true })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(value).toHaveValue('Rp 2.500.000');
  await app.waitSaved();

  // A decimal part in a count is refused with a reason, and nothing of it is stored.
  await workers.click();
  await page.keyboard.type('1,5');
  await page.keyboard.press('Tab');
  await expect(page.getByText('Isi dengan bilangan bulat.')).toBeVisible();
  await expect(workers).toHaveValue('1,5');
  await workers.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('1.250');
  await page.keyboard.press('Tab');
  await expect(workers).toHaveValue('1.250');
  await app.waitSaved();

  // Scale words are understood and read back while typing.
  await value.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('2,5 M');
  await expect(page.getByText('Dibaca: Rp 2.500.000.000', { exact: true })).toBeVisible();
  await screen(page, 'id-amount-read-back');
  await page.keyboard.press('Tab');
  await expect(value).toHaveValue('Rp 2.500.000.000');
  await app.waitSaved();

  // Sen in a whole-Rupiah field: refused, not rounded, not turned into digits. Typed slowly, as a
  // person does: "1.500.000" on the way is a valid figure, and it must not be stored either.
  await value.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('1.500.000,50', { delay: 450 });
  await page.keyboard.press('Tab');
  await expect(page.getByText('Isi dalam rupiah utuh, tanpa sen (misalnya 1.500.000).')).toBeVisible();
  expect((await callService(page, 'clusters.get', { id: 'demo-kebumen' })).productionValue).toBe(2_500_000_000);
  await screen(page, 'id-amount-refused');

  // Pasting the same text as was typed gives the same figure.
  // The page's own clipboard (this config has no DOM types, hence the cast).
  await page.evaluate(() =>
    (globalThis as unknown as { navigator: { clipboard: { writeText: (text: string) => Promise<void> } } }).navigator.clipboard.writeText('Rp 2.500.000,00'),
  );
  await value.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+v');
  await page.keyboard.press('Tab');
  await expect(value).toHaveValue('Rp 2.500.000');
  await app.waitSaved();

  await page.getByTestId('cluster.back').click();
  const row = page.getByTestId('clusters.row').filter({ hasText: 'Kebumen' });
  await expect(row).toContainText('Rp 2.500.000');
  await expect(row).not.toContainText('Rp 250.000.000');
  await expect(row).toContainText('1.250');
});

test('in English a bare "M" is refused as million-or-miliar, and the word is understood', async ({ page, sentra }) => {
  const app = new SentraPage(page);
  await page.goto(sentra.url);
  await app.setLanguage('EN');
  await page.getByTestId('start.openDemo').click();
  await page.getByTestId('clusters.row').filter({ hasText: 'Kebumen' }).click();
  const value = page.getByTestId('cluster.productionValue');
  await value.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('2.5M');
  await page.keyboard.press('Tab');
  await expect(page.getByText('“M” can mean million or miliar')).toBeVisible();
  await value.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('2.5 billion');
  await page.keyboard.press('Tab');
  await expect(value).toHaveValue('Rp 2,500,000,000');
  await app.waitSaved();
  await page.reload();
  await expect(page.getByTestId('cluster.productionValue')).toHaveValue('Rp 2,500,000,000');
});
