import { expect, type Locator, type Page } from '@playwright/test';

/** The plan editor's tabs (the views after them are named by their own test ids, `plan-tab-<key>`). */
export type PlanEditorTab = 'vision' | 'medium' | 'programs';

/** One cluster's plan as a facilitator works it: the vision, the 3-year plan, the programs and their editor. */
export class PlanPage {
  constructor(readonly page: Page) {}

  get editor(): Locator {
    return this.page.getByTestId('plan-program-editor');
  }

  /** A field of the open program by its test id's tail (`name`, `lead`, `activities.0.end`, `budget.1.amount`). */
  field(tail: string): Locator {
    return this.editor.getByTestId(`plan-program.${tail}`);
  }

  /** The editor's save badge: saved, pending, saving, invalid or failed. */
  saveStatus(scope: Locator = this.page.getByTestId('plan-page')): Locator {
    return scope.getByTestId('save.status');
  }

  /**
   * Waits for every edit to be stored. An amount or year still focused is first confirmed with
   * Enter, as the facilitator would: those fields store nothing until confirmed or left.
   */
  async waitSaved(scope?: Locator): Promise<void> {
    const focused = this.page.locator('[data-commit-on-confirm]:focus');
    if ((await focused.count()) > 0) await focused.press('Enter');
    await expect(this.saveStatus(scope)).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
  }

  /** The sidebar's "Rencana aksi" → the list of clusters with their plans. */
  async openIndex(): Promise<void> {
    await this.page.getByTestId('nav.plan').click();
    await expect(this.page.getByTestId('plan-index')).toBeVisible();
  }

  /** From the list, the cluster's plan. */
  async open(clusterName: string): Promise<void> {
    await this.page.getByTestId('plan-index').getByRole('link', { name: clusterName }).click();
    await expect(this.page.getByTestId('plan-page')).toBeVisible();
  }

  async tab(key: string): Promise<void> {
    await this.page.getByTestId(`plan-tab-${key}`).click();
    await expect(this.page.getByTestId(`plan-tab-${key}`)).toHaveAttribute('aria-selected', 'true');
  }

  /** "Dari templat" → the template's card; the editor opens on the new program. */
  async addFromTemplate(key: string): Promise<void> {
    await this.page.getByTestId('plan-programs.fromTemplate').click();
    await this.page.getByTestId(`plan-template-${key}`).click();
    await expect(this.page.getByTestId('plan-templates')).toBeHidden();
    await expect(this.editor).toBeVisible();
  }

  /** "Program baru" with its name; the editor opens on it. */
  async addBlank(name: string): Promise<void> {
    await this.page.getByTestId('plan-programs.add').click();
    await this.page.getByTestId('plan-new-program.name').fill(name);
    await this.page.getByTestId('plan-new-program.create').click();
    await expect(this.field('name')).toHaveValue(name);
  }

  /** Picks an option of a select (or an autocomplete) by its visible name, typing part of it first. */
  async choose(select: Locator, option: string, typed?: string): Promise<void> {
    await select.click();
    if (typed !== undefined) await select.fill(typed);
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** A program's WHO: the lead picked from the map's actors by typing part of the name. */
  async leadFromMap(typed: string, actorName: string): Promise<void> {
    await this.choose(this.field('lead'), actorName, typed);
    await expect(this.field('lead.mark')).toHaveAttribute('data-mark', 'map');
  }

  /** Adds an activity with its months (options as the list names them, e.g. "Maret 2027"); returns its row index. */
  async addActivity(name: string, start: string, end: string): Promise<number> {
    const rows = this.field('activities').getByTestId('plan-program.activities.row');
    const i = await rows.count();
    await this.field('activities.add').click();
    await this.field(`activities.${i}.name`).fill(name);
    await this.choose(this.field(`activities.${i}.start`), start);
    await this.choose(this.field(`activities.${i}.end`), end);
    return i;
  }

  /** Adds a budget line: item, amount as typed ("2,5 juta"), funding source by name; returns its row index. */
  async addBudgetLine(item: string, amount: string, source?: string): Promise<number> {
    const rows = this.field('budget').getByTestId('plan-program.budget.row');
    const i = await rows.count();
    await this.field('budget.add').click();
    await this.field(`budget.${i}.item`).fill(item);
    await this.field(`budget.${i}.amount`).fill(amount);
    if (source) await this.choose(this.field(`budget.${i}.source`), source);
    return i;
  }
}
