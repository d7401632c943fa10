import path from 'node:path';
import { expect, test } from './support/fixtures';
import { SentraPage } from './support/pages';

/*
 * An edit is committed 300 ms after typing stops. These journeys leave a field sooner than
 * that, in ways that take no detour through another field, and find the edit kept.
 */

test('closing the window right after typing keeps the edit', async ({ page, sentra }) => {
  const app = new SentraPage(page);
  await page.goto(sentra.url);
  await app.newWorkspace('Program Tutup Jendela', 'tutup-jendela');
  await page.getByTestId('program.facilitator').fill('Ir. Bambang');
  await expect(page.getByTestId('save.status')).toHaveAttribute('data-status', 'pending');

  // The close is held back while the edit is committed. A browser tab asks whether to leave
  // (Electron closes the window itself once the edit is in); staying shows the edit landed.
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  await app.waitSaved();
  await page.close();

  // Start again and read the file through the services, as the app would on its next start.
  await sentra.restart();
  const ctx = { clientId: 'after-restart' };
  const file = path.join(sentra.workspacesDir, 'tutup-jendela.sentra');
  expect(await sentra.services.call('workspace.open', { path: file }, ctx)).toMatchObject({ ok: true });
  expect(await sentra.services.call('program.get', {}, ctx)).toMatchObject({ ok: true, value: { facilitator: 'Ir. Bambang' } });
});

test('closing the workspace right after typing keeps the edit', async ({ page, sentra }) => {
  const app = new SentraPage(page);
  await page.goto(sentra.url);
  await app.newWorkspace('Program Tutup Berkas', 'tutup-berkas');
  await page.getByTestId('program.institution').fill('LPM Universitas Contoh');
  await app.openFileMenu('menu.closeWorkspace');
  await expect(page.getByTestId('start.newWorkspace')).toBeVisible();

  await page.getByRole('button', { name: 'Buka', exact: true }).first().click();
  await page.getByTestId('nav.program').click();
  await expect(page.getByTestId('program.institution')).toHaveValue('LPM Universitas Contoh');
});

test('a field in error does not hold back the others, and leaving says what was not saved', async ({ page, sentra }) => {
  const app = new SentraPage(page);
  await page.goto(sentra.url);
  await page.getByTestId('start.openDemo').click();
  await page.getByTestId('clusters.row').filter({ hasText: 'Ceper' }).click();

  // An empty new row is in error at once; the sector typed after it must still be committed.
  await page.getByTestId('cluster.rawMaterials.add').click();
  await page.getByTestId('cluster.sector').fill('Pengecoran logam dan permesinan');
  await page.getByTestId('cluster.kbli').click();
  await expect(page.getByTestId('save.status')).toHaveAttribute('data-status', 'invalid');
  // A production value in the trillions (14 digits and more) is a number, not an error.
  await page.getByTestId('cluster.productionValue').fill('25000000000000');
  await page.getByTestId('cluster.productionValue').press('Tab');
  await expect(page.getByTestId('cluster.productionValue')).toHaveValue('Rp 25.000.000.000.000');

  await page.getByTestId('cluster.back').click();
  await expect(page.getByText('Ada isian yang tidak disimpan')).toBeVisible();
  const row = page.getByTestId('clusters.row').filter({ hasText: 'Ceper' });
  await expect(row).toContainText('Pengecoran logam dan permesinan');
  await expect(row).toContainText('Rp 25.000.000.000.000');
  await row.click();
  await expect(page.getByTestId('cluster.sector')).toHaveValue('Pengecoran logam dan permesinan');
  await expect(page.getByTestId('cluster.rawMaterials.1.material')).toHaveCount(0);
  await app.waitSaved();
});

test('going from one cluster straight to another commits the first under its own id', async ({ page, sentra }) => {
  await page.goto(sentra.url);
  await page.getByTestId('start.openDemo').click();
  await page.getByTestId('clusters.row').filter({ hasText: 'Tegal' }).click();
  await page.getByTestId('cluster.sector').fill('Sektor baru Tegal');
  // Straight to the next cluster, as the browser's history or an edited address would.
  await new SentraPage(page).goToRoute('#/clusters/demo-sukabumi');
  await expect(page.getByTestId('cluster.title')).toHaveText('Sentra Logam Sukabumi');
  await expect(page.getByTestId('cluster.sector')).toHaveValue('Pengerjaan logam dan komponen mesin');
  await page.getByTestId('cluster.back').click();
  await expect(page.getByTestId('clusters.row').filter({ hasText: 'Tegal' })).toContainText('Sektor baru Tegal');
  await expect(page.getByTestId('clusters.row').filter({ hasText: 'Sukabumi' })).toContainText('Pengerjaan logam dan komponen mesin');
});

test('a change typed back while its save is on the way is committed too', async ({ page, sentra }) => {
  const app = new SentraPage(page);
  await page.goto(sentra.url);
  await page.getByTestId('start.openDemo').click();
  await page.getByTestId('clusters.row').filter({ hasText: 'Tegal' }).click();
  // A slow disk or network: each cluster save takes most of a second.
  await page.route('**/api/call', async (route) => {
    if (route.request().postData()?.includes('"clusters.update"')) await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
  const sector = page.getByTestId('cluster.sector');
  await sector.fill('Pengerjaan logam dan komponen mesinX');
  await expect(page.getByTestId('save.status')).toHaveAttribute('data-status', 'saving');
  await sector.press('Backspace');
  await app.waitSaved();
  await page.unroute('**/api/call');
  await page.reload();
  await expect(page.getByTestId('cluster.sector')).toHaveValue('Pengerjaan logam dan komponen mesin');
});

test('a period whose start passes its end is not sent half-way, and no error pops up', async ({ page, sentra }) => {
  const app = new SentraPage(page);
  await page.goto(sentra.url);
  await page.getByTestId('start.openDemo').click();
  await page.getByTestId('nav.program').click();
  await page.getByTestId('program.periodStart').fill('2028');
  await page.getByTestId('program.facilitator').click();
  await expect(page.getByTestId('save.status')).toHaveAttribute('data-status', 'invalid');
  await expect(page.getByText('Tidak berhasil')).toHaveCount(0);
  await page.getByTestId('program.periodEnd').fill('2030');
  await page.getByTestId('program.periodEnd').press('Tab');
  await app.waitSaved();
  await page.reload();
  await expect(page.getByTestId('program.periodStart')).toHaveValue('2028');
  await expect(page.getByTestId('program.periodEnd')).toHaveValue('2030');
});

test('closing the workspace with input in error says it was not saved', async ({ page, sentra }) => {
  const app = new SentraPage(page);
  await page.goto(sentra.url);
  await page.getByTestId('start.openDemo').click();
  await page.getByTestId('nav.program').click();
  await page.getByTestId('program.name').fill('');
  await expect(page.getByTestId('save.status')).toHaveAttribute('data-status', 'invalid');
  await app.openFileMenu('menu.closeWorkspace');
  await expect(page.getByTestId('start.newWorkspace')).toBeVisible();
  await expect(page.getByText('Ada isian yang tidak disimpan')).toHaveCount(1);
});
