import type { Locator, Page } from '@playwright/test';
import { expect } from './selectionPages';

/** The four quadrants in the board's order (strengths, weaknesses, opportunities, threats). */
export type SwotQuadrant = 'strength' | 'weakness' | 'opportunity' | 'threat';

/** A TOWS strategy as a journey drafts it: its kind, its text and the items it cites by reference (S1, O2 …). */
export interface StrategySpec {
  kind: 'SO' | 'ST' | 'WO' | 'WT';
  text: string;
  cites: readonly string[];
}

/** One cluster's SWOT board and TOWS matrix, as a facilitator works them with the mouse and the keyboard. */
export class SwotPage {
  constructor(readonly page: Page) {}

  quadrant(q: SwotQuadrant): Locator {
    return this.page.getByTestId(`swot-quadrant-${q}`);
  }

  /** A card by its reference (S1, W2 …), as strategies cite it. */
  card(ref: string): Locator {
    return this.page.getByTestId(`swot-item-${ref}`);
  }

  /** The texts of a quadrant's cards, in the order shown. */
  texts(q: SwotQuadrant): Promise<string[]> {
    return this.quadrant(q).getByTestId('swot-item-text').allTextContents();
  }

  /** SWOT section → the cluster's board. */
  async open(clusterName: string): Promise<void> {
    await this.page.getByTestId('nav.swot').click();
    await expect(this.page.getByTestId('swot-index')).toBeVisible();
    await this.page.getByTestId('swot-index').getByRole('link', { name: clusterName }).click();
    await expect(this.page.getByTestId('swot-page')).toBeVisible();
  }

  async tab(name: 'swot' | 'tows'): Promise<void> {
    await this.page.getByTestId(`swot-tab-${name}`).click();
    await expect(this.page.getByTestId(`swot-tab-${name}`)).toHaveAttribute('aria-selected', 'true');
  }

  /** The quadrant's add button; the determinant is the option named `determinant`; an evidence note if given. */
  async addByMouse(q: SwotQuadrant, text: string, determinant: string, evidence = ''): Promise<void> {
    await this.page.getByTestId(`swot-add-${q}`).click();
    const dialog = this.page.getByTestId('swot-item-dialog');
    await dialog.getByTestId('swot-item-text-input').fill(text);
    await dialog.getByTestId('swot-item-determinant').click();
    await this.page.getByRole('option', { name: determinant }).click();
    if (evidence) await dialog.getByTestId('swot-item-evidence-input').fill(evidence);
    await dialog.getByTestId('swot-item-save').click();
    await expect(dialog).toBeHidden();
    await expect(this.quadrant(q).getByText(text)).toBeVisible();
  }

  /** Keys only: focus the quadrant, N, type the text, Enter on the save button. */
  async addByKeys(q: SwotQuadrant, text: string): Promise<void> {
    await this.quadrant(q).focus();
    await this.page.keyboard.press('n');
    const dialog = this.page.getByTestId('swot-item-dialog');
    await expect(dialog.getByTestId('swot-item-text-input')).toBeFocused();
    await this.page.keyboard.type(text);
    await dialog.getByTestId('swot-item-save').press('Enter');
    await expect(dialog).toBeHidden();
    await expect(this.quadrant(q).getByText(text)).toBeVisible();
  }

  /** Participants who vote, typed by name, and the dots each has. */
  async participants(names: readonly string[], dots: number): Promise<void> {
    await this.page.getByTestId('swot-participants-open').click();
    const perVoter = this.page.getByTestId('swot-dots-per-voter');
    await perVoter.fill(String(dots));
    await perVoter.press('Enter');
    for (const name of names) {
      await this.page.getByTestId('swot-participant-name').fill(name);
      await this.page.getByTestId('swot-participant-add').click();
      await expect(this.page.getByTestId('swot-participants')).toContainText(name);
    }
  }

  async closeDialog(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.page.getByRole('dialog')).toHaveCount(0);
  }

  /** Whose dots the cards' + and − give from now on. */
  async voteAs(name: string): Promise<void> {
    await this.page.getByTestId('swot-voting-as').click();
    await this.page.getByRole('option', { name, exact: true }).click();
    await expect(this.page.getByTestId('swot-voting-as')).toHaveValue(name);
  }

  /** The card's + button (the mouse's dot). */
  async dotByMouse(ref: string): Promise<void> {
    await this.card(ref).getByTestId('swot-vote-more').click();
  }

  /** The focused card's + key (the keyboard's dot). */
  async dotByKey(ref: string): Promise<void> {
    await this.card(ref).focus();
    await this.page.keyboard.press('+');
  }

  async expectDots(ref: string, dots: number): Promise<void> {
    await expect(this.card(ref).getByTestId('swot-item-dots')).toHaveAttribute('data-dots', String(dots));
  }

  /** A strategy drafted in the TOWS matrix, citing its items' checkboxes; returns its card. */
  async addStrategy(s: StrategySpec): Promise<Locator> {
    await this.page.getByTestId(`tows-add-${s.kind}`).click();
    const dialog = this.page.getByTestId('swot-strategy-dialog');
    await dialog.getByTestId('swot-strategy-text').fill(s.text);
    for (const ref of s.cites) await dialog.getByTestId(`swot-strategy-item-${ref}`).click();
    await dialog.getByTestId('swot-strategy-save').click();
    await expect(dialog).toBeHidden();
    const strategy = this.page
      .getByTestId('tows-matrix')
      .getByTestId(/^tows-strategy-(SO|ST|WO|WT)\d+$/)
      .filter({ hasText: s.text });
    await expect(strategy).toHaveCount(1);
    return strategy;
  }
}
