import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, invoke, type Services } from '../../../electron/services/createServices';
import type { PdfPrintJob, PdfPrinter } from '../../../electron/services/types';
import { AppError } from '../../../shared/contract/errors';
import { tempDir } from '../helpers';
import { type TestPlan, workspaceWithPlan } from './pdfFixtures';

/*
 * 'plan.export' over a printer the host gives (as Electron's main process gives printToPDF): the
 * job it is handed, the file it answers with, and how a failure is said.
 */

let dir: string;
let services: Services;
let plan: TestPlan;
let jobs: PdfPrintJob[];
let printer: PdfPrinter;

beforeEach(async () => {
  dir = tempDir('sentra-pdf-export-');
  jobs = [];
  printer = (job) => {
    jobs.push(job);
    return Promise.resolve(new TextEncoder().encode('%PDF-1.7 printed'));
  };
  services = createServices({
    appVersion: '0.1.0',
    host: 'electron',
    dataDir: path.join(dir, 'data'),
    defaultDir: dir,
    resourcesDir: path.resolve('resources'),
    log: () => undefined,
    printPdf: (job) => printer(job),
  });
  plan = await workspaceWithPlan(services, dir);
}, 60_000);

afterEach(async () => {
  await services.shutdown();
  fs.rmSync(dir, { recursive: true, force: true });
});

const exportAs = (format: 'pdf' | 'docx' | 'xlsx', what: 'plan' | 'profile' = 'plan', paper: 'a4' | 'f4' = 'f4') =>
  invoke(services, 'plan.export', { clusterId: plan.clusterId, lang: 'id', paper, what, format });

describe('plan.export', () => {
  it("prints with the host's printer: the document on the paper asked for, with the official margins", async () => {
    const file = await exportAs('pdf');
    expect(file).toEqual({ fileName: 'Sentra Genteng Uji-rencana.pdf', mime: 'application/pdf', base64: Buffer.from('%PDF-1.7 printed').toString('base64') });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ paper: { width: 215, height: 330 }, margins: { top: 20, right: 20, bottom: 25, left: 30 } });
    expect(jobs[0]!.html).toMatch(/^<!doctype html>/i);
    expect(jobs[0]!.html).toContain('counter(pages)');
    const profile = await exportAs('pdf', 'profile', 'a4');
    expect(profile.fileName).toBe('Sentra Genteng Uji-profil.pdf');
    expect(jobs[1]!.paper).toEqual({ width: 210, height: 297 });
  });

  it('writes the editable DOCX and the tables as XLSX without printing', async () => {
    const docx = await exportAs('docx');
    const xlsx = await exportAs('xlsx');
    expect([docx.fileName, docx.mime]).toEqual(['Sentra Genteng Uji-rencana.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']);
    expect([xlsx.fileName, xlsx.mime]).toEqual(['Sentra Genteng Uji-rencana.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
    for (const f of [docx, xlsx]) expect(Buffer.from(f.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    expect(jobs).toEqual([]);
  });

  it('refuses the one-page profile in Word or Excel: it is a printed handout', async () => {
    await expect(exportAs('docx', 'profile')).rejects.toMatchObject({ code: 'invalidInput', params: { field: 'what' } });
  });

  it("says why a print failed: the printer's own refusal as it is, anything else as exportFailed", async () => {
    printer = () => Promise.reject(new AppError('printFailed', { detail: 'render process gone' }));
    await expect(exportAs('pdf')).rejects.toMatchObject({ code: 'printFailed', params: { detail: 'render process gone' } });
    printer = () => Promise.reject(new Error('out of memory\nat somewhere'));
    await expect(exportAs('pdf')).rejects.toMatchObject({ code: 'exportFailed', params: { detail: 'out of memory' } });
  });
});
