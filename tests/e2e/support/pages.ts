import { expect, type Page } from '@playwright/test';

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

  async setLanguage(lang: 'ID' | 'EN'): Promise<void> {
    await this.page.getByTestId('language.switch').getByText(lang, { exact: true }).click();
  }

  /** Clicks somewhere neutral so keyboard shortcuts go to the app, not a text field. */
  async blur(): Promise<void> {
    await this.page.locator('body').click({ position: { x: 5, y: 300 } });
  }
}
