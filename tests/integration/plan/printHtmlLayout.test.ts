import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/services/createServices';
import { buildPrintModel } from '../../../electron/services/plan/print/printModel';
import { findChromium } from '../../../electron/services/plan/print/printWithChromium';
import { renderPrintDocument } from '../../../electron/services/plan/print/renderPrintDocument';
import type { PdfPrintJob } from '../../../electron/services/types';
import { useTempServices } from '../helpers';
import { LONG_WORD, workspaceWithPlan } from './pdfFixtures';

/*
 * The print document laid out by Chromium at the width of the page's text, as it prints: no word
 * of ordinary length is split across lines (only after a hyphen, or the 300-character word that
 * cannot fit any cell), "Rp" stays with its digits, and no table or word reaches past the right margin.
 */

const env = useTempServices();
const reader = () => env.services.registry.current('local').reader;
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
}, 60_000);

afterAll(async () => {
  await browser.close();
});

/** Runs in the page: every word, amount and table that breaks a rule, with the section it is in. */
const FIND_DEFECTS = `(() => {
  const defects = [];
  const width = document.documentElement.clientWidth;
  const where = (node) => node.parentElement.closest('section')?.getAttribute('aria-labelledby') ?? 'cover';
  const lines = (node, start, end) => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0.5);
    return { rows: new Set(rects.map((r) => Math.round(r.top / 3))).size, right: Math.max(0, ...rects.map((r) => r.right)) };
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const m of node.data.matchAll(/\\S+/g)) {
      const box = lines(node, m.index, m.index + m[0].length);
      if (box.right > width + 0.5) defects.push('beyond the margin: ' + m[0] + ' in ' + where(node));
      if (box.rows > 1 && m[0].length <= 20 && !/-/.test(m[0])) defects.push('split: ' + m[0] + ' in ' + where(node));
    }
    for (const m of node.data.matchAll(/Rp [\\d.,]+/g))
      if (lines(node, m.index, m.index + m[0].length).rows > 1) defects.push('amount broken: ' + m[0] + ' in ' + where(node));
  }
  for (const table of document.querySelectorAll('table'))
    if (table.getBoundingClientRect().right > width) defects.push('table beyond the margin: ' + table.className);
  return defects;
})()`;

async function defectsOf(job: PdfPrintJob): Promise<string[]> {
  const px = (mm: number) => Math.floor((mm * 96) / 25.4);
  const page = await browser.newPage({ viewport: { width: px(job.paper.width - job.margins.left - job.margins.right), height: 1000 } });
  try {
    await page.emulateMedia({ media: 'print' });
    await page.setContent(job.html, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready.then(() => true)');
    return await page.evaluate<string[]>(FIND_DEFECTS);
  } finally {
    await page.close();
  }
}

describe('the forum document laid out on the page', () => {
  it.each(['id', 'en'] as const)(
    'the demo plan splits no ordinary word, breaks no amount and stays inside the margins (%s)',
    async (lang) => {
      const json = fs.readFileSync(path.resolve('resources', 'demo', 'demo-workspace.json'), 'utf8');
      await invoke(env.services, 'workspace.importJson', { json, path: path.join(env.root, 'demo.sentra') });
      const model = buildPrintModel(reader(), 'demo-kebumen', lang);
      expect(await defectsOf(renderPrintDocument(model, { what: 'plan', lang, paper: 'a4' }))).toEqual([]);
      expect(await defectsOf(renderPrintDocument(model, { what: 'plan', lang, paper: 'f4' }))).toEqual([]);
    },
    60_000,
  );

  it('wraps the 300-character word inside its cell, and only that word', async () => {
    const plan = await workspaceWithPlan(env.services, env.root);
    const job = renderPrintDocument(buildPrintModel(reader(), plan.clusterId, 'id'), { what: 'plan', lang: 'id', paper: 'a4' });
    expect(job.html).toContain(LONG_WORD);
    expect(await defectsOf(job)).toEqual([]);
  }, 60_000);
});
