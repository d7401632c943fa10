import { expect as baseExpect, type Locator, type Page } from '@playwright/test';

// What these helpers ask of the page inside `evaluate` (the Node-side config has no DOM types).
declare const document: { activeElement: unknown };
declare const window: { __sentraCanvasTexts?: string[] };
declare const CanvasRenderingContext2D: { prototype: { fillText: (text: string, x: number, y: number, maxWidth?: number) => void } };

/**
 * Expectations with a longer wait: the map's workers (layout, metrics) and its canvas take longer
 * on a loaded build machine than the forms the other journeys check.
 */
export const expect = baseExpect.configure({ timeout: 15_000 });

/** The app's words a journey types or looks for, by language: the same journey runs in both. */
export const words = {
  id: {
    kind: { cooperative: 'Koperasi', bank: 'Bank', university: 'Perguruan', agency: 'Dinas', bds: 'BDS', buyer: 'Pembeli' },
    layout: {
      free: 'Bebas',
      force: 'Gaya (force-directed)',
      sectorRings: 'Lingkaran per sektor',
      insideOutside: 'Di dalam / di luar sentra',
      powerInterest: 'Kisi kekuatan–kepentingan',
    },
    quadrants: ['Kelola dengan cermat', 'Jaga kepuasannya', 'Selalu beri informasi', 'Pantau'],
    tie: { membership: 'Keanggotaan', finance: 'Pembiayaan', sales: 'Penjualan', support: 'Dukungan teknis', information: 'Informasi' },
    exitPresentation: 'Keluar presentasi',
    legend: 'Keterangan',
    decimal: ',',
  },
  en: {
    kind: { cooperative: 'Cooperative', bank: 'Bank', university: 'University', agency: 'agency', bds: 'BDS', buyer: 'Buyer' },
    layout: {
      free: 'Free',
      force: 'Force-directed',
      sectorRings: 'Rings by sector',
      insideOutside: 'Inside / outside the cluster',
      powerInterest: 'Power–interest grid',
    },
    quadrants: ['Manage closely', 'Keep satisfied', 'Keep informed', 'Monitor'],
    tie: { membership: 'Membership', finance: 'Finance', sales: 'Sales', support: 'Technical or BDS support', information: 'Information' },
    exitPresentation: 'Leave presentation',
    legend: 'Legend',
    decimal: '.',
  },
} as const;

export type Lang = keyof typeof words;
export type KindWord = keyof (typeof words)['id']['kind'];
export type Layout = keyof (typeof words)['id']['layout'];
export type TieWord = keyof (typeof words)['id']['tie'];

/** An actor as a journey creates it: SMEs inside the cluster unless said otherwise. */
export interface ActorSpec {
  name: string;
  kind?: KindWord;
  outside?: boolean;
}

/** A tie as a journey creates it (a collaboration unless said otherwise); `trust` is a 1–5 score. */
export interface TieSpec {
  from: string;
  to: string;
  type?: TieWord;
  trust?: number;
}

/**
 * Records every text the map's canvas layer draws (names zoomed out, the power–interest grid's
 * quadrants and axes), which the DOM does not hold. Call before the page loads.
 */
export async function recordCanvasText(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    window.__sentraCanvasTexts = seen;
    const original = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (this: unknown, text: string, x: number, y: number, maxWidth?: number) {
      seen.push(String(text));
      if (seen.length > 5000) seen.splice(0, 2500);
      return maxWidth === undefined ? original.call(this, text, x, y) : original.call(this, text, x, y, maxWidth);
    };
  });
}

/** The stakeholder map page of one cluster, as a facilitator works it with the mouse and the keyboard. */
export class MapPage {
  constructor(
    readonly page: Page,
    readonly lang: Lang,
  ) {}

  get w() {
    return words[this.lang];
  }
  get region(): Locator {
    return this.page.getByTestId('map-region');
  }
  get canvas(): Locator {
    return this.page.getByTestId('map-canvas');
  }
  get announcement(): Locator {
    return this.page.getByTestId('map-announcement');
  }
  node(name: string): Locator {
    return this.page.locator('.map-node').filter({ has: this.page.getByText(name, { exact: true }) });
  }

  /** Stakeholder map section → the cluster's map. */
  async open(clusterName: string): Promise<void> {
    await this.page.getByTestId('nav.map').click();
    await this.page.getByTestId('stakeholder-map-index').getByRole('link', { name: clusterName }).click();
    await expect(this.region).toBeVisible();
  }

  async tab(name: 'canvas' | 'table' | 'capital' | 'snapshots' | 'matrix'): Promise<void> {
    await this.page.getByTestId(`map-tab-${name}`).click();
  }

  /** What the map says it holds (its accessible name counts the actors and ties shown). */
  async expectCounts(actors: number, ties: number): Promise<void> {
    await expect(this.region).toHaveAttribute('aria-label', new RegExp(`: ${actors} \\S+, ${ties} \\S+$`));
  }

  /** Tab (only the keyboard) until `target` or something inside it has the focus. */
  async tabTo(target: Locator, max = 40): Promise<void> {
    for (let i = 0; i < max; i += 1) {
      if (await target.evaluate((el) => el === document.activeElement || (el as { contains(n: unknown): boolean }).contains(document.activeElement))) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`Tab did not reach ${target.toString()} in ${max} presses`);
  }

  /**
   * Gives the named actor the keyboard focus the way a keyboard user does: from the map,
   * Tab walks the actors by name while the map reads each one out.
   */
  async focusActor(name: string): Promise<void> {
    await this.region.focus();
    await this.page.keyboard.press('Escape');
    for (let i = 0; i < 14; i += 1) {
      await this.page.keyboard.press('Tab');
      if (((await this.announcement.textContent()) ?? '').startsWith(`${name}:`)) return;
    }
    throw new Error(`Tab did not reach the actor ${name}`);
  }

  /** A coded value picked with the mouse: open the list, click the option. */
  private async pickByMouse(select: Locator, text: string): Promise<void> {
    await select.click();
    await this.page
      .getByRole('option', { name: new RegExp(escape(text)) })
      .first()
      .click();
  }

  /** A coded value picked with the keyboard: type to narrow the list, arrow to the first match, Enter. */
  private async pickByKeys(select: Locator, text: string): Promise<void> {
    await this.tabTo(select);
    const wanted = new RegExp(escape(text));
    // A searchable list narrows as one types; a plain one is walked with the arrows.
    if ((await select.getAttribute('readonly')) === null) await this.page.keyboard.type(text);
    await this.page.keyboard.press('ArrowDown');
    const highlighted = this.page.locator('[role="option"][data-combobox-selected]');
    for (
      let i = 0;
      i < 25 &&
      !wanted.test(
        (await highlighted
          .first()
          .textContent({ timeout: 2_000 })
          .catch(() => '')) ?? '',
      );
      i += 1
    ) {
      await this.page.keyboard.press('ArrowDown');
    }
    await this.page.keyboard.press('Enter');
    await expect(select).toHaveValue(wanted);
  }

  /** Double-click on empty canvas at (x, y) from its top-left corner: an actor is added there. */
  async addActorByMouse(at: { x: number; y: number }, a: ActorSpec): Promise<void> {
    const box = (await this.canvas.boundingBox())!;
    await this.page.mouse.dblclick(box.x + at.x, box.y + at.y);
    await this.fillActorByMouse(a);
  }

  /** The toolbar's add button: the actor lands in the middle of the view. */
  async addActorByToolbar(a: ActorSpec): Promise<void> {
    await this.page.getByTestId('map-toolbar-add').click();
    await this.fillActorByMouse(a);
  }

  private async fillActorByMouse(a: ActorSpec): Promise<void> {
    const form = this.page.getByTestId('map-actor-form');
    await expect(form).toBeVisible();
    await this.page.getByTestId('map-actor-name').fill(a.name);
    if (a.kind) await this.pickByMouse(this.page.getByTestId('map-actor-kind'), this.w.kind[a.kind]);
    if (a.outside) await this.page.getByTestId('map-actor-inside').click();
    await this.page.getByTestId('map-form-save').click();
    await expect(form).toBeHidden();
    await expect(this.node(a.name).or(this.region.filter({ hasText: a.name }))).not.toHaveCount(0);
  }

  /**
   * N on the map, the form filled and saved with keys only, then Shift+arrows move the new actor
   * (still selected) away from the middle of the view by `shift` steps of 50.
   */
  async addActorByKeys(a: ActorSpec, shift: { right?: number; down?: number } = {}): Promise<void> {
    await this.region.focus();
    await this.page.keyboard.press('n');
    const name = this.page.getByTestId('map-actor-name');
    await expect(name).toBeVisible();
    await this.tabTo(name);
    await this.page.keyboard.type(a.name);
    if (a.kind) await this.pickByKeys(this.page.getByTestId('map-actor-kind'), this.w.kind[a.kind]);
    if (a.outside) {
      await this.tabTo(this.page.getByTestId('map-actor-inside'));
      await this.page.keyboard.press('Space');
      await expect(this.page.getByTestId('map-actor-inside')).not.toBeChecked();
    }
    await this.tabTo(this.page.getByTestId('map-form-save'));
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByTestId('map-actor-form')).toBeHidden();
    await expect(this.region).toBeFocused();
    const { right = 0, down = 0 } = shift;
    for (let i = 0; i < Math.abs(right); i += 1) await this.page.keyboard.press(right > 0 ? 'Shift+ArrowRight' : 'Shift+ArrowLeft');
    for (let i = 0; i < Math.abs(down); i += 1) await this.page.keyboard.press(down > 0 ? 'Shift+ArrowDown' : 'Shift+ArrowUp');
  }

  /** Drags an actor (its DOM node, at close zoom) to (x, y) from the canvas's top-left corner. */
  async dragActor(name: string, to: { x: number; y: number }): Promise<void> {
    const nb = (await this.node(name).boundingBox())!;
    const box = (await this.canvas.boundingBox())!;
    await this.page.mouse.move(nb.x + nb.width / 2, nb.y + nb.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + to.x, box.y + to.y, { steps: 10 });
    await this.page.mouse.up();
  }

  /** Drag from one actor's handle onto another actor, then fill the tie's form with the mouse. */
  async connectByDrag(t: TieSpec): Promise<void> {
    const handle = this.node(t.from).locator('.react-flow__handle');
    const hb = (await handle.boundingBox())!;
    const tb = (await this.node(t.to).boundingBox())!;
    await this.page.mouse.move(hb.x + hb.width / 2, hb.y + hb.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(tb.x + tb.width / 2, tb.y + tb.height / 2, { steps: 8 });
    await this.page.mouse.up();
    const form = this.page.getByTestId('map-tie-form');
    await expect(form).toBeVisible();
    if (t.type) await this.pickByMouse(this.page.getByTestId('map-tie-type'), this.w.tie[t.type]);
    if (t.trust) await this.page.getByTestId('map-tie-trust').getByText(String(t.trust), { exact: true }).click();
    await this.page.getByTestId('map-form-save').click();
    await expect(form).toBeHidden();
  }

  /** Tab to the actor, C, pick the other end from the list by typing, and save: no mouse. */
  async connectByKeys(t: TieSpec): Promise<void> {
    await this.focusActor(t.from);
    await this.page.keyboard.press('c');
    const to = this.page.getByTestId('map-tie-to');
    await expect(to).toBeFocused();
    await this.pickByKeys(to, t.to);
    if (t.type) await this.pickByKeys(this.page.getByTestId('map-tie-type'), this.w.tie[t.type]);
    await this.tabTo(this.page.getByTestId('map-form-save'));
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByTestId('map-tie-form')).toBeHidden();
  }

  async chooseLayout(layout: Layout): Promise<void> {
    await this.pickByMouse(this.page.getByTestId('map-layout-select'), this.w.layout[layout]);
    await expect(this.page.getByTestId('map-layout-select')).toHaveValue(this.w.layout[layout]);
    await expect(this.page.getByTestId('map-layout-progress')).toHaveCount(0, { timeout: 20_000 });
  }

  /** The texts the canvas layer has drawn since the page loaded (see recordCanvasText). */
  async canvasTexts(): Promise<string[]> {
    return this.page.evaluate(() => [...(window.__sentraCanvasTexts ?? [])]);
  }

  /** Forgets the texts drawn so far, so the next check sees only what is drawn from now on. */
  async clearCanvasTexts(): Promise<void> {
    await this.page.evaluate(() => window.__sentraCanvasTexts?.splice(0));
  }

  /** Screen positions of the actors' DOM nodes, by name: to see that a layout moved them. */
  async nodePositions(): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const n of await this.page.locator('.map-node').all()) {
      const b = await n.boundingBox();
      out[(await n.textContent()) ?? ''] = b ? `${Math.round(b.x)},${Math.round(b.y)}` : 'hidden';
    }
    return out;
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
