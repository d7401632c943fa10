import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services/createServices';
import { SHADE } from '../../../electron/services/plan/export/docx/docxBlocks';
import { docxFonts } from '../../../electron/services/plan/export/docx/docxFonts';
import { renderMapPng } from '../../../electron/services/plan/export/docx/renderMapPng';
import { writePlanDocx } from '../../../electron/services/plan/export/docx/writePlanDocx';
import { buildPrintModel, type PrintModel, type PrintSelectionRow } from '../../../electron/services/plan/print/printModel';
import { planSections, sectionTitle } from '../../../electron/services/plan/print/printSections';
import { printWords } from '../../../electron/services/plan/print/printWords';
import { formatRupiah } from '../../../shared/domain/clusters/formatRupiah';
import { makeServices, tempDir } from '../helpers';
import { BIDI_NAME, LONG_WORD, SCRIPT_TEXT, type TestPlan, workspaceWithPlan } from './pdfFixtures';

/*
 * The forum plan as an editable Word document, opened back as Word would read it (the zip's
 * document.xml, header, footer, settings and font table): its sections in the PDF's order, the
 * paper and official margins in twips, header rows that repeat, every amount equal to the
 * workspace's, and the bad input a facilitator may type kept as plain, undisguised text.
 */

let dir: string;
let services: Services;
let plan: TestPlan;
const models: Partial<Record<'id' | 'en', PrintModel>> = {};

/** The amounts the fixture's budget lines hold, summed here rather than by the code under test. */
const FIXTURE_TOTAL = 12_500_000 + 1_250_000 + 3_750_000 + 48_000_000 + 7_300_000 + 350_000_000;

interface Opened {
  document: string;
  /** The body's visible text, runs joined, XML entities decoded. */
  text: string;
  header: string;
  footer: string;
  settings: string;
  styles: string;
  fonts: string;
  files: string[];
}

async function open(bytes: Buffer): Promise<Opened> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (name: string) => zip.file(name)!.async('string');
  const document = await read('word/document.xml');
  const parts = Object.keys(zip.files);
  const headers = await Promise.all(parts.filter((f) => /^word\/header\d+\.xml$/.test(f)).map(read));
  const footers = await Promise.all(parts.filter((f) => /^word\/footer\d+\.xml$/.test(f)).map(read));
  const text = [...document.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<\/w:p>/g)]
    .map((m) => (m[1] === undefined ? '\n' : m[1]))
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
  return {
    document,
    text,
    header: headers.join(''),
    footer: footers.join(''),
    settings: await read('word/settings.xml'),
    styles: await read('word/styles.xml'),
    fonts: await read('word/fontTable.xml'),
    files: parts,
  };
}

beforeAll(async () => {
  dir = tempDir('sentra-docx-plan-');
  services = makeServices(dir);
  plan = await workspaceWithPlan(services, dir);
  const reader = services.registry.current('local').reader;
  models.id = buildPrintModel(reader, plan.clusterId, 'id');
  models.en = buildPrintModel(reader, plan.clusterId, 'en');
});

afterAll(async () => {
  await services.shutdown();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe.each(['id', 'en'] as const)('the forum plan as DOCX in %s', (lang) => {
  let doc: Opened;
  let model: PrintModel;
  beforeAll(async () => {
    model = models[lang]!;
    doc = await open(await writePlanDocx(model, { lang, paper: 'a4' }));
  });

  it('has the PDF’s present sections, numbered and in order, as Heading 1, and Word’s table of contents over them', () => {
    const { t } = printWords(lang);
    const present = planSections(model).filter((s) => s.present);
    expect(present.map((s) => s.key)).toEqual(['profile', 'map', 'swot', 'vision', 'medium', 'programs', 'actionMatrix', 'pdm', 'gantt', 'budget']);
    const headings = [...doc.document.matchAll(/<w:pStyle w:val="Heading1"\/>.*?<\/w:p>/g)].map((m) =>
      [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join(''),
    );
    const titles = present.map((s) => `${s.number}. ${sectionTitle(t, s.key, model)}`);
    expect(headings).toEqual([...titles, t('planPrint.closingHeading')]);
    expect(doc.document).toContain('TOC \\h \\o &quot;1-2&quot;');
    expect(doc.settings).toContain('<w:updateFields/>');
    // Line spacing proportional to the type, said outright: LibreOffice read a bare w:line as exact and overlapped the cover's two-line title.
    expect(doc.styles).toMatch(/<w:pPrDefault><w:pPr><w:spacing w:line="264" w:lineRule="auto"\/>/);
    // The contents are written with the headings already, for editors that do not update fields.
    for (const title of titles) expect(doc.text.indexOf(title)).toBeLessThan(doc.text.lastIndexOf(title));
  });

  it('shows every program’s budget, the funding sources and the total exactly as the workspace holds them, and the total in words', () => {
    const rupiah = (n: number) => formatRupiah(n, model.locale);
    expect(model.rows.budget.total).toBe(FIXTURE_TOTAL);
    expect(doc.text).toContain(rupiah(FIXTURE_TOTAL));
    expect(doc.text).toContain(lang === 'id' ? 'Rp 422.800.000' : 'Rp 422,800,000');
    for (const p of model.rows.budget.byProgram) expect(doc.text).toContain(rupiah(p.amount));
    for (const s of model.rows.budget.bySource) expect(doc.text).toContain(`${model.fundingNames[s.sourceId]}: ${rupiah(s.amount)}`);
    expect(doc.text).toContain(model.totalInWords);
  });

  it('shows "–" for an activity without budget, as the PDF does, and keeps Rupiah on the totals', () => {
    // the activity's own rows (the program's row lists it too, with the program's amount)
    const rows = doc.document
      .split('<w:tbl>')
      .filter((table) => table.includes('>Rp '))
      .flatMap((table) => table.split('<w:tr>'))
      .filter((tr) => tr.includes('>Evaluasi pameran') && !tr.includes('>Stan pameran'));
    // the Matriks Rencana Aksi and the plan of operation
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toContain('>–<');
      expect(row).not.toMatch(/Rp\s?0</);
    }
  });

  it('repeats every data table’s header row on each page, right-aligns amounts and fixes column widths so long words wrap', () => {
    const tables = doc.document.split('<w:tbl>').slice(1);
    const data = tables.filter((tb) => tb.includes('<w:tblHeader/>'));
    // Two borderless tables (cover facts, approvals) have no header; every other table repeats its own.
    expect(tables.length - data.length).toBe(2);
    expect(data.length).toBeGreaterThanOrEqual(12);
    for (const tb of data) {
      const firstRow = tb.slice(0, tb.indexOf('</w:tr>'));
      expect(firstRow).toContain('<w:tblHeader/>');
      expect(tb).toContain('<w:tblLayout w:type="fixed"/>');
    }
    const amountCell = new RegExp(
      `<w:jc w:val="(right|end)"/>(?:(?!</w:p>).)*?<w:t xml:space="preserve">${formatRupiah(350_000_000, model.locale).replace('.', '\\.')}`,
    );
    expect(doc.document).toMatch(amountCell);
    expect(doc.text).toContain(LONG_WORD);
  });

  it('keeps typed markup as text, shows bidi controls as markers and marks nothing else', () => {
    expect(doc.text).toContain(SCRIPT_TEXT);
    expect(doc.document).toContain('&lt;script&gt;');
    expect(doc.document).not.toMatch(/<script|<b>/);
    expect(doc.document).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(doc.text).toContain(BIDI_NAME.replace('\u202E', '[U+202E]').replace('\u202C', '[U+202C]'));
    // what Noto Sans cannot draw is a marker, as in the PDF, not a character Word would draw in another font
    expect(doc.text).toContain('mantap [U+1F600] [U+9676][U+5668]');
    expect(doc.document).not.toContain('😀');
  });

  it('runs a header with the plan and cluster and a page-of-pages footer from Word’s own fields', () => {
    // the title names the cluster already: the header does not repeat it
    expect(doc.header).toContain('Rencana Aksi Sentra Genteng Uji');
    expect(doc.header).not.toContain(' · ');
    expect(doc.footer).toMatch(/PAGE/);
    expect(doc.footer).toMatch(/NUMPAGES/);
    expect(doc.footer).toContain(lang === 'id' ? 'Halaman ' : 'Page ');
    expect(doc.footer).toContain(lang === 'id' ? ' dari ' : ' of ');
    expect(doc.document).toContain('<w:titlePg/>');
  });

  it('closes with the place-and-date line and the approval blocks', () => {
    expect(doc.text).toContain('Kebumen, 28 November 2026');
    for (const name of ['Budi Santoso', 'Siti Aminah', 'NIP 197001011995031001', lang === 'id' ? 'Mengetahui,' : 'Acknowledged by,'])
      expect(doc.text).toContain(name);
  });

  it('names Noto Sans and embeds it, so Word prints the same letters as the PDF', () => {
    expect(doc.fonts).toContain('w:name="Noto Sans"');
    for (const face of ['embedRegular', 'embedBold', 'embedItalic', 'embedBoldItalic']) expect(doc.fonts).toContain(`<w:${face} `);
    expect(doc.files.filter((f) => f.endsWith('.odttf'))).toHaveLength(4);
  });
});

describe('the embedded font', () => {
  it('is Noto Sans unpacked from the bundled WOFF into TrueType tables Word can embed', () => {
    const [font] = docxFonts();
    expect(font!.name).toBe('Noto Sans');
    for (const face of [font!.data, font!.bold, font!.italic, font!.boldItalic]) {
      expect(face.readUInt32BE(0)).toBe(0x00010000);
      const tables = Array.from({ length: face.readUInt16BE(4) }, (_, i) => ({
        tag: face.toString('latin1', 12 + i * 16, 16 + i * 16),
        offset: face.readUInt32BE(20 + i * 16),
        length: face.readUInt32BE(24 + i * 16),
      }));
      expect(tables.map((t) => t.tag)).toEqual(expect.arrayContaining(['OS/2', 'cmap', 'glyf', 'head', 'loca', 'name']));
      for (const t of tables) expect(t.offset + t.length).toBeLessThanOrEqual(face.length);
      const head = tables.find((t) => t.tag === 'head')!;
      expect(face.readUInt32BE(head.offset + 12)).toBe(0x5f0f3cf5);
    }
  });
});

describe('paper and margins', () => {
  it.each([
    ['a4', 11906, 16838],
    ['f4', 12189, 18709],
  ] as const)('%s is %i × %i twips with 3 cm left, 2 cm right, 2 cm top and 2.5 cm bottom', async (paper, width, height) => {
    const doc = await open(await writePlanDocx(models.id!, { lang: 'id', paper }));
    expect(/<w:pgSz [^>]*>/.exec(doc.document)?.[0]).toBe(`<w:pgSz w:w="${width}" w:h="${height}" w:orient="portrait"/>`);
    expect(/<w:pgMar [^>]*>/.exec(doc.document)?.[0]).toMatch(/^<w:pgMar w:top="1134" w:right="1134" w:bottom="1417" w:left="1701" /);
  });
});

/**
 * A candidate's row in the site-selection table, scored on JICA's two dimensions (growth of 54,
 * action-taking capacity of 36); neither selected, nor resting on a missing score, nor the
 * plan's own cluster unless said.
 */
function candidateRow(
  growth: number,
  action: number,
  row: Pick<PrintSelectionRow, 'clusterId' | 'name' | 'percent' | 'rankInGroup'> & Partial<Pick<PrintSelectionRow, 'selected' | 'restsOnMissing' | 'current'>>,
): PrintSelectionRow {
  return {
    selected: false,
    restsOnMissing: false,
    current: false,
    ...row,
    scores: [
      { score: growth, max: 54 },
      { score: action, max: 36 },
    ],
    total: growth + action,
    max: 90,
  };
}

describe('sections the fixture has no data for', () => {
  it('adds site selection and the responsibility matrix when the model holds them, in the PDF’s places', async () => {
    const base = models.id!;
    const model: PrintModel = {
      ...base,
      selection: {
        sessionName: 'Pemilihan lokasi 2026',
        heldOn: '2026-03-02',
        groupName: 'Pasar domestik',
        rubricNote: '',
        dimensions: [
          { id: 'd1', name: 'Peluang pertumbuhan' },
          { id: 'd2', name: 'Kapasitas aksi' },
        ],
        rows: [
          candidateRow(40.5, 30, { clusterId: plan.clusterId, name: base.cluster.name, percent: 78.3, rankInGroup: 1, selected: true, current: true }),
          candidateRow(20, 18, { clusterId: 'c2', name: 'Sentra Lain', percent: 42.2, rankInGroup: 2, restsOnMissing: true }),
        ],
        determinants: [{ determinant: 'factor', score: 12, max: 15, percent: 80 }],
      },
      matrix: {
        actors: [
          { id: 'x1', name: 'Dinas Perindustrian' },
          { id: 'x2', name: 'Koperasi' },
        ],
        rows: [{ id: 'r1', label: 'Pelatihan tungku', cells: { x1: 'lead', x2: 'part' } }],
      },
    };
    const doc = await open(await writePlanDocx(model, { lang: 'id', paper: 'a4' }));
    const present = planSections(model)
      .filter((s) => s.present)
      .map((s) => s.key);
    expect(present).toContain('selection');
    expect(present).toContain('matrix');
    const { t } = printWords('id');
    const at = (key: 'swot' | 'selection' | 'vision' | 'budget' | 'matrix') => doc.text.lastIndexOf(sectionTitle(t, key, model));
    expect(at('swot')).toBeLessThan(at('selection'));
    expect(at('selection')).toBeLessThan(at('vision'));
    expect(at('budget')).toBeLessThan(at('matrix'));
    for (const text of ['40,5 / 54', '78,3%', 'Sentra Lain *', 'Pemilihan lokasi 2026', 'Pelatihan tungku', 'Dinas Perindustrian'])
      expect(doc.text).toContain(text);
  });
});

describe('the 3-year plan', () => {
  it('spans a strategy’s number, text and objective over its indicator rows', async () => {
    const base = models.id!;
    const [first] = base.plan.strategies;
    const indicators = ['Genteng lolos uji', 'Tungku baru terpasang', 'Kayu bakar per 1.000 genteng'].map((name, i) => ({
      ...first!.indicators[0]!,
      id: `si${i}`,
      name,
    }));
    const model: PrintModel = { ...base, plan: { ...base.plan, strategies: [{ ...first!, indicators }] } };
    const doc = await open(await writePlanDocx(model, { lang: 'id', paper: 'a4' }));
    const table = doc.document.split('<w:tbl>').find((tb) => tb.includes('Tungku baru terpasang'))!;
    expect(table.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(3);
    expect(table.match(/<w:vMerge w:val="continue"\/>|<w:vMerge\/>/g)).toHaveLength(6);
    expect(table.match(/<w:tr>/g)).toHaveLength(1 + 3);
  });
});

describe('the Gantt and the programs', () => {
  it('shades each activity’s months of the plan year and marks a bar that runs on past December', async () => {
    const doc = await open(await writePlanDocx(models.id!, { lang: 'id', paper: 'a4' }));
    const gantt = doc.document.split('<w:tbl>').find((tb) => tb.includes('>Jan<') && tb.includes('>Des<'))!;
    const rowOf = (name: string) => gantt.split('<w:tr>').find((tr) => tr.includes(`>${name}<`))!;
    const shading = (tr: string) =>
      tr
        .split('<w:tc>')
        .slice(3)
        .map((tc) => /<w:shd w:fill="(\w+)"/.exec(tc)?.[1] ?? null);
    const dark = SHADE.bar;
    expect(shading(rowOf('Survei tungku'))).toEqual([null, dark, dark, null, null, null, null, null, null, null, null, null]);
    const training = rowOf('Pelatihan pembakaran');
    expect(shading(training)).toEqual([null, null, null, null, dark, dark, dark, dark, dark, dark, dark, dark]);
    expect(training.split('<w:tc>').at(-1)).toContain('>»<');
    expect(shading(rowOf('Pelatihan tungku hemat energi')).filter((f) => f === SHADE.summary)).toHaveLength(11);
  });

  it('keeps a lead agency deleted from the map by its name, marked', async () => {
    const base = models.id!;
    const model: PrintModel = {
      ...base,
      rows: {
        ...base.rows,
        table51: base.rows.table51.map((r, i) => (i === 1 ? { ...r, lead: { actorId: 'gone', name: 'Koperasi Lama', deleted: true } } : r)),
      },
    };
    const doc = await open(await writePlanDocx(model, { lang: 'id', paper: 'a4' }));
    expect(doc.text).toContain(`Koperasi Lama ${printWords('id').t('planIo.deletedActor')}`);
  });
});

describe('the stakeholder map', () => {
  it('is noted as being in the PDF when no picture of it is given', async () => {
    const doc = await open(await writePlanDocx(models.id!, { lang: 'id', paper: 'a4' }));
    expect(doc.text).toContain(printWords('id').t('planIo.docx.mapInPdf'));
    expect(doc.files.some((f) => f.startsWith('word/media/'))).toBe(false);
  });

  const chromium = fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : process.env.SENTRA_CHROMIUM;
  it.skipIf(!chromium)(
    'is drawn by Chromium as a PNG and embedded as a picture',
    async () => {
      const png = await renderMapPng(models.id!.map!.svg, chromium);
      expect(png).not.toBeNull();
      expect(png!.subarray(1, 4).toString('latin1')).toBe('PNG');
      const doc = await open(await writePlanDocx(models.id!, { lang: 'id', paper: 'a4', mapPng: png }));
      expect(doc.files.filter((f) => /^word\/media\/.+\.png$/.test(f))).toHaveLength(1);
      expect(doc.document).toContain('<pic:pic');
      expect(doc.text).not.toContain(printWords('id').t('planIo.docx.mapInPdf'));
    },
    60_000,
  );
});

/** LibreOffice is not part of the test machine's setup; where it is installed, it must read the file. */
const libreoffice = (() => {
  try {
    return execFileSync('which', ['libreoffice'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
})();

describe.skipIf(!libreoffice)('LibreOffice', () => {
  it('converts the DOCX to a PDF that holds the plan', async () => {
    const out = tempDir('sentra-docx-lo-');
    const file = path.join(out, 'rencana.docx');
    fs.writeFileSync(file, await writePlanDocx(models.id!, { lang: 'id', paper: 'a4' }));
    execFileSync(libreoffice!, ['--headless', '--convert-to', 'pdf', '--outdir', out, file], { timeout: 120_000 });
    const text = execFileSync('pdftotext', [path.join(out, 'rencana.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Rencana Aksi Sentra Genteng Uji');
    expect(text).toContain('Rp 422.800.000');
    fs.rmSync(out, { recursive: true, force: true });
  }, 180_000);
});
