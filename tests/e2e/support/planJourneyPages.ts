import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect as baseExpect, type Locator, type Page } from '@playwright/test';
import type { PlanView } from '../../../shared/domain/plan/types';
import { expectAccessible } from './axe';
import { PlanPage } from './planPages';

/*
 * What the plan journeys need beyond the editor's page object: the views, the versions and the
 * export dialog as a facilitator drives them, and the exported PDF read back with poppler's
 * `pdftotext` and `pdfinfo`, the way a forum secretariat would find it.
 */

const root = path.resolve(import.meta.dirname, '../../..');

// Each step commits and reloads the plan; on a busy build machine that takes seconds.
const expect = baseExpect.configure({ timeout: 20_000 });

/** Rupiah as the app and the print write it in each language: "Rp 1.250.000" / "Rp 1,250,000". */
export const rupiah = (n: number, lang: 'id' | 'en' = 'id') => `Rp ${new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB').format(n)}`;

/**
 * The plan's figures summed here, independently of the app's own sums: every line, each program,
 * each source, each determinant, each program × source, each activity's lines, the total.
 */
export function planFigures(view: PlanView) {
  const add = (m: Map<string, number>, key: string, n: number) => m.set(key, (m.get(key) ?? 0) + n);
  const bySource = new Map<string, number>();
  const byProgram = new Map<string, number>();
  const byArea = new Map<string, number>();
  const byProgramSource = new Map<string, number>();
  const byActivity = new Map<string, number>();
  const lines: number[] = [];
  let total = 0;
  for (const p of view.programs) {
    byProgram.set(p.id, 0);
    for (const line of p.budget) {
      lines.push(line.amount);
      total += line.amount;
      add(byProgram, p.id, line.amount);
      add(bySource, line.sourceId, line.amount);
      add(byArea, p.area ?? '', line.amount);
      add(byProgramSource, `${p.id}:${line.sourceId}`, line.amount);
      if (line.activityId) add(byActivity, line.activityId, line.amount);
    }
  }
  /** Every sum a view or the print may show; a printed amount outside it comes from nowhere. */
  const known = new Set([0, total, ...lines, ...[bySource, byProgram, byArea, byProgramSource, byActivity].flatMap((m) => [...m.values()])]);
  return { total, bySource, byProgram, lines, known };
}

/** A print section's heading as the print catalog words it (`planPrint.sections.<key>`), `{{year}}` filled in. */
export function printHeading(lang: 'id' | 'en', key: string, year?: number): string {
  const catalog = JSON.parse(fs.readFileSync(path.join(root, 'shared', 'i18n', `planPrint.${lang}.json`), 'utf8')) as {
    planPrint: { sections: Record<string, string>; contents?: string };
  };
  const text = key === 'contents' ? catalog.planPrint.contents : catalog.planPrint.sections[key];
  if (!text) throw new Error(`no print heading ${key} (${lang})`);
  return text.replace('{{year}}', String(year ?? ''));
}

/**
 * An exported PDF as poppler reads it: its text in the order it was printed (`-raw`: a table cell's
 * lines stay together, where the layout mode interleaves the columns), the page count and the page size.
 */
export interface PdfRead {
  text: string;
  pageCount: number;
  /** Width × height in points, as `pdfinfo` prints it ("610.08 x 936 pts"). */
  pageSize: { width: number; height: number };
}

export function readPdf(file: string): PdfRead {
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pageCount = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  if (!size || !pageCount) throw new Error(`pdfinfo could not read ${file}:\n${info}`);
  // Kept beside the PDF (in the test's output folder) for whoever reads a failure.
  fs.writeFileSync(`${file}.txt`, text);
  return { text, pageCount, pageSize: { width: Number(size[1]), height: Number(size[2]) } };
}

/** A DOCX's body text (word/document.xml with its markup taken out), as Word would show it. */
export function docxText(file: string): string {
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return flat(xml.replace(/<[^>]*>/g, ' '));
}

/** Text with its line breaks and runs of spaces made single spaces, so a wrapped cell still matches. */
export const flat = (s: string) => s.replace(/\s+/g, ' ');

/**
 * Every Rupiah amount a text prints as a figure, as numbers ("Rp 1.250.000" → 1250000, in either
 * language's grouping). Amounts written in words inside a text ("Rp 300 juta" in an indicator's
 * target) are the facilitator's words, not figures, and are left out.
 */
export function amountsIn(text: string, lang: 'id' | 'en'): number[] {
  const re =
    lang === 'id'
      ? /Rp\s?(\d{1,3}(?:\.\d{3})*)(?!\d|[.,]\d|\s+(?:ribu|juta|miliar|triliun)\b)/g
      : /Rp\s?(\d{1,3}(?:,\d{3})*)(?!\d|[.,]\d|\s+(?:thousand|million|billion|ribu|juta|miliar)\b)/g;
  return [...text.matchAll(re)].map((m) => Number(m[1]!.replace(/[.,]/g, '')));
}

/**
 * Axe as every screen gets it, leaving out the export preview's frame: it is sandboxed without
 * scripts, so axe cannot enter it. What the frame shows is the print document, read back from the
 * PDF instead (and checked where it is made, in electron/services/plan/print's tests).
 */
export async function expectAccessibleBesidePreview(page: Page, where: string): Promise<void> {
  await expectAccessible(page, where, (axe) => axe.exclude('[data-testid="plan-export-frame"]'));
}

/** The plan journeys' page: the editor's page object plus the checks, the views, the versions and the export. */
export class PlanJourneyPage extends PlanPage {
  constructor(
    page: Page,
    /** Where downloads are kept (the test's own folder). */
    readonly downloads: string,
  ) {
    super(page);
  }

  /** Picks the first option of a select whose visible name matches (for names built at run time). */
  async chooseLike(select: Locator, option: RegExp): Promise<void> {
    await select.click();
    await this.page.getByRole('option', { name: option }).first().click();
  }

  /**
   * Picks an option of a focused select by keyboard alone: the arrow keys open the list and walk
   * it to the option, Enter takes it.
   */
  async chooseByKeys(select: Locator, option: string): Promise<void> {
    await expect(select).toBeFocused();
    const current = this.page.locator('[role="option"][data-combobox-selected]');
    for (let step = 0; step < 30; step++) {
      await this.page.keyboard.press('ArrowDown');
      if ((await current.count()) === 1 && (await current.textContent())?.trim() === option) {
        await this.page.keyboard.press('Enter');
        await expect(select).toHaveValue(option);
        return;
      }
    }
    throw new Error(`option ${option} not reached by the arrow keys`);
  }

  /** The checks' list item of a code whose words contain `text`. */
  check(code: string, text: string): Locator {
    return this.page.getByTestId('plan-view-checks').locator(`[data-code="${code}"]`, { hasText: text });
  }

  /** "Bekukan versi" with its label; the versions button counts it. */
  async freeze(label: string, versionsBefore: number): Promise<void> {
    await this.page.getByTestId('plan-freeze').click();
    await this.page.getByTestId('plan-freeze-label').fill(label);
    await this.page.getByTestId('plan-freeze-save').click();
    await expect(this.page.getByTestId('plan-freeze-dialog')).toBeHidden();
    await expect(this.page.getByTestId('plan-versions')).toContainText(`(${versionsBefore + 1})`);
  }

  /** The versions dialog → the version labelled so → compared with the draft; answers the compare dialog. */
  async compareWith(label: string, compareLabel: RegExp): Promise<Locator> {
    await this.page.getByTestId('plan-versions').click();
    const row = this.page.getByTestId('plan-versions-dialog').locator('tbody tr', { hasText: label });
    await row.getByRole('button', { name: compareLabel }).click();
    const dialog = this.page.getByTestId('plan-compare-dialog');
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Opens the export dialog and chooses the format and the paper (a segmented control's option by its label). */
  async openExport(choices: { format?: string; paper?: RegExp } = {}): Promise<Locator> {
    await this.page.getByTestId('plan-export').click();
    const dialog = this.page.getByTestId('plan-export-dialog');
    await expect(dialog).toBeVisible();
    if (choices.format) await dialog.getByTestId('plan-export-format').getByText(choices.format, { exact: true }).click();
    if (choices.paper) await dialog.getByTestId('plan-export-paper').getByText(choices.paper).click();
    return dialog;
  }

  /** The preview's document (a sandboxed iframe). */
  get preview() {
    return this.page.frameLocator('[data-testid="plan-export-frame"]');
  }

  /** "Simpan": waits for Chromium to print and the browser to download; keeps the file and answers its path. */
  async saveExport(): Promise<string> {
    const download = this.page.waitForEvent('download', { timeout: 120_000 });
    await this.page.getByTestId('plan-export-save').click();
    const file = await download;
    const saved = path.join(this.downloads, file.suggestedFilename());
    await file.saveAs(saved);
    await expect(this.page.getByTestId('plan-export-dialog')).toBeHidden({ timeout: 30_000 });
    return saved;
  }
}
