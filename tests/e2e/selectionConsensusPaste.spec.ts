import type { Page } from '@playwright/test';
import type { Rubric, SessionFields } from '../../shared/domain/selection/schemas';
import { expectAccessible } from './support/axe';
import { callService } from './support/callService';
import { screen, test } from './support/fixtures';
import { SentraPage } from './support/pages';
import { SelectionPage, expect, type SelectionLang } from './support/selectionPages';
import { sessionOfThreeScorers } from './support/selectionSessions';

test.describe.configure({ timeout: 600_000 });

/*
 * A block of consensus scores pasted from a spreadsheet, in both languages: the grid asks one note
 * for the whole block (how many cells, which range), Escape changes nothing, the note is required,
 * the block is set in one step (results change; one undo takes it all away, redo brings it back),
 * and a block the service refuses shows why in the dialog and changes nothing. One cell typed is
 * as before: a first entry is the initial consensus, a change asks its own note.
 */

const CRITERIA = [
  ['factor', 'Kondisi faktor'],
  ['demand', 'Kondisi permintaan'],
  ['workshop', 'Kinerja lokakarya'],
] as const;

/** One dimension of three criteria, each 0–10 (`workshopMax` lowers the last one's maximum). */
const rubric = (workshopMax = 10): Rubric => ({
  name: 'Rubrik mufakat',
  note: '',
  dimensions: [
    {
      id: 'growth',
      name: 'Peluang pertumbuhan',
      description: '',
      total: 20 + workshopMax,
      weight: 1,
      optional: false,
      enabled: true,
      criteria: CRITERIA.map(([id, name]) => ({ id, name, description: '', max: id === 'workshop' ? workshopMax : 10, weight: 1, determinant: null })),
    },
  ],
});

const fields = (name: string): SessionFields => ({
  name,
  heldOn: null,
  note: '',
  scoringMode: 'consensus',
  hidden: false,
  aggregation: 'mean',
  rule: 'topN',
  topN: 1,
  threshold: 60,
});

/** What each language shows and is typed in. */
const words = {
  id: {
    session: 'Mufakat kelompok kerja',
    count: '6 nilai konsensus ditempel sekaligus, dengan satu catatan untuk semuanya.',
    range: (top: string, bottom: string) => `Dari ${top} — Kondisi faktor sampai ${bottom} — Kinerja lokakarya.`,
    note: 'Disepakati bersama di rapat kelompok kerja.',
    refused: 'di luar rentang',
    initialNote: 'Konsensus awal',
    percent: '63,3',
  },
  en: {
    session: 'Working group consensus',
    count: '6 consensus scores pasted at once, with one note for them all.',
    range: (top: string, bottom: string) => `From ${top} — Kondisi faktor to ${bottom} — Kinerja lokakarya.`,
    note: 'Agreed together at the working group meeting.',
    refused: 'out of range',
    initialNote: 'Initial consensus',
    percent: '63.3',
  },
} as const;

/** The consensus stored now, read back from the service as [cluster, criterion, value, note]. */
async function storedConsensus(page: Page, sessionId: string) {
  const state = await callService(page, 'selection.sessions.get', { id: sessionId, asScorer: null });
  return state.consensus.map((c) => [c.clusterId, c.criterionId, c.value, c.note].join(' ')).sort();
}

for (const lang of ['id', 'en'] as const satisfies readonly SelectionLang[]) {
  test(`a pasted block of consensus scores asks one note and is one step (${lang})`, async ({ page, sentra }) => {
    const w = words[lang];
    await new SentraPage(page).openDemo(sentra.url, lang === 'id' ? 'ID' : 'EN');
    const { id, clusters } = await sessionOfThreeScorers(page, fields(w.session), rubric());
    const [first, second] = [clusters[0]!, clusters[1]!];
    const sel = new SelectionPage(page, lang);
    const d = sel.w.decimal;
    await sel.openSession(w.session);
    await sel.tab('scoring');
    await expect(page.getByTestId('scoring-consensus-mode')).toBeVisible();

    // A 2 × 3 block from the first cell: the dialog names its size and range; Escape changes nothing.
    const block = [
      ['7', '8', '4'],
      [`6${d}5`, '5', '3'],
    ];
    const dialog = page.getByTestId('consensus-block-dialog');
    await sel.cell(first.id, 'factor').click();
    await sel.paste(block);
    await expect(dialog.getByTestId('consensus-block-count')).toHaveText(w.count);
    await expect(dialog.getByTestId('consensus-block-range')).toHaveText(w.range(first.name, second.name));
    await expect(page.getByTestId('consensus-note')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(sel.cell(second.id, 'factor')).toHaveAttribute('data-missing', 'true');
    expect(await storedConsensus(page, id)).toEqual([]);

    // Again: the note is required, then Ctrl+Enter sets the whole block.
    await sel.cell(first.id, 'factor').click();
    await sel.paste(block);
    await expectAccessible(page, `consensus block dialog (${lang})`);
    await screen(page, `selection-consensus-paste-${lang}`);
    await page.getByTestId('consensus-save').click();
    await expect(page.getByTestId('consensus-note')).toHaveAttribute('aria-invalid', 'true');
    await page.getByTestId('consensus-note').fill(w.note);
    await page.keyboard.press('Control+Enter');
    await expect(dialog).toHaveCount(0);
    await expect(sel.cell(second.id, 'factor')).toHaveText(`6${d}5`);
    await expect(sel.cell(first.id, 'workshop')).toHaveText('4');
    const stored = await storedConsensus(page, id);
    expect(stored).toHaveLength(6);
    for (const entry of stored) expect(entry).toContain(w.note);

    // The results follow (first: 19 of 30); one undo takes the whole block away, redo brings it back.
    await sel.tab('results');
    const percent = sel.resultRow(first.id).getByTestId('results-percent');
    await expect(percent).toContainText(w.percent);
    await page.getByTestId('history.undo').click();
    await expect(percent).not.toContainText(w.percent);
    await expect.poll(() => storedConsensus(page, id)).toEqual([]);
    await page.getByTestId('history.redo').click();
    await expect(percent).toContainText(w.percent);
    await expect.poll(() => storedConsensus(page, id)).toEqual(stored);

    // A block the service refuses (the rubric changed meanwhile: the last criterion now goes to 5)
    // says why in the dialog, in the user's language, and changes nothing.
    await sel.tab('scoring');
    await sel.cell(second.id, 'factor').click();
    await sel.paste([
      ['9', '9', '9'],
      ['9', '9', '9'],
    ]);
    await expect(dialog.getByTestId('consensus-block-count')).toHaveText(w.count);
    await callService(page, 'selection.sessions.setRubric', { id, rubric: rubric(5) });
    const beforeRefusal = await storedConsensus(page, id);
    await page.getByTestId('consensus-note').fill(w.note);
    await page.getByTestId('consensus-save').click();
    await expect(dialog.getByTestId('dialog.error')).toContainText(w.refused);
    await page.getByTestId('consensus-cancel').click();
    await expect(dialog).toHaveCount(0);
    expect(await storedConsensus(page, id)).toEqual(beforeRefusal);

    // One cell typed stays as it was: a first entry is the initial consensus, a change asks its note.
    const third = clusters[2]!;
    await sel.cell(third.id, 'factor').click();
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await expect(sel.cell(third.id, 'factor')).toHaveText('5');
    await expect.poll(() => storedConsensus(page, id)).toContain(`${third.id} factor 5 ${w.initialNote}`);
    await sel.cell(third.id, 'factor').click();
    await page.keyboard.type('6');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('consensus-change')).toContainText('6');
    await expect(page.getByTestId('consensus-note')).toBeFocused();
    await page.keyboard.type(w.note);
    await page.keyboard.press('Control+Enter');
    await expect(page.getByTestId('consensus-dialog')).toHaveCount(0);
    await expect.poll(() => storedConsensus(page, id)).toContain(`${third.id} factor 6 ${w.note}`);
  });
}
