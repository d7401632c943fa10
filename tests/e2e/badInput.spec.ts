import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { INTERCHANGE_VERSION } from '../../shared/domain/workspace/interchange';
import { expect, screen, test } from './support/fixtures';
import { SentraPage } from './support/pages';

const sha = (p: string) => crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');

test('a file that is not a workspace is refused with a clear message and left untouched', async ({ page, sentra }) => {
  fs.mkdirSync(sentra.workspacesDir, { recursive: true });
  const foreign = path.join(sentra.workspacesDir, 'laporan.sentra');
  fs.writeFileSync(foreign, crypto.randomBytes(8192));
  const before = sha(foreign);

  await page.goto(sentra.url);
  await page.getByTestId('start.openWorkspace').click();
  await page.getByTestId('openWorkspace.file').filter({ hasText: 'laporan.sentra' }).click();
  await expect(page.getByTestId('dialog.error')).toContainText('bukan ruang kerja Sentra');
  await screen(page, 'id-11-refused-file');
  expect(sha(foreign)).toBe(before);
  expect(fs.readdirSync(sentra.workspacesDir)).toEqual(['laporan.sentra']);
});

test('a malformed JSON import says what is wrong and changes nothing', async ({ page, sentra }) => {
  const app = new SentraPage(page);
  const bad = path.join(sentra.dir, 'rusak.json');
  fs.writeFileSync(bad, JSON.stringify({ format: 'sentra-workspace', formatVersion: 1, exportedAt: '', appVersion: '0', program: { name: '' }, clusters: [] }));
  await page.goto(sentra.url);
  await page.getByTestId('start.openDemo').click();
  await expect(page.getByTestId('clusters.row')).toHaveCount(12);
  const filesBefore = fs.readdirSync(sentra.workspacesDir).sort();

  await app.openFileMenu('menu.importJson');
  await page.getByTestId('importJson.file').click();
  await page.locator('input[type=file]').setInputFiles(bad);
  await page.getByTestId('importJson.import').click();
  await expect(page.getByTestId('dialog.error')).toContainText('tidak sesuai format Sentra');
  // Which field and why, in Indonesian: no schema library's English slips through.
  await expect(page.getByTestId('dialog.error')).toContainText(/Di program, kolom “[^”]+”: (Wajib diisi|Tidak ada)\./);
  await screen(page, 'id-12-bad-import');
  await page.keyboard.press('Escape');
  expect(fs.readdirSync(sentra.workspacesDir).sort()).toEqual(filesBefore);
  await expect(page.getByTestId('clusters.row')).toHaveCount(12);
});

test('export to JSON and import it back as a new workspace', async ({ page, sentra }) => {
  const app = new SentraPage(page);
  await page.goto(sentra.url);
  await page.getByTestId('start.openDemo').click();
  await expect(page.getByTestId('clusters.row')).toHaveCount(12);
  const download = page.waitForEvent('download');
  await app.openFileMenu('menu.exportJson');
  const file = path.join(sentra.dir, 'ekspor.json');
  await (await download).saveAs(file);
  expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ format: 'sentra-workspace', formatVersion: INTERCHANGE_VERSION });

  await app.openFileMenu('menu.importJson');
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByTestId('importJson.fileName').fill('Salinan impor');
  await page.getByTestId('importJson.import').click();
  await expect(page.getByTestId('workspace.fileName')).toHaveText('Salinan impor.sentra');
  await expect(page.getByTestId('clusters.row')).toHaveCount(12);
});
