import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services/createServices';
import { RUPIAH_FORMAT } from '../../../electron/services/plan/export/xlsx/addPlanSheet';
import { writePlanXlsx } from '../../../electron/services/plan/export/xlsx/writePlanXlsx';
import { buildPrintModel, type PrintModel } from '../../../electron/services/plan/print/printModel';
import { printWords } from '../../../electron/services/plan/print/printWords';
import { makeServices, tempDir } from '../helpers';
import { BIDI_NAME, SCRIPT_TEXT, type TestPlan, workspaceWithPlan } from './pdfFixtures';

/*
 * The plan's tables as a workbook, read back with exceljs as a spreadsheet would open it: one
 * sheet per table, frozen headers, amounts as numbers in Rupiah format whose totals are live sums
 * equal to the workspace's, and no typed text a spreadsheet could run as a formula.
 */

let dir: string;
let services: Services;
let plan: TestPlan;
let model: PrintModel;

const FIXTURE_TOTAL = 12_500_000 + 1_250_000 + 3_750_000 + 48_000_000 + 7_300_000 + 350_000_000;

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

/** The cell under a header in the row whose first cell is `first` (a number, a label). */
function cellAt(sheet: ExcelJS.Worksheet, first: string | number, header: string): ExcelJS.Cell {
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  const col = headers.indexOf(header) + 1;
  expect(col, header).toBeGreaterThan(0);
  for (let r = 2; r <= sheet.rowCount; r += 1) if (sheet.getRow(r).getCell(1).value === first) return sheet.getRow(r).getCell(col);
  throw new Error(`no row ${first} in ${sheet.name}`);
}

/** A total row's value: its cached result (the formula is live in Excel). */
const resultOf = (cell: ExcelJS.Cell) => {
  const v = cell.value as { formula?: string; result?: number } | number;
  return typeof v === 'number' ? v : v.result;
};

beforeAll(async () => {
  dir = tempDir('sentra-xlsx-plan-');
  services = makeServices(dir);
  plan = await workspaceWithPlan(services, dir);
  model = buildPrintModel(services.registry.current('local').reader, plan.clusterId, 'id');
});

afterAll(async () => {
  await services.shutdown();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the plan’s tables as XLSX', () => {
  it('has one sheet per plan table, each with a frozen, bold header row', async () => {
    const { t } = printWords('id');
    const book = await load(await writePlanXlsx(model, { lang: 'id' }));
    expect(book.worksheets.map((s) => s.name)).toEqual([
      t('planIo.sheets.targets'),
      t('planIo.sheets.medium'),
      t('planIo.sheets.table51'),
      t('planIo.sheets.actionMatrix'),
      t('planIo.sheets.pdm'),
      t('planIo.sheets.operation'),
      t('planIo.sheets.gantt', { year: 2027 }),
      t('planIo.sheets.budgetLines'),
      t('planIo.sheets.bySource'),
      t('planIo.sheets.byProgram'),
      t('planIo.sheets.byArea'),
      t('planIo.sheets.programBySource'),
    ]);
    for (const sheet of book.worksheets) {
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).font?.bold, sheet.name).toBe(true);
      const widths = (sheet.columns ?? []).map((c) => c.width ?? 0);
      expect(Math.max(...widths), sheet.name).toBeGreaterThanOrEqual(20);
    }
  });

  it('keeps amounts as Rupiah numbers whose totals equal the workspace’s', async () => {
    const { t } = printWords('id');
    const book = await load(await writePlanXlsx(model, { lang: 'id' }));
    const total = t('planIo.columns.total');
    const amount = t('planIo.columns.amount');
    const lines = book.getWorksheet(t('planIo.sheets.budgetLines'))!;
    expect(lines.rowCount).toBe(1 + 6 + 1);
    const sum = cellAt(lines, total, amount);
    expect(sum.value).toMatchObject({ formula: 'SUM(F2:F7)' });
    expect(resultOf(sum)).toBe(FIXTURE_TOTAL);
    expect(lines.getColumn(6).numFmt).toBe(RUPIAH_FORMAT);
    expect(cellAt(lines, 3, amount).value).toBe(350_000_000);

    const table51 = book.getWorksheet(t('planIo.sheets.table51'))!;
    expect(cellAt(table51, 2, t('planIo.columns.budget')).value).toBe(55_300_000);
    expect(resultOf(cellAt(table51, total, t('planIo.columns.budget')))).toBe(FIXTURE_TOTAL);

    const bySource = book.getWorksheet(t('planIo.sheets.bySource'))!;
    for (const s of model.rows.budget.bySource) expect(cellAt(bySource, model.fundingNames[s.sourceId]!, amount).value).toBe(s.amount);
    expect(resultOf(cellAt(bySource, total, amount))).toBe(FIXTURE_TOTAL);
    expect(resultOf(cellAt(bySource, total, '%'))).toBeCloseTo(1, 10);

    const byProgram = book.getWorksheet(t('planIo.sheets.byProgram'))!;
    expect(byProgram.getColumn(3).numFmt).toBe(RUPIAH_FORMAT);
    expect(byProgram.getColumn(4).numFmt).toBe('0.0%');
    expect(resultOf(cellAt(byProgram, total, amount))).toBe(FIXTURE_TOTAL);

    const cross = book.getWorksheet(t('planIo.sheets.programBySource'))!;
    expect(resultOf(cellAt(cross, total, t('planIo.columns.total')))).toBe(FIXTURE_TOTAL);
    expect(cellAt(cross, 1, model.fundingNames['fs-apbdKabupaten']!).value).toBe(12_500_000);
  });

  it('shades the Gantt’s months and sets program rows in bold in the Matriks Rencana Aksi', async () => {
    const { t } = printWords('id');
    const book = await load(await writePlanXlsx(model, { lang: 'id' }));
    const gantt = book.getWorksheet(t('planIo.sheets.gantt', { year: 2027 }))!;
    const row = [...Array(gantt.rowCount).keys()].map((i) => gantt.getRow(i + 1)).find((r) => r.getCell(2).value === 'Survei tungku')!;
    const shaded = Array.from({ length: 12 }, (_, i) => (row.getCell(4 + i).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb !== undefined);
    expect(shaded).toEqual([false, true, true, false, false, false, false, false, false, false, false, false]);
    const matrix = book.getWorksheet(t('planIo.sheets.actionMatrix'))!;
    expect(matrix.getRow(2).getCell(1).value).toBe('1');
    expect(matrix.getRow(2).font?.bold).toBe(true);
    expect(matrix.getRow(3).font?.bold).toBeFalsy();
  });

  it('writes typed text as text: formula starters neutralised, markup kept, bidi controls and emoji shown as markers', async () => {
    const tampered: PrintModel = {
      ...model,
      plan: {
        ...model.plan,
        programs: model.plan.programs.map((p, i) =>
          i === 0
            ? { ...p, budget: p.budget.map((l, k) => (k === 0 ? { ...l, item: '=HYPERLINK("http://x","klik")' } : k === 1 ? { ...l, item: 'Bahan 😀' } : l)) }
            : p,
        ),
      },
    };
    const { t } = printWords('id');
    const book = await load(await writePlanXlsx(tampered, { lang: 'id' }));
    const lines = book.getWorksheet(t('planIo.sheets.budgetLines'))!;
    const items = [...Array(lines.rowCount).keys()].map((i) => lines.getRow(i + 1).getCell(3).value);
    expect(items).toContain('\'=HYPERLINK("http://x","klik")');
    // what the documents' font cannot draw reads the same as in the PDF and DOCX
    expect(items).toContain('Bahan [U+1F600]');
    const table51 = book.getWorksheet(t('planIo.sheets.table51'))!;
    expect(cellAt(table51, 1, t('planIo.columns.content')).value).toBe(SCRIPT_TEXT);
    const participants = cellAt(table51, 1, t('planIo.columns.participants')).value;
    expect(participants).toEqual(expect.stringContaining('[U+202E]'));
    expect(participants).not.toEqual(expect.stringContaining(BIDI_NAME));
  });

  it('words its sheets and headers in English when asked', async () => {
    const en = buildPrintModel(services.registry.current('local').reader, plan.clusterId, 'en');
    const book = await load(await writePlanXlsx(en, { lang: 'en' }));
    expect(book.worksheets.map((s) => s.name)).toContain('Budget lines');
    const headers = (book.getWorksheet('Table 5.1 action programs')!.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(expect.arrayContaining(['No.', 'Program', 'WHY (the need)', 'Lead agency', 'Participants', 'WHAT (activities)', 'Budget']));
    await expect(writePlanXlsx(en, { lang: 'id' })).rejects.toThrow(/in en, not id/);
  });
});
