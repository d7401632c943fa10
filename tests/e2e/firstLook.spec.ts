import { expect, screen, test } from './support/fixtures';

test('start screen offers the demo and opens it', async ({ page, sentra }) => {
  await page.goto(sentra.url);
  await expect(page.getByTestId('start.openDemo')).toBeVisible();
  await screen(page, 'start-id');
  await page.getByTestId('start.openDemo').click();
  await expect(page.getByTestId('clusters.table')).toBeVisible();
  await expect(page.getByTestId('clusters.row')).toHaveCount(12);
  await screen(page, 'clusters-id');
});
