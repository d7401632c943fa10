import { expect, screen, test } from './support/fixtures';
import { SentraPage } from './support/pages';

test('a facilitator creates a workspace, profiles a cluster, switches language, reloads and finds it all', async ({ page, sentra }) => {
  const app = new SentraPage(page);
  await page.goto(sentra.url);
  await app.newWorkspace('Penguatan Sentra Genteng Kebumen', 'Kebumen 2026');

  await page.getByTestId('program.facilitator').fill('Dr. Sri Wahyuni');
  await page.getByTestId('program.institution').fill('LPM Universitas Contoh');
  await page.getByTestId('program.periodStart').fill('2026');
  await page.getByTestId('program.periodEnd').fill('2024');
  // A figure is stored once confirmed (Tab, Enter or leaving the field), never a prefix typed on the way.
  await page.getByTestId('program.periodEnd').press('Tab');
  await expect(page.getByText('Tahun selesai tidak boleh sebelum tahun mulai.')).toBeVisible();
  await expect(page.getByTestId('save.status')).toHaveAttribute('data-status', 'invalid');
  await page.getByTestId('program.periodEnd').fill('2028');
  await page.getByTestId('program.periodEnd').press('Tab');
  await app.waitSaved();

  await app.addCluster('Sentra Genteng Kebumen');
  await page.getByTestId('cluster.regency').fill('Kabupaten Kebumen');
  await page.getByTestId('cluster.workers').fill('-3');
  await expect(page.getByText('Tidak boleh negatif.')).toBeVisible();
  await page.getByTestId('cluster.workers').fill('1250');
  await page.getByTestId('cluster.productionValue').fill('1500000');
  // Shown formatted once the field is left.
  await page.getByTestId('cluster.productionValue').press('Tab');
  await expect(page.getByTestId('cluster.productionValue')).toHaveValue('Rp 1.500.000');
  await page.getByTestId('cluster.mainProducts').fill('Genteng press');
  await page.keyboard.press('Enter');
  await app.waitSaved();

  // Edit it again: a second, separate commit.
  await page.getByTestId('cluster.enterprisesSmall').fill('42');
  await page.getByTestId('cluster.enterprisesSmall').press('Tab');
  await app.waitSaved();
  await screen(page, 'journey-cluster-form-id');

  await page.getByTestId('nav.clusters').click();
  const row = page.getByTestId('clusters.row').filter({ hasText: 'Sentra Genteng Kebumen' });
  await expect(row).toContainText('Rp 1.500.000');
  await expect(row).toContainText('1.250');

  await app.setLanguage('EN');
  await expect(page.getByRole('heading', { name: 'Clusters' })).toBeVisible();
  await expect(row).toContainText('Rp 1,500,000');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Clusters' })).toBeVisible();
  await expect(page.getByTestId('clusters.row').filter({ hasText: 'Sentra Genteng Kebumen' })).toContainText('1,250');

  // Close the app and start it again: the workspace is in the recent list, with everything in it.
  await app.reopenAfterRestart(sentra, 'EN');
  await page.getByTestId('clusters.row').filter({ hasText: 'Sentra Genteng Kebumen' }).click();
  await expect(page.getByTestId('cluster.regency')).toHaveValue('Kabupaten Kebumen');
  await expect(page.getByTestId('cluster.enterprisesSmall')).toHaveValue('42');
  await page.getByTestId('nav.program').click();
  await expect(page.getByTestId('program.facilitator')).toHaveValue('Dr. Sri Wahyuni');
  await expect(page.getByTestId('program.periodEnd')).toHaveValue('2028');
});

test('undo and redo with the keyboard, deleting a cluster and bringing it back', async ({ page, sentra }) => {
  const app = new SentraPage(page);
  await page.goto(sentra.url);
  await page.getByTestId('start.openDemo').click();
  await page.getByTestId('clusters.row').filter({ hasText: 'Kebumen' }).click();
  const sector = page.getByTestId('cluster.sector');
  const before = await sector.inputValue();
  await sector.fill('Genteng tanah liat');
  await app.waitSaved();
  await app.blur();
  await page.keyboard.press('Control+z');
  await expect(sector).toHaveValue(before);
  await page.keyboard.press('Control+Shift+z');
  await expect(sector).toHaveValue('Genteng tanah liat');

  await page.getByTestId('cluster.delete').click();
  await page.getByTestId('cluster.confirmDelete').click();
  await expect(page.getByTestId('clusters.row')).toHaveCount(11);
  await page.getByTestId('history.undo').click();
  await expect(page.getByTestId('clusters.row')).toHaveCount(12);
});

test('the list keeps its group and search while a cluster is opened, and says when nothing matches', async ({ page, sentra }) => {
  await page.goto(sentra.url);
  await page.getByTestId('start.openDemo').click();
  await expect(page.getByTestId('clusters.row')).toHaveCount(12);
  await page.getByTestId('clusters.groupFilter').getByText('Berorientasi ekspor').click();
  await page.getByTestId('clusters.search').fill('rotan');
  await expect(page.getByTestId('clusters.row')).toHaveCount(1);
  await page.getByTestId('clusters.row').click();
  await page.getByTestId('cluster.back').click();
  await expect(page.getByTestId('clusters.search')).toHaveValue('rotan');
  await expect(page.getByTestId('clusters.row')).toHaveCount(1);
  await page.getByTestId('clusters.search').fill('zzzz');
  await expect(page.getByTestId('clusters.noMatch')).toHaveText('Tidak ada sentra yang cocok dengan kelompok atau pencarian ini.');

  // A new cluster named like an existing one is allowed, with a word of warning.
  await page.getByTestId('clusters.add').click();
  await page.getByTestId('newCluster.name').fill('sentra genteng kebumen');
  await expect(page.getByTestId('newCluster.duplicate')).toBeVisible();
  await page.getByTestId('newCluster.name').fill('Sentra Genteng Sokka');
  await expect(page.getByTestId('newCluster.duplicate')).toHaveCount(0);
});

test('keyboard: the sidebar is reachable, a new row takes the focus, a removed row hands it on', async ({ page, sentra }) => {
  await page.goto(sentra.url);
  await page.getByTestId('start.openDemo').click();
  await page.getByTestId('nav.program').focus();
  await expect(page.getByTestId('nav.program')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('program.name')).toBeVisible();

  await page.getByTestId('nav.clusters').click();
  await page.getByTestId('clusters.row').filter({ hasText: 'Ceper' }).click();
  await page.getByTestId('cluster.rawMaterials.add').click();
  await expect(page.getByTestId('cluster.rawMaterials.1.material')).toBeFocused();
  await page.keyboard.type('Kokas');
  await expect(page.getByTestId('cluster.rawMaterials.1.remove')).toHaveAttribute('aria-label', 'Hapus baris 2');
  await page.getByTestId('cluster.rawMaterials.1.remove').click();
  await expect(page.getByTestId('cluster.rawMaterials.0.material')).toBeFocused();
  await expect(page.getByTestId('cluster.rawMaterials.1.material')).toHaveCount(0);
});
