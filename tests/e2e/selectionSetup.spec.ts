import type { Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { expect as baseExpect, screen, test } from './support/fixtures';
import { SentraPage } from './support/pages';

/*
 * The selection screens' own checks (issue 8, helper H5): the sessions list, a new session, the
 * setup tab (groups, candidates by their JICA group, scorers, the session's fields with bad input),
 * the rubric editor (live sum against the stated total, nothing saved while invalid, the warning
 * about scores a change deletes), the rubric library, presentation mode and a session not found.
 * Bahasa Indonesia, 1366×768, with axe on each screen and a screenshot of each step.
 */

test.use({ viewport: { width: 1366, height: 768 } });
test.setTimeout(600_000);
// A shared CI machine answers slowly at times; the checks wait for what a facilitator would see.
const expect = baseExpect.configure({ timeout: 60_000 });

async function openSelection(page: Page, url: string): Promise<SentraPage> {
  const app = new SentraPage(page);
  await page.goto(url);
  await page.getByTestId('start.openDemo').click();
  await page.getByTestId('nav.selection').click();
  await expect(page.getByTestId('selection-sessions')).toBeVisible();
  return app;
}

test('Bahasa Indonesia: a new session set up, its rubric edited, bad input refused, the library, presentation', async ({ page, sentra }) => {
  await openSelection(page, sentra.url);
  await expect(page.getByTestId('sessions.row')).toHaveCount(1);
  await expectAccessible(page, 'sessions list');
  await screen(page, 'selection-setup-01-sessions-id');

  // A new session: the JICA template, hidden mode, the first of each group.
  await page.getByTestId('sessions.new').click();
  await page.getByTestId('session.name').fill('Penilaian kelompok kerja 2026');
  await page.getByTestId('session.heldOn').fill('2026-03-14');
  await page.getByTestId('session.hidden').check();
  await expect(page.getByTestId('newSession.rubric')).toHaveValue(/Templat JICA/);
  await expectAccessible(page, 'new session dialog');
  await screen(page, 'selection-setup-02-new-session-id');
  await page.getByTestId('newSession.create').click();

  // It opens on the setup (no candidate yet), its facts in the header.
  await expect(page.getByTestId('session.title')).toHaveText('Penilaian kelompok kerja 2026');
  await expect(page.getByTestId('selection-setup')).toBeVisible();
  await expect(page.getByTestId('session.fact.date')).toContainText('14 Mar 2026');
  await expect(page.getByTestId('session.fact.rubric')).toContainText('versi 1');
  await expect(page.getByTestId('session.status')).toHaveAttribute('data-status', 'hidden');
  await expect(page.getByTestId('groups.none')).toBeVisible();

  // Candidates go to groups named after their JICA group, made on the way.
  const picker = page.getByTestId('candidates.pick');
  for (const name of ['Sentra Genteng Kebumen', 'Sentra Logam Sukabumi', 'Sentra Logam Waru-Sidoarjo', 'Sentra Rotan Amuntai']) {
    await picker.click();
    await picker.fill(name.split(' ').at(-1)!);
    await page.getByRole('option', { name, exact: true }).click();
  }
  await page.getByTestId('candidates.add').click();
  await expect(page.getByTestId('candidate.row')).toHaveCount(4);
  await expect(page.getByTestId('group.0.name')).toHaveValue('Pedesaan & pasar domestik');
  await expect(page.getByTestId('group.1.name')).toHaveValue('Komponen logam & mesin');
  await expect(page.getByTestId('group.2.name')).toHaveValue('Berorientasi ekspor');

  // A group by name; an empty name is refused; reorder by keyboard; rename; delete after a question.
  await page.getByTestId('groups.add').click();
  await expect(page.getByTestId('groups.newName').locator('..').locator('..')).toContainText('Wajib diisi');
  await page.getByTestId('groups.newName').fill('Cadangan');
  await page.getByTestId('groups.newName').press('Enter');
  await expect(page.getByTestId('group.3.name')).toHaveValue('Cadangan');
  await page.getByTestId('group.3.up').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('group.2.name')).toHaveValue('Cadangan');
  await page.getByTestId('group.2.name').fill('Kelompok cadangan');
  await page.getByTestId('group.2.name').press('Enter');
  await expect(page.getByTestId('group.2.name')).toHaveValue('Kelompok cadangan');
  // Amuntai moves into it, then back.
  await page.getByRole('combobox', { name: 'Pindahkan Sentra Rotan Amuntai ke kelompok' }).click();
  await page.getByRole('option', { name: 'Kelompok cadangan', exact: true }).click();
  await expect(page.getByTestId('group.2')).toContainText('Sentra Rotan Amuntai');
  await page.getByRole('combobox', { name: 'Pindahkan Sentra Rotan Amuntai ke kelompok' }).click();
  await page.getByRole('option', { name: 'Berorientasi ekspor', exact: true }).click();
  await expect(page.getByTestId('group.3')).toContainText('Sentra Rotan Amuntai');
  await page.getByTestId('group.2.remove').click();
  await expect(page.getByTestId('groups.deleteDialog')).toContainText('Kelompok cadangan');
  await page.getByTestId('groups.deleteDialog.confirm').click();
  await expect(page.getByTestId('group.3')).toHaveCount(0);

  // Scorers: an actor of the maps and two typed names; one removed after a question.
  const scorer = page.getByTestId('scorers.newName');
  await scorer.fill('Asosiasi pengusaha');
  await page.getByRole('option', { name: 'Asosiasi pengusaha pengecoran Ceper' }).click();
  await page.getByTestId('scorers.add').click();
  for (const name of ['Bu Sri', 'Pak Joko', 'Mas Anto']) {
    await scorer.fill(name);
    await scorer.press('Enter');
    await expect(page.getByTestId('scorer.row').filter({ has: page.locator(`input[value="${name}"]`) })).toHaveCount(1);
  }
  await expect(page.getByTestId('scorer.row')).toHaveCount(4);
  await expect(page.getByTestId('scorer.row').first()).toContainText('Dari peta');
  await page.getByTestId('scorer.3.remove').click();
  await page.getByTestId('scorers.removeDialog.confirm').click();
  await expect(page.getByTestId('scorer.row')).toHaveCount(3);
  await expectAccessible(page, 'setup tab');
  await screen(page, 'selection-setup-03-groups-scorers-id');

  // Bad input in the session's fields: named in Bahasa Indonesia, not stored.
  const name = page.getByTestId('session.name');
  await name.fill('');
  await expect(page.getByText('Wajib diisi').first()).toBeVisible();
  await expect(page.getByTestId('save.status')).toHaveAttribute('data-status', 'invalid');
  await page.getByTestId('session.topN').fill('0');
  await page.getByTestId('session.topN').blur();
  await expect(page.getByText('Pilih paling sedikit 1 sentra per kelompok.')).toBeVisible();
  await screen(page, 'selection-setup-04-bad-fields-id');
  await name.fill('Penilaian Maret 2026');
  await page.getByTestId('session.topN').fill('1');
  await page.getByTestId('session.topN').blur();
  await expect(page.getByTestId('save.status')).toHaveAttribute('data-status', 'saved', { timeout: 10_000 });
  await expect(page.getByTestId('session.title')).toHaveText('Penilaian Maret 2026');

  // The rubric: the live sum refuses a mismatch; a new criterion; social capital switched on.
  await page.getByTestId('setup.editRubric').click();
  await expect(page.getByTestId('rubric.dim.0.sum')).toContainText('54 dari total 54');
  await page.getByTestId('rubric.dim.0.crit.0.max').fill('9');
  await expect(page.getByTestId('rubric.dim.0.sum')).toContainText('58 dari total 54');
  await expect(page.getByTestId('rubric.dim.0.error')).toHaveText('Jumlah nilai maksimum kriteria (58) tidak sama dengan total dimensi (54).');
  await expect(page.getByTestId('rubric.save')).toBeDisabled();
  await expect(page.getByTestId('rubric.invalid')).toBeVisible();
  await screen(page, 'selection-setup-05-rubric-mismatch-id');
  await page.getByTestId('rubric.dim.0.total').fill('58');
  await page.getByTestId('rubric.dim.1.addCriterion').click();
  await expect(page.getByTestId('rubric.save')).toBeDisabled();
  const last = page.getByTestId('rubric.dim.1').locator('[data-testid$=".name"]').last();
  await last.fill('Kehadiran di lokakarya');
  await page.getByTestId('rubric.dim.1').locator('[data-testid$=".max"]').last().fill('4');
  await page.getByTestId('rubric.dim.1.total').fill('40');
  await page.getByTestId('rubric.dim.2.enabled').check();
  await expect(page.getByTestId('rubric.save')).toBeEnabled();
  await expectAccessible(page, 'rubric editor');
  await page.getByTestId('rubric.save').click();
  await expect(page.getByTestId('setup.rubricName')).toContainText('versi 2');
  await expect(page.getByTestId('session.fact.rubric')).toContainText('versi 2');
  await screen(page, 'selection-setup-06-rubric-saved-id');

  // Presentation mode: the same screen, large and without editing chrome.
  await page.keyboard.press('F5');
  await expect(page.locator('html')).toHaveAttribute('data-presentation', 'on');
  await expectAccessible(page, 'setup in presentation');
  await screen(page, 'selection-setup-07-presentation-id');
  await page.getByTestId('presentation.toggle').click();

  // The list shows the session with its counts and its hidden badge.
  await page.getByTestId('session.back').click();
  const row = page.getByTestId('sessions.row').filter({ hasText: 'Penilaian Maret 2026' });
  await expect(row).toContainText('Tiap penilai menilai');
  await expect(row.getByTestId('session.status')).toHaveText('Nilai tersembunyi');

  // The library: a rubric from the template saved, opened and saved as version 2, then exported.
  await page.getByTestId('sessions.rubrics').click();
  // The demo's library holds JICA's template already.
  await expect(page.getByTestId('library.row')).toHaveCount(1);
  await page.getByTestId('library.newFromJica').click();
  await page.getByTestId('rubric.name').fill('Rubrik Kebumen');
  await page.getByTestId('rubric.save').click();
  await expect(page.getByTestId('library.row')).toHaveCount(2);
  const kebumen = page.getByTestId('library.row').filter({ hasText: 'Rubrik Kebumen' });
  await expect(page.getByRole('heading', { name: 'Rubrik Kebumen · versi 1' })).toBeVisible();
  await page.getByTestId('rubric.dim.0.crit.1.description').fill('Keterampilan tenaga kerja cetak genteng.');
  await page.getByTestId('rubric.save').click();
  await expect(page.getByRole('heading', { name: 'Rubrik Kebumen · versi 2' })).toBeVisible();
  await expect(kebumen.locator('td').nth(1)).toHaveText('2');
  await expectAccessible(page, 'rubric library');
  await screen(page, 'selection-setup-08-library-id');
  const download = page.waitForEvent('download');
  await kebumen.getByTestId('library.export').click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);

  // A session that is not there.
  await page.goto(`${sentra.url.split('#')[0]}#/selection/tidak-ada`);
  await expect(page.getByTestId('selection-session-missing')).toContainText('Sesi penilaian ini tidak ditemukan.');
});
