import { expect as baseExpect, type Locator, type Page } from '@playwright/test';

// What these helpers ask of the page inside `evaluate` (the Node-side config has no DOM types).
interface DomElement {
  closest(selector: string): DomElement | null;
}
declare const document: {
  activeElement: { dispatchEvent(e: unknown): boolean; blur(): void } | null;
  elementFromPoint(x: number, y: number): DomElement | null;
};
declare class DataTransfer {
  setData(format: string, data: string): void;
}
declare class ClipboardEvent {
  constructor(type: string, init: { clipboardData: DataTransfer; bubbles: boolean; cancelable: boolean });
}

/**
 * Expectations with a longer wait: every score typed is one call, committed and reloaded, and
 * the sensitivity search runs in a worker; on a loaded build machine each takes seconds.
 */
export const expect = baseExpect.configure({ timeout: 20_000 });

/** The app's words a selection journey looks for, by language. */
export const selectionWords = {
  id: { facilitator: 'Fasilitator', missing: 'belum dinilai', selected: '✓ Terpilih', decimal: ',' },
  en: { facilitator: 'Facilitator', missing: 'not scored', selected: '✓ Selected', decimal: '.' },
} as const;

export type SelectionLang = keyof typeof selectionWords;

/** The tabs of a scoring session, as the page names them in its test ids. */
export type SessionTab = 'setup' | 'scoring' | 'disagreements' | 'results' | 'sensitivity' | 'scorers' | 'log';

/** The site-selection section as a facilitator works it: sessions, setup, the grid, results, sensitivity. */
export class SelectionPage {
  constructor(
    readonly page: Page,
    readonly lang: SelectionLang,
  ) {}

  get w() {
    return selectionWords[this.lang];
  }

  /** The navigation's site-selection section: the list of sessions. */
  async openSessions(): Promise<void> {
    await this.page.getByTestId('nav.selection').click();
    await expect(this.page.getByTestId('selection-sessions')).toBeVisible();
  }

  /** A session of the list, by its name, opened on the tab it opens on. */
  async openSession(name: string): Promise<void> {
    await this.openSessions();
    await this.page.getByTestId('sessions.row').getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByTestId('selection-session')).toBeVisible();
  }

  /** A new session on JICA's template (the dialog's default rubric); it opens on its setup. */
  async newSession(name: string, opts: { hidden: boolean; heldOn?: string }): Promise<void> {
    await this.page.getByTestId('sessions.new').click();
    await this.page.getByTestId('session.name').fill(name);
    if (opts.heldOn) await this.page.getByTestId('session.heldOn').fill(opts.heldOn);
    if (opts.hidden) await this.page.getByTestId('session.hidden').check();
    await this.page.getByTestId('newSession.create').click();
    await expect(this.page.getByTestId('session.title')).toHaveText(name);
    await expect(this.page.getByTestId('selection-setup')).toBeVisible();
  }

  /** Clusters of the workspace picked by typing part of their name; they go to their JICA group. */
  async addCandidates(names: readonly string[]): Promise<void> {
    const picker = this.page.getByTestId('candidates.pick');
    for (const name of names) {
      await picker.click();
      await picker.fill(name.split(' ').at(-1)!);
      await this.page.getByRole('option', { name, exact: true }).click();
    }
    await this.page.getByTestId('candidates.add').click();
    await expect(this.page.getByTestId('candidate.row')).toHaveCount(names.length);
  }

  /**
   * A scorer picked from the stakeholder maps' actors with the keyboard only: type part of the
   * name, arrow down to the suggestion, Enter picks it, Enter adds it.
   */
  async addScorerFromMap(typed: string, fullName: string): Promise<void> {
    const field = this.page.getByTestId('scorers.newName');
    await field.focus();
    await this.page.keyboard.type(typed);
    await expect(this.page.getByRole('option', { name: fullName, exact: true })).toBeVisible();
    await this.page.keyboard.press('ArrowDown');
    await this.page.keyboard.press('Enter');
    await expect(field).toHaveValue(fullName);
    await this.page.keyboard.press('Enter');
    await expect(this.scorerRow(fullName)).toHaveCount(1);
  }

  /** A scorer typed by name (someone who is not on any map). */
  async addScorer(name: string): Promise<void> {
    const field = this.page.getByTestId('scorers.newName');
    await field.fill(name);
    await field.press('Enter');
    await expect(this.scorerRow(name)).toHaveCount(1);
  }

  scorerRow(name: string): Locator {
    return this.page.getByTestId('scorer.row').filter({ has: this.page.locator(`input[value="${name}"]`) });
  }

  async tab(name: SessionTab): Promise<void> {
    await this.page.getByTestId(`selection-tab-${name}`).click();
    await expect(this.page.getByTestId(`selection-tab-${name}`)).toHaveAttribute('aria-selected', 'true');
  }

  /** Whose eyes the page sees through (the session header's picker): a scorer, or the facilitator. */
  async enterAs(name: string): Promise<void> {
    const picker = this.page.getByTestId('session.enteringAs');
    await picker.click();
    await this.page.getByRole('option', { name, exact: true }).click();
    await expect(picker).toHaveValue(name);
  }

  cell(clusterId: string, criterionId: string): Locator {
    return this.page.getByTestId(`score-cell-${clusterId}-${criterionId}`);
  }

  /** The candidates' cluster ids in the grid's order, top to bottom. */
  async gridClusters(): Promise<string[]> {
    const rows = this.page.getByTestId('score-grid-row');
    await expect(rows.first()).toBeVisible();
    return Promise.all((await rows.all()).map(async (r) => (await r.getAttribute('data-cluster'))!));
  }

  /** The criteria's ids in the grid's column order, left to right. */
  async gridCriteria(): Promise<string[]> {
    const heads = this.page.locator('[data-testid^="score-column-"]');
    return Promise.all((await heads.all()).map(async (h) => (await h.getAttribute('data-testid'))!.slice('score-column-'.length)));
  }

  /**
   * Scores typed as in a spreadsheet, from the focused top-left cell: the first column down with
   * Enter, then each row across from the second column with Tab, Home and the arrows to the next.
   * `rows` are in the grid's order, each value as typed (a decimal comma in Bahasa Indonesia).
   */
  async typeScores(rows: readonly (readonly string[])[]): Promise<void> {
    const { keyboard } = this.page;
    for (const row of rows) {
      await keyboard.type(row[0]!);
      await keyboard.press('Enter');
    }
    await keyboard.press('Control+Home');
    await keyboard.press('ArrowRight');
    for (const [i, row] of rows.entries()) {
      for (const value of row.slice(1)) {
        await keyboard.type(value);
        await keyboard.press('Tab');
      }
      if (i < rows.length - 1) {
        await keyboard.press('Home');
        await keyboard.press('ArrowDown');
        await keyboard.press('ArrowRight');
      }
    }
  }

  /** A block pasted into the focused grid as a spreadsheet's clipboard gives it (text/plain, tabs and new lines). */
  async paste(rows: readonly (readonly string[])[]): Promise<void> {
    const text = rows.map((r) => r.join('\t')).join('\n');
    await this.page.evaluate((t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  }

  /**
   * Whether what a pointer meets at the middle of `target` is `target` itself (or inside it):
   * false when something else is drawn over it, so the room cannot see it nor a mouse click it.
   */
  async uncovered(target: Locator): Promise<boolean> {
    const box = await target.boundingBox();
    if (!box) return false;
    const testId = await target.getAttribute('data-testid');
    return this.page.evaluate(({ x, y, testId }) => document.elementFromPoint(x, y)?.closest(`[data-testid="${testId}"]`) != null, {
      x: box.x + box.width / 2,
      y: box.y + box.height / 2,
      testId,
    });
  }

  /** The results table's row of one cluster. */
  resultRow(clusterId: string): Locator {
    return this.page.locator(`[data-testid="results-row"][data-cluster="${clusterId}"]`);
  }
}

/** F5 with no field focused (as after a click on the page): presentation mode on or off, on any screen. */
export async function presentationByKey(page: Page, on: boolean): Promise<void> {
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press('F5');
  await expect(page.locator('html')).toHaveAttribute('data-presentation', on ? 'on' : 'off');
}

/** The header's presentation toggle, as a mouse user switches it. */
export async function presentationByButton(page: Page, on: boolean): Promise<void> {
  await page.getByTestId('presentation.toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-presentation', on ? 'on' : 'off');
}
