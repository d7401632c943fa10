import type { Page } from '@playwright/test';
import { screen, test, type SentraApp } from './support/fixtures';
import { MapPage, expect, recordCanvasText, words, type ActorSpec, type Lang, type TieSpec } from './support/mapPages';
import { expectAccessibleWithoutNotifications } from './support/notifications';
import { SentraPage } from './support/pages';

/*
 * The stakeholder map built on the canvas (issue 7): ten actors and fifteen ties, some by mouse
 * and some by keyboard only; undo and redo; the map after the app is closed and opened again;
 * the layouts with the power–interest grid's quadrants; presentation mode; filters, search and
 * focus; the social-capital panel checked against figures worked out by hand. Once in Bahasa
 * Indonesia and once in English, with a screenshot of each step in each.
 */

const CLUSTER = 'Sentra Genteng Kebumen';

// Positions from the canvas's top-left corner (1366×768: the canvas is about 1090×530, 740 wide
// while the editor is open). The actors added with N land in the middle of the view (about
// 547, 267) and are moved from there with Shift+arrows, 50 units a press, at the first view's
// zoom of 1. All stay left of the open editor, so walking the actors with Tab never pans the view.
const byMouse: { at: { x: number; y: number }; actor: ActorSpec }[] = [
  { at: { x: 100, y: 80 }, actor: { name: 'UD Genteng Jaya' } },
  { at: { x: 100, y: 240 }, actor: { name: 'UD Sokka Makmur' } },
  { at: { x: 100, y: 400 }, actor: { name: 'CV Tanah Liat' } },
  { at: { x: 300, y: 240 }, actor: { name: 'Koperasi Genteng Kebumen', kind: 'cooperative' } },
];
const byToolbar: ActorSpec = { name: 'Pedagang Jakarta', kind: 'buyer', outside: true };
const byKeys: { actor: ActorSpec; shift: { right: number; down: number } }[] = [
  { actor: { name: 'Bank BRI Kebumen', kind: 'bank', outside: true }, shift: { right: -1, down: -4 } },
  { actor: { name: 'Dinas Perindag Kebumen', kind: 'agency', outside: true }, shift: { right: 2, down: -4 } },
  { actor: { name: 'LPM Universitas Putra Bangsa', kind: 'university', outside: true }, shift: { right: 2, down: 0 } },
  { actor: { name: 'Klinik BDS Kebumen', kind: 'bds', outside: true }, shift: { right: 2, down: 3 } },
  { actor: { name: 'UD Press Abadi' }, shift: { right: -1, down: 3 } },
];
const [S1, S2, S3, KOP, BUYER, BANK, DINAS, LPM, BDS, S4] = [...byMouse.map((m) => m.actor), byToolbar, ...byKeys.map((k) => k.actor)].map((a) => a.name);

const tiesByDrag: TieSpec[] = [
  { from: S1!, to: S2!, trust: 4 },
  { from: S2!, to: S3!, trust: 3 },
  { from: S1!, to: KOP!, type: 'membership' },
  { from: S2!, to: KOP!, type: 'membership' },
  { from: S3!, to: KOP!, type: 'membership' },
  { from: KOP!, to: BANK!, type: 'finance', trust: 2 },
  { from: S1!, to: BUYER!, type: 'sales', trust: 5 },
];
const tiesByKeys: TieSpec[] = [
  { from: S4!, to: KOP!, type: 'membership' },
  { from: KOP!, to: LPM!, type: 'support' },
  { from: LPM!, to: DINAS!, type: 'information' },
  { from: DINAS!, to: KOP!, type: 'support' },
  { from: KOP!, to: BUYER!, type: 'sales' },
  { from: BDS!, to: S4!, type: 'support' },
  { from: LPM!, to: BDS! },
  { from: DINAS!, to: BANK!, type: 'information' },
];

/**
 * The social-capital figures of this map, worked out by hand (the panel's definitions, README of
 * socialCapital.ts). 10 actors, 15 ties between 15 distinct pairs, none a conflict:
 * - density 15 / (10·9/2) = 0.333;
 * - SMEs: the four UD/CV; SME–SME pairs S1–S2, S2–S3 of 4·3/2 = 6: bonding 0.333; UD Press Abadi
 *   has no SME tie: 1 of 4 = 25.0 %;
 * - inside (4 SMEs, the cooperative) – outside pairs: Kop–Bank, Kop–LPM, Kop–Dinas, Kop–buyer,
 *   S1–buyer, BDS–S4 = 6 of 15 = 40.0 %, E-I (6 − 9) / 15 = −0.20;
 * - sectors (Dinas government, LPM academia, all others business): LPM–Dinas, Kop–LPM, Dinas–Kop,
 *   LPM–BDS, Dinas–Bank cross = 5, E-I (5 − 10) / 15 = −0.33;
 * - trust asked on 4 ties (4, 3, 2, 5): 3.50, 11 unknown;
 * - every SME reaches the bank only through the cooperative: it brokers all 4 pairs (100 %).
 */
const expected = {
  id: {
    density: '0,333',
    bonding: '0,333',
    isolated: '25,0%',
    bridging: '6',
    bridgingShare: '40,0%',
    ei: /^[−-]0,20$/,
    eiSector: /^[−-]0,33$/,
    trust: '3,50 dari 5',
  },
  en: {
    density: '0.333',
    bonding: '0.333',
    isolated: '25.0%',
    bridging: '6',
    bridgingShare: '40.0%',
    ei: /^[−-]0\.20$/,
    eiSector: /^[−-]0\.33$/,
    trust: '3.50 of 5',
  },
};

async function startWithCluster(page: Page, sentra: SentraApp, lang: Lang): Promise<{ app: SentraPage; map: MapPage }> {
  const app = new SentraPage(page);
  const map = new MapPage(page, lang);
  await recordCanvasText(page);
  await page.goto(sentra.url);
  if (lang === 'en') await app.setLanguage('EN');
  await app.newWorkspace(lang === 'id' ? 'Penguatan Sentra Genteng' : 'Roof-tile cluster programme', `Peta ${lang}`);
  await app.addCluster(CLUSTER);
  await map.open(CLUSTER);
  return { app, map };
}

/** Ten actors and fifteen ties: the mouse's ways (double-click, toolbar, drags) and the keyboard's (N, C, Tab, Enter). */
async function buildMap(map: MapPage, lang: Lang): Promise<void> {
  const { page } = map;
  // The legend folded away while building, as a facilitator does on a small screen.
  await page.getByTestId('map-legend-toggle').click();
  for (const m of byMouse) await map.addActorByMouse(m.at, m.actor);
  await map.addActorByToolbar(byToolbar);
  // Dropped in the middle of the view, then dragged to its place.
  await map.dragActor(BUYER!, { x: 300, y: 80 });
  for (const k of byKeys) await map.addActorByKeys(k.actor, k.shift);
  await map.expectCounts(10, 0);
  await screen(page, `map-01-actors-${lang}`);

  for (const t of tiesByDrag) await map.connectByDrag(t);
  for (const t of tiesByKeys) await map.connectByKeys(t);
  await map.expectCounts(10, 15);

  // Enter edits the focused actor; Escape leaves the form unchanged and gives the map the focus back.
  await map.focusActor(S4!);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('map-actor-name')).toHaveValue(S4!);
  await screen(page, `map-02-edit-by-keyboard-${lang}`);
  await page.getByTestId('map-actor-name').press('Escape');
  await expect(page.getByTestId('map-actor-form')).toBeHidden();
  await page.getByTestId('map-legend-toggle').click();
  await screen(page, `map-03-built-${lang}`);
}

/**
 * After a deletion the map must still be there. Seen on the renderer built at 13:27 on 2026-11-28
 * (not on later builds): deleting an actor drawn as a DOM node crashed the map page with
 * "TypeError: Cannot read properties of undefined (reading 'kind')" from MapCanvasView's
 * `describe(i)`, called in MapFlow's `base` memo with DOM-node indices of the scene before the
 * deletion. A soft failure if it comes back; the page is then loaded again so the journey goes on.
 */
async function mapSurvives(map: MapPage, clusterName: string, step: string): Promise<void> {
  const alive = await map.region.isVisible();
  expect.soft(alive, `the map page is still shown after ${step} (crash on deleting an actor, see mapSurvives)`).toBe(true);
  if (alive) return;
  await map.page.reload();
  await map.open(clusterName);
}

/** Delete takes the cooperative and its 8 ties in one step; undo and redo walk it back and forth. */
async function undoRedo(map: MapPage): Promise<void> {
  const { page } = map;
  await map.focusActor(KOP!);
  await page.keyboard.press('Delete');
  await page.waitForTimeout(1000);
  await mapSurvives(map, CLUSTER, 'Delete');
  await map.expectCounts(9, 7);
  await expect(map.node(KOP!)).toHaveCount(0);
  await map.region.focus();
  await page.keyboard.press('Control+z');
  await map.expectCounts(10, 15);
  await expect(map.node(KOP!)).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await page.waitForTimeout(1000);
  await mapSurvives(map, CLUSTER, 'redo (Ctrl+Shift+Z) of the deletion');
  await map.expectCounts(9, 7);
  await map.region.focus();
  await page.keyboard.press('Control+z');
  await map.expectCounts(10, 15);
  await page.keyboard.press('Control+y');
  await page.waitForTimeout(1000);
  await mapSurvives(map, CLUSTER, 'redo (Ctrl+Y) of the deletion');
  await map.expectCounts(9, 7);
  await page.getByTestId('history.undo').click();
  await map.expectCounts(10, 15);
}

/** Every layout moves the actors; the power–interest grid names its four quadrants. */
async function layouts(map: MapPage, lang: Lang): Promise<void> {
  const { page } = map;
  let before = await map.nodePositions();
  for (const layout of ['force', 'sectorRings', 'insideOutside'] as const) {
    await map.chooseLayout(layout);
    await expect.poll(() => map.nodePositions()).not.toEqual(before);
    before = await map.nodePositions();
    await screen(page, `map-04-layout-${layout}-${lang}`);
  }
  await map.clearCanvasTexts();
  await map.chooseLayout('powerInterest');
  for (const q of words[lang].quadrants) await expect.poll(async () => (await map.canvasTexts()).includes(q), { message: `quadrant ${q} drawn` }).toBe(true);
  await screen(page, `map-05-power-interest-${lang}`);
}

/** F5: the map large, no editing chrome; Escape back. */
async function presentation(map: MapPage, lang: Lang): Promise<void> {
  const { page } = map;
  await map.region.focus();
  await page.keyboard.press('F5');
  await expect(page.getByTestId('presentation.toggle')).toHaveText(words[lang].exitPresentation);
  await expect(page.getByTestId('map-toolbar')).toHaveCount(0);
  await expect(page.getByTestId('map-legend')).toBeVisible();
  await map.expectCounts(10, 15);
  await screen(page, `map-06-presentation-${lang}`);
  await page.getByTestId('presentation.toggle').click();
  await expect(page.getByTestId('map-toolbar')).toBeVisible();
}

/** Search marks matches; a tie-type filter hides other ties; F shows one actor's neighbourhood. */
async function filtersSearchFocus(map: MapPage, lang: Lang): Promise<void> {
  const { page } = map;
  await page.getByTestId('map-search').fill('UD ');
  await expect(page.getByTestId('map-search-count')).toContainText('3');
  await page.getByTestId('map-search').press('Enter');
  await screen(page, `map-07-search-${lang}`);
  await page.getByTestId('map-search').fill('');

  await page.getByTestId('map-filters').click();
  // The popover opens with the kinds' list already open over the other filters (a mouse user has
  // to close it first): the tie types are reached with the keyboard.
  await page.getByTestId('map-filter-tietype').focus();
  await page.keyboard.press('ArrowDown');
  const membership = page.getByRole('option', { name: words[lang].tie.membership });
  await membership.click();
  await map.expectCounts(10, 4);
  await screen(page, `map-08-filter-${lang}`);
  // Picking a chosen type again takes it off the filter.
  await membership.click();
  await map.expectCounts(10, 15);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
}

async function socialCapital(map: MapPage, lang: Lang): Promise<void> {
  const { page } = map;
  const e = expected[lang];
  await map.tab('capital');
  await expect(page.getByTestId('capital-computing')).toHaveCount(0);
  await expect(page.getByTestId('capital-actors-value')).toHaveText('10');
  await expect(page.getByTestId('capital-ties-value')).toHaveText('15');
  await expect(page.getByTestId('capital-density-value')).toHaveText(e.density);
  await expect(page.getByTestId('capital-components-value')).toHaveText('1');
  await expect(page.getByTestId('capital-isolates-value')).toHaveText('0');
  await expect(page.getByTestId('capital-bondingDensity-value')).toHaveText(e.bonding);
  await expect(page.getByTestId('capital-smeIsolatedShare-value')).toHaveText(e.isolated);
  await expect(page.getByTestId('capital-isolated-smes')).toContainText(S4!);
  await expect(page.getByTestId('capital-bridgingTies-value')).toHaveText(e.bridging);
  await expect(page.getByTestId('capital-bridgingShare-value')).toHaveText(e.bridgingShare);
  await expect(page.getByTestId('capital-eiInsideOutside-value')).toHaveText(e.ei);
  await expect(page.getByTestId('capital-eiSector-value')).toHaveText(e.eiSector);
  await expect(page.getByTestId('capital-averageTrust-value')).toHaveText(e.trust);
  await expect(page.getByTestId('capital-trust-unknown')).toContainText('11');
  await expect(page.getByTestId('capital-brokersBank-list')).toContainText(KOP!);
  await expect(page.getByTestId('capital-brokersBank-list')).toContainText(lang === 'id' ? '100,0%' : '100.0%');
  await screen(page, `map-10-social-capital-${lang}`);
  await page.getByTestId('capital-section-brokers').scrollIntoViewIfNeeded();
  await screen(page, `map-11-social-capital-brokers-${lang}`);
  await expectAccessibleWithoutNotifications(page, `social-capital panel (${lang})`);
}

test.describe('stakeholder map on the canvas', () => {
  // Long journeys: each builds a whole map through the UI.
  test.describe.configure({ timeout: 600_000 });
  // No step may wait for ever (a page that crashed would hold the whole run).
  test.use({ actionTimeout: 20_000 });

  test('Bahasa Indonesia: build a map by mouse and keyboard, undo and redo, reopen, layouts, presentation, filters, social capital', async ({
    page,
    sentra,
  }) => {
    const { map } = await startWithCluster(page, sentra, 'id');
    await expectAccessibleWithoutNotifications(page, 'empty map canvas (id)');
    await buildMap(map, 'id');
    await undoRedo(map);
    await expectAccessibleWithoutNotifications(page, 'map canvas (id)');

    // Closed and opened again: the map is in the file.
    await page.waitForTimeout(600);
    await new SentraPage(page).reopenAfterRestart(sentra);
    await map.open(CLUSTER);
    await map.expectCounts(10, 15);
    for (const name of [S1, S2, S3, S4, KOP, BUYER, BANK, DINAS, LPM, BDS]) await expect(map.node(name!)).toHaveCount(1);
    await screen(page, `map-09-reopened-id`);

    await layouts(map, 'id');
    await presentation(map, 'id');
    await filtersSearchFocus(map, 'id');

    // Focus (F) on the cooperative: it and its eight neighbours, its eight ties.
    await map.focusActor(KOP!);
    await page.keyboard.press('f');
    await map.expectCounts(9, 8);
    await page.keyboard.press('f');
    await map.expectCounts(10, 15);

    await map.tab('table');
    await expect(page.getByTestId('map-table')).toBeVisible();
    await screen(page, 'map-12-table-id');
    await expectAccessibleWithoutNotifications(page, 'map table (id)');
    await socialCapital(map, 'id');
  });

  test('English: build the same map, undo and redo, layouts, presentation, social capital', async ({ page, sentra }) => {
    const { map } = await startWithCluster(page, sentra, 'en');
    await buildMap(map, 'en');
    await undoRedo(map);
    await layouts(map, 'en');
    await presentation(map, 'en');
    await map.tab('table');
    await expect(page.getByTestId('map-table')).toBeVisible();
    await screen(page, 'map-12-table-en');
    await expectAccessibleWithoutNotifications(page, 'map table (en)');
    await socialCapital(map, 'en');
  });
});
