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
