import type { Locator, Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { expect, screen, test } from './support/fixtures';
import { closeNotifications } from './support/notifications';
import { SentraPage } from './support/pages';

/*
 * The SWOT board and TOWS screens (issue 8), in Bahasa Indonesia: items added by mouse and by
 * keyboard, moved by dragging with the mouse, with the keyboard sensor and with Alt+arrows, dot
 * voting with an over-vote refused, a move a strategy's link forbids snapping back, two TOWS
 * strategies citing their items, and presentation mode. Screenshots at 1366×768.
 */

const quadrant = (page: Page, q: string) => page.getByTestId(`swot-quadrant-${q}`);
const texts = (page: Page, q: string) => quadrant(page, q).getByTestId('swot-item-text').allTextContents();
const card = (page: Page, ref: string) => page.getByTestId(`swot-item-${ref}`);

async function addByMouse(page: Page, q: string, text: string, evidence = ''): Promise<void> {
  await page.getByTestId(`swot-add-${q}`).click();
  const dialog = page.getByTestId('swot-item-dialog');
  await dialog.getByTestId('swot-item-text-input').fill(text);
  await dialog.getByTestId('swot-item-determinant').click();
  await page.getByRole('option').first().click();
  if (evidence) await dialog.getByTestId('swot-item-evidence-input').fill(evidence);
  await dialog.getByTestId('swot-item-save').click();
  await expect(dialog).toBeHidden();
  await expect(quadrant(page, q).getByText(text)).toBeVisible();
}

/** Focus the quadrant, N, type, and save with the keyboard. */
async function addByKeys(page: Page, q: string, text: string): Promise<void> {
  await quadrant(page, q).focus();
  await page.keyboard.press('n');
  const dialog = page.getByTestId('swot-item-dialog');
  await expect(dialog.getByTestId('swot-item-text-input')).toBeFocused();
  await page.keyboard.type(text);
  await dialog.getByTestId('swot-item-save').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(quadrant(page, q).getByText(text)).toBeVisible();
}

async function dragTo(page: Page, from: Locator, to: Locator): Promise<void> {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(a.x + ((b.x + b.width / 2 - a.x) * i) / 12, a.y + ((b.y + b.height / 2 - a.y) * i) / 12);
  await page.mouse.up();
}

test('SWOT board and TOWS: add, drag by mouse and keyboard, vote, strategies, presentation', async ({ page, sentra }) => {
  // Many steps, each axe run a few seconds on a busy build machine.
  test.setTimeout(300_000);
  const app = new SentraPage(page);
  await page.goto(sentra.url);
  await app.newWorkspace('Program Sentra Kebumen', 'swot-board');
  await app.addCluster('Sentra Genteng Kebumen');

  await page.getByTestId('nav.swot').click();
  await expect(page.getByTestId('swot-index')).toBeVisible();
  await page.getByRole('link', { name: 'Sentra Genteng Kebumen' }).click();
  await expect(page.getByTestId('swot-page')).toBeVisible();
  await expectAccessible(page, 'empty SWOT board');

  // Items, by mouse and by keyboard.
  await addByMouse(page, 'strength', 'Tanah liat bermutu tersedia di desa', 'JICA 2004, Box 3.1');
  await addByKeys(page, 'strength', 'Keterampilan turun-temurun');
  await addByMouse(page, 'weakness', 'Tungku kayu bakar boros');
  await addByKeys(page, 'weakness', 'Mutu genteng tidak seragam');
  await addByMouse(page, 'opportunity', 'Permintaan perumahan di Jawa Tengah');
  await addByKeys(page, 'opportunity', 'Pembeli dari Jakarta');
  await addByKeys(page, 'threat', 'Genteng beton dan metal');
  await card(page, 'S1').getByTestId('swot-item-evidence-toggle').click();
  await expect(card(page, 'S1').getByTestId('swot-item-evidence')).toHaveText('JICA 2004, Box 3.1');

  // Drag by mouse: O2 into the threats (above or below T1, wherever the pointer lands).
  await dragTo(page, card(page, 'O2').getByTestId('swot-item-handle'), quadrant(page, 'threat'));
  await expect.poll(async () => (await texts(page, 'threat')).sort()).toEqual(['Genteng beton dan metal', 'Pembeli dari Jakarta']);
  await expect.poll(() => texts(page, 'opportunity')).toEqual(['Permintaan perumahan di Jawa Tengah']);

  // By keyboard, Alt+Up puts S2 first (dnd-kit's Space-and-arrows carrying is not relied on: see the issue 8 note).
  await card(page, 'S2').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => texts(page, 'strength')).toEqual(['Keterampilan turun-temurun', 'Tanah liat bermutu tersedia di desa']);

  // Alt+Right sends S2 (the clay) to the weaknesses, keeping the focus on it; Alt+Left brings it back.
  await card(page, 'S2').focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect.poll(() => texts(page, 'weakness')).toContain('Tanah liat bermutu tersedia di desa');
  await expect(page.locator(':focus')).toContainText('Tanah liat bermutu');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect.poll(() => texts(page, 'strength')).toEqual(['Keterampilan turun-temurun', 'Tanah liat bermutu tersedia di desa']);
  await screen(page, 'swot-01-board-id');

  // Dot voting: two participants, two dots each.
  await page.getByTestId('swot-participants-open').click();
  const dots = page.getByTestId('swot-dots-per-voter');
  await dots.fill('2');
  await dots.press('Enter');
  for (const name of ['Pak Slamet', 'Bu Sri']) {
    await page.getByTestId('swot-participant-name').fill(name);
    await page.getByTestId('swot-participant-add').click();
    await expect(page.getByTestId('swot-participants')).toContainText(name);
  }
  await expectAccessible(page, 'participants dialog');
  await page.keyboard.press('Escape');

  await page.getByTestId('swot-voting-as').click();
  await page.getByRole('option', { name: 'Pak Slamet' }).click();
  await card(page, 'S1').getByTestId('swot-vote-more').click();
  await expect(card(page, 'S1').getByTestId('swot-item-dots')).toHaveAttribute('data-dots', '1');
  await card(page, 'S1').focus();
  await page.keyboard.press('+');
  await expect(card(page, 'S1').getByTestId('swot-item-dots')).toHaveAttribute('data-dots', '2');
  // A third dot is refused, in Bahasa Indonesia, and nothing changes.
  await card(page, 'O1').getByTestId('swot-vote-more').click();
  await expect(page.getByText(/Pak Slamet hanya punya 2 titik suara/)).toBeVisible();
  await expect(card(page, 'O1').getByTestId('swot-item-dots')).toHaveAttribute('data-dots', '0');
  await closeNotifications(page);

  await page.getByTestId('swot-voting-as').click();
  await page.getByRole('option', { name: 'Bu Sri' }).click();
  // A click then "+" before the service has answered the first: both dots count.
  await page.route('**/api/call', async (route) => {
    if (route.request().postData()?.includes('"swot.votes.set"')) await new Promise((done) => setTimeout(done, 800));
    await route.continue();
  });
  await card(page, 'O1').getByTestId('swot-vote-more').click();
  await card(page, 'O1').focus();
  await page.keyboard.press('+');
  await expect(card(page, 'O1').getByTestId('swot-item-dots')).toHaveAttribute('data-dots', '2');
  await page.unroute('**/api/call');
  await expect(page.getByTestId('swot-remaining')).toContainText('Bu Sri: sisa 0 dari 2');
  await card(page, 'O1').getByTestId('swot-vote-less').click();
  await card(page, 'W1').getByTestId('swot-vote-more').click();
  await expect(card(page, 'O1').getByTestId('swot-item-dots')).toHaveAttribute('data-dots', '1');
  await expect(card(page, 'W1').getByTestId('swot-item-dots')).toHaveAttribute('data-dots', '1');
  await expect(page.getByTestId('swot-remaining')).toContainText('Bu Sri: sisa 0 dari 2');
  await page.getByTestId('swot-by-dots').click();
  await screen(page, 'swot-02-voting-id');
  await expectAccessible(page, 'SWOT board with voting');

  // TOWS: an S-O and a W-T strategy.
  await page.getByTestId('swot-tab-tows').click();
  await page.getByTestId('tows-add-SO').click();
  let dialog = page.getByTestId('swot-strategy-dialog');
  await dialog.getByTestId('swot-strategy-text').fill('Pasarkan genteng tanah liat bermutu ke pengembang perumahan');
  await dialog.getByTestId('swot-strategy-item-S2').click();
  await dialog.getByTestId('swot-strategy-item-O1').click();
  await dialog.getByTestId('swot-strategy-save').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('tows-strategy-SO1').getByTestId('tows-strategy-cited')).toContainText('S2');
  await expect(page.getByTestId('tows-strategy-SO1').getByTestId('tows-strategy-cited')).toContainText('O1');

  await page.getByTestId('tows-add-WT').click();
  dialog = page.getByTestId('swot-strategy-dialog');
  await dialog.getByTestId('swot-strategy-text').fill('Tungku hemat energi bersama agar mutu seragam dan mampu bersaing dengan genteng beton');
  await dialog.getByTestId('swot-strategy-item-W1').click();
  await dialog.getByLabel(/Genteng beton dan metal/).click();
  await dialog.getByTestId('swot-strategy-save').click();
  await expect(page.getByTestId('tows-strategy-WT1').getByTestId('tows-strategy-cited')).toContainText('Genteng beton dan metal');
  await screen(page, 'swot-03-tows-id');
  await expectAccessible(page, 'TOWS matrix');

  // A strength an S-O strategy cites cannot become a weakness: refused, and the card stays.
  await page.getByTestId('swot-tab-swot').click();
  await page.getByTestId('swot-by-dots').click();
  await card(page, 'S2').getByTestId('swot-item-menu').click();
  await page.getByTestId('swot-item-move-weakness').click();
  await expect(page.getByText(/hanya dapat merujuk butir kekuatan dan peluang/)).toBeVisible();
  await expect.poll(() => texts(page, 'strength')).toEqual(['Keterampilan turun-temurun', 'Tanah liat bermutu tersedia di desa']);
  await closeNotifications(page);

  // Presentation: four quadrants ranked by dots, then one enlarged with key 1.
  await app.blur();
  await page.keyboard.press('F5');
  await expect(page.getByTestId('swot-presentation')).toBeVisible();
  await expect(page.getByTestId('swot-present-strength').locator('li').first()).toContainText('Keterampilan turun-temurun');
  await screen(page, 'swot-04-presentation-id');
  await expectAccessible(page, 'SWOT in presentation');
  await page.keyboard.press('1');
  await expect(page.getByTestId('swot-presentation')).toHaveAttribute('data-shown', 'strength');
  await screen(page, 'swot-05-presentation-one-id');
  await page.getByTestId('swot-tab-tows').click();
  await screen(page, 'swot-06-presentation-tows-id');
  await expectAccessible(page, 'TOWS in presentation');
});
