import { expectAccessible } from './support/axe';
import { expect, screen, test } from './support/fixtures';
import { SentraPage } from './support/pages';

/*
 * A screenshot of every main screen, in both languages and in presentation mode, under
 * test-results/screens/ — to be looked at as a facilitator and as a room would — and axe-core
 * over each, allowing no serious or critical finding.
 */
for (const lang of ['id', 'en'] as const) {
  test(`main screens in ${lang}`, async ({ page, sentra }) => {
    test.setTimeout(120_000);
    const app = new SentraPage(page);
    await page.goto(sentra.url);
    if (lang === 'en') await app.setLanguage('EN');
    await expect(page.getByTestId('start.openDemo')).toBeVisible();
    await screen(page, `${lang}-01-start`);
    await expectAccessible(page, `${lang} start`);

    await page.getByTestId('start.newWorkspace').click();
    await screen(page, `${lang}-02-new-workspace`);
    await expectAccessible(page, `${lang} new workspace dialog`);
    await page.keyboard.press('Escape');

    await page.getByTestId('start.openDemo').click();
    await expect(page.getByTestId('clusters.row')).toHaveCount(12);
    await screen(page, `${lang}-03-clusters`);
    await expectAccessible(page, `${lang} cluster list`);

    await page.getByTestId('clusters.row').filter({ hasText: 'Ceper' }).click();
    await expect(page.getByTestId('cluster.title')).toContainText('Ceper');
    await screen(page, `${lang}-04-cluster`);
    await expectAccessible(page, `${lang} cluster detail`);
    await page.getByTestId('cluster.villageCounts').scrollIntoViewIfNeeded();
    await screen(page, `${lang}-05-cluster-villages`);

    await page.getByTestId('nav.program').click();
    await expect(page.getByTestId('program.name')).not.toHaveValue('');
    await screen(page, `${lang}-06-program`);
    await expectAccessible(page, `${lang} program`);

    await app.openFileMenu('menu.openWorkspace');
    await expect(page.getByTestId('openWorkspace.file').first()).toBeVisible();
    await screen(page, `${lang}-07-open`);
    await page.keyboard.press('Escape');

    await app.openFileMenu('menu.restoreBackup');
    await expect(page.getByTestId('backups.table')).toBeVisible();
    await screen(page, `${lang}-08-backups`);
    await page.keyboard.press('Escape');

    // Presentation: F5 anywhere; the list and a profile as the room sees them.
    await page.getByTestId('nav.clusters').click();
    await page.keyboard.press('F5');
    await expect(page.getByTestId('presentation.toggle')).toHaveText(lang === 'id' ? 'Keluar presentasi' : 'Leave presentation');
    await expect(page.getByTestId('clusters.add')).toBeHidden();
    await screen(page, `${lang}-09-presentation-clusters`);
    await expectAccessible(page, `${lang} presentation: cluster list`);
    await page.getByTestId('clusters.row').filter({ hasText: 'Kebumen' }).click();
    await expect(page.getByTestId('cluster.profile')).toBeVisible();
    await screen(page, `${lang}-10-presentation-cluster`);
    await expectAccessible(page, `${lang} presentation: cluster`);
    // Moving between screens while presenting: the back link and the header's sections.
    await page.getByTestId('cluster.back').click();
    await page.getByTestId('clusters.row').filter({ hasText: 'Ceper' }).click();
    await page.getByTestId('cluster.profile.villages').locator('tfoot').scrollIntoViewIfNeeded();
    await screen(page, `${lang}-10b-presentation-cluster-villages`);
    await page.getByTestId('cluster.back').click();
    await expect(page.getByTestId('clusters.row').first()).toBeVisible();
    await page.getByTestId('presentation.nav.program').click();
    await expect(page.getByTestId('program.view')).toBeVisible();
    await screen(page, `${lang}-11-presentation-program`);
    await expectAccessible(page, `${lang} presentation: program`);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('program.name')).toBeVisible();
  });
}
