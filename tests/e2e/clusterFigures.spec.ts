import { expect, screen, test } from './support/fixtures';
import { SentraPage } from './support/pages';

test('after a rename the title, the delete dialog and the presented profile name the new name', async ({ page, sentra }) => {
  const app = new SentraPage(page);
  await page.goto(sentra.url);
  await page.getByTestId('start.openDemo').click();
  await page.getByTestId('clusters.row').filter({ hasText: 'Kebumen' }).click();
  const name = page.getByTestId('cluster.name');
  await name.fill('Sentra Genteng Sokka');
  await name.press('Tab');
  await app.waitSaved();
  await expect(page.getByTestId('cluster.title')).toHaveText('Sentra Genteng Sokka');

  await page.getByTestId('cluster.delete').click();
  await expect(page.getByRole('dialog')).toContainText('“Sentra Genteng Sokka”');
  await page.keyboard.press('Escape');

  // A name emptied for retyping: the title keeps what is stored, not the name the page opened with.
  await name.fill('');
  await expect(page.getByTestId('cluster.title')).toHaveText('Sentra Genteng Sokka');
  await name.fill('Sentra Genteng Press Sokka');
  await app.waitSaved();
  await app.blur();
  await page.keyboard.press('F5');
  await expect(page.getByTestId('cluster.profile').getByRole('heading', { level: 1 })).toHaveText('Sentra Genteng Press Sokka');
});

test('figures that disagree or leave something out say so beside the figure, in presentation mode too', async ({ page, sentra }) => {
  await page.goto(sentra.url);
  await page.getByTestId('start.openDemo').click();
  // Only Ceper has enterprise counts: the total says it stands on one cluster of twelve.
  await expect(page.getByTestId('clusters.total.enterprises.covers')).toHaveText('1 dari 12 sentra berisi angka');
  await page.getByTestId('clusters.row').filter({ hasText: 'Ceper' }).click();
  await expect(page.getByTestId('cluster.disagreement.medium').first()).toHaveText(
    'Menengah (20–99 orang): isian sentra 58, sedangkan jumlah per desa 68. Periksa mana yang benar.',
  );

  // A value in error in a village is left out of the totals, with a word.
  await expect(page.getByTestId('cluster.villageTotals')).toContainText('kecil 144');
  const cell = page.getByTestId('cluster.villageCounts.0.small');
  await cell.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('-5');
  await expect(page.getByTestId('cluster.villageTotals')).toContainText('kecil 121');
  await expect(page.getByTestId('cluster.villageLeftOut')).toHaveText('Isian yang salah tidak ikut dijumlah: 1');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('23');
  await expect(page.getByTestId('cluster.villageLeftOut')).toHaveCount(0);

  await new SentraPage(page).blur();
  await page.keyboard.press('F5');
  await expect(page.getByTestId('cluster.profile.disagreement.medium')).toHaveText('Berbeda dengan jumlah per desa: 68');
  await expect(page.getByTestId('cluster.profile.disagreement.total')).toHaveText('Berbeda dengan jumlah per desa: 223');
  await expect(page.getByTestId('cluster.profile.villages.disagreement.medium')).toHaveText('Berbeda dengan isian sentra: 58');
  await screen(page, 'id-presentation-figures-disagree');
  await page.getByTestId('cluster.back').click();
  await expect(page.getByTestId('clusters.total.enterprises.covers')).toBeVisible();
});

test('the list sorts by any column with mouse or keyboard, keeps the sort, and presenting steps through it in that order', async ({ page, sentra }) => {
  await page.goto(sentra.url);
  await page.getByTestId('start.openDemo').click();
  const names = () => page.getByTestId('clusters.row').locator('td:first-child').allInnerTexts();
  const byName = [...(await names())].sort((a, b) => a.localeCompare(b, 'id'));

  // Numbers: clusters without a figure come last, both ways.
  const enterprises = page.getByTestId('clusters.sort.enterprises');
  await enterprises.getByRole('button').click();
  await expect(enterprises).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByTestId('clusters.row').first()).toContainText('Ceper');
  await enterprises.getByRole('button').click();
  await expect(enterprises).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByTestId('clusters.row').first()).toContainText('Ceper');

  // The keyboard: Enter on a column header sorts by it.
  const nameHeader = page.getByTestId('clusters.sort.name');
  await nameHeader.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(enterprises).not.toHaveAttribute('aria-sort');
  expect(await names()).toEqual(byName);
  await page.keyboard.press('Enter');
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  expect(await names()).toEqual([...byName].reverse());
  await screen(page, 'id-clusters-sorted');

  // Kept while a cluster is opened, and presenting steps through the list in this order.
  await page.getByTestId('clusters.row').first().click();
  await page.getByTestId('cluster.back').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await page.getByTestId('clusters.row').nth(1).click();
  await new SentraPage(page).blur();
  await page.keyboard.press('F5');
  const title = page.getByTestId('cluster.profile').getByRole('heading', { level: 1 });
  await expect(title).toHaveText(byName.at(-2)!);
  await expect(page.getByTestId('cluster.position')).toHaveText('2 dari 12');
  await page.keyboard.press('PageDown');
  await expect(title).toHaveText(byName.at(-3)!);
  await page.getByTestId('cluster.previous').click();
  await page.getByTestId('cluster.previous').click();
  await expect(title).toHaveText(byName.at(-1)!);
  await expect(page.getByTestId('cluster.previous')).toBeDisabled();
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('cluster.position')).toHaveText('1 dari 12');
  await screen(page, 'id-presentation-stepper');
});
