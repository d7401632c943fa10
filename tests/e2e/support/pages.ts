import { expect, type Page } from '@playwright/test';
import type { SentraApp } from './fixtures';

export type Language = 'ID' | 'EN';

/** The start screen's button that opens a recent workspace, in the language the app speaks. */
const OPEN_RECENT: Record<Language, string> = { ID: 'Buka', EN: 'Open' };

/** Page objects: what a facilitator does, named as they would say it. */
export class SentraPage {
  constructor(readonly page: Page) {}

  async waitSaved(): Promise<void> {
    await expect(this.page.getByTestId('save.status')).toHaveAttribute('data-status', 'saved', { timeout: 10_000 });
  }

  async newWorkspace(programName: string, fileName: string): Promise<void> {
    await this.page.getByTestId('start.newWorkspace').click();
    await this.page.getByTestId('newWorkspace.programName').fill(programName);
    await this.page.getByTestId('newWorkspace.fileName').fill(fileName);
    await this.page.getByTestId('newWorkspace.create').click();
    await expect(this.page.getByTestId('program.name')).toHaveValue(programName);
  }

  async addCluster(name: string): Promise<void> {
    await this.page.getByTestId('nav.clusters').click();
    await this.page.getByTestId('clusters.add').click();
    await this.page.getByTestId('newCluster.name').fill(name);
    await this.page.getByTestId('newCluster.create').click();
    await expect(this.page.getByTestId('cluster.title')).toHaveText(name);
  }

  async openFileMenu(item: string): Promise<void> {
    await this.page.getByTestId('menu.file').click();
    await this.page.getByTestId(item).click();
  }

  async setLanguage(lang: Language): Promise<void> {
    await this.page.getByTestId('language.switch').getByText(lang, { exact: true }).click();
  }

  /** The start screen at `url`, in Bahasa Indonesia unless told, and the bundled demo opened from it. */
  async openDemo(url: string, lang: Language = 'ID'): Promise<void> {
    await this.page.goto(url);
    if (lang === 'EN') await this.setLanguage('EN');
    await this.page.getByTestId('start.openDemo').click();
    // The demo is a whole workspace to write; on a busy build machine that takes seconds.
    await expect(this.page.getByTestId('clusters.row').first()).toBeVisible({ timeout: 20_000 });
  }

  /**
   * The app closed and started again on the same folders, and the workspace last worked on opened
   * from the start screen's recent list: what a facilitator finds the next day.
   */
  async reopenAfterRestart(sentra: SentraApp, lang: Language = 'ID'): Promise<void> {
    await sentra.restart();
    await this.page.goto(sentra.url);
    await this.page.getByRole('button', { name: OPEN_RECENT[lang], exact: true }).first().click();
  }

  /** Goes straight to a route of the app (`#/plan/<cluster id>`), as an edited address or the browser's history would. */
  async goToRoute(route: string): Promise<void> {
    await this.page.evaluate((hash) => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = hash;
    }, route);
  }

  /** Clicks somewhere neutral so keyboard shortcuts go to the app, not a text field. */
  async blur(): Promise<void> {
    await this.page.locator('body').click({ position: { x: 5, y: 300 } });
  }
}
