import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/services/createServices';
import { previewPlan } from '../../../electron/services/plan/print/previewPlan';
import { type PrintModel, buildPrintModel } from '../../../electron/services/plan/print/printModel';
import { planSections, sectionTitle } from '../../../electron/services/plan/print/printSections';
import { printWords } from '../../../electron/services/plan/print/printWords';
import { renderPrintDocument } from '../../../electron/services/plan/print/renderPrintDocument';
import { emptyClusterFields } from '../../../shared/domain/clusters/schemas';
import { amountInWords } from '../../../shared/domain/plan/words/amountInWords';
import { useTempServices } from '../helpers';
import { BIDI_NAME, LONG_WORD, SCRIPT_TEXT, workspaceWithPlan } from './pdfFixtures';

const env = useTempServices();
const reader = () => env.services.registry.current('local').reader;
const TODAY = new Date(2026, 10, 28);
/** The plan fixture's budget lines: 12.5 + 1.25 + 3.75 + 48 + 7.3 + 350 million. */
const TOTAL = 422_800_000;

/** The visible text of an HTML document: tags dropped, the few entities React writes decoded. */
function textOf(html: string): string {
  const body = html.slice(html.indexOf('<body>'));
  return body
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The running header as the document's page-margin CSS holds it, its escapes read back; null when there is none. */
function runningHeaderOf(html: string): string | null {
  const string = /@top-left \{ content: "((?:[^"\\]|\\[0-9a-f]+ )*)"/.exec(html)?.[1];
  return string === undefined ? null : string.replace(/\\([0-9a-f]+) /g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}

/** The footer's CSS content ("page n of N" around the counters); null when there is none. */
const footerOf = (html: string) => /@bottom-center \{ content: ([^;]*);/.exec(html)?.[1] ?? null;

/** The fixture plan (built once per test) read as a print model in each language. */
async function planModels(): Promise<Record<'id' | 'en', PrintModel>> {
  const plan = await workspaceWithPlan(env.services, env.root);
  return { id: buildPrintModel(reader(), plan.clusterId, 'id', TODAY), en: buildPrintModel(reader(), plan.clusterId, 'en', TODAY) };
}
const planModel = async (lang: 'id' | 'en') => (await planModels())[lang];

describe('the print model of a plan on a workspace file', () => {
  it('resolves everything the document shows: facts, plan rows, totals, names, map, SWOT, date', async () => {
    const m = await planModel('id');
    expect(m.cluster.name).toBe('Sentra Genteng Uji');
    expect(m.program?.name).toBe('Penguatan Sentra IKM Jawa Tengah');
    expect(m.facts.map((f) => f.key)).toContain('location');
    expect(m.rows.table51.map((r) => r.name)).toEqual(['Pelatihan tungku hemat energi', 'Sertifikasi SNI genteng', 'Pameran dagang']);
    expect(m.rows.budget.total).toBe(TOTAL);
    expect(m.totalInWords).toBe(amountInWords(TOTAL, 'id'));
    expect(m.fundingNames['fs-apbdKabupaten']).toBe('APBD kabupaten');
    expect(m.map?.keyActors.map((a) => [a.name, a.ties, a.kindLabel])[0]).toEqual(['Koperasi Genteng Sokka', 2, 'Koperasi / konsorsium / jaringan informal']);
    expect(m.swot?.items.map((i) => i.code)).toEqual(['S1', 'W1']);
    expect(m.selection).toBeNull();
    expect(m.matrix).toBeNull();
    expect([m.facilitator, m.institution, m.place, m.date, m.dateText]).toEqual([
      'Ani Wulandari',
      'LPPM Universitas Uji',
      'Kebumen',
      '2026-11-28',
      '28 November 2026',
    ]);
    expect(
      planSections(m)
        .filter((s) => !s.present)
        .map((s) => s.key),
    ).toEqual(['selection', 'matrix']);
    expect(planSections(m).map((s) => s.number)).toEqual(['I', 'II', 'III', null, 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', null]);
  });

  it('words the model in English: funding names, the total in words, the map legend', async () => {
    const m = await planModel('en');
    expect(m.fundingNames['fs-bankCredit']).toBe('Bank credit / KUR');
    expect(m.totalInWords).toBe(amountInWords(TOTAL, 'en'));
    expect(m.map?.svg).toContain('Stakeholder map');
  });
});

describe('the forum document as HTML', () => {
  it.each(['id', 'en'] as const)('holds every present section under its number, listed in the contents (%s)', async (lang) => {
    const m = await planModel(lang);
    const job = renderPrintDocument(m, { what: 'plan', lang, paper: 'a4' });
    const text = textOf(job.html);
    const { t } = printWords(lang);
    expect(job.html.startsWith('<!doctype html>\n<html lang="' + lang + '">')).toBe(true);
    for (const s of planSections(m).filter((x) => x.present)) {
      expect(job.html).toContain(`<h1 id="section-${s.key}">`);
      // In the contents (number and linked title), then as the heading.
      expect(text).toContain(`${s.number}.${sectionTitle(t, s.key, m)}`);
      expect(text).toContain(`${s.number}. ${sectionTitle(t, s.key, m)}`);
    }
    expect(text).toContain(`X. ${t('planPrint.sections.budget')}`);
    expect(text).toContain(`IX. ${t('planPrint.sections.gantt', { year: 2027 })}`);
  });

  it('shows amounts as Indonesian Rupiah in id and with commas in en, totals included, and the total in words', async () => {
    const models = await planModels();
    const id = textOf(renderPrintDocument(models.id, { what: 'plan', lang: 'id', paper: 'a4' }).html);
    for (const amount of ['Rp 12.500.000', 'Rp 1.250.000', 'Rp 48.000.000', 'Rp 350.000.000', 'Rp 422.800.000']) expect(id).toContain(amount);
    expect(id).not.toContain('Rp 422,800,000');
    expect(id).toContain(`Terbilang: ${amountInWords(TOTAL, 'id')}`);
    const en = textOf(renderPrintDocument(models.en, { what: 'plan', lang: 'en', paper: 'a4' }).html);
    for (const amount of ['Rp 12,500,000', 'Rp 1,250,000', 'Rp 422,800,000']) expect(en).toContain(amount);
    expect(en).not.toContain('Rp 422.800.000');
    expect(en).toContain(`In words: ${amountInWords(TOTAL, 'en')}`);
  });

  it('prints markup as text, never as elements, and nothing in it can run', async () => {
    const m = await planModel('id');
    const { html } = renderPrintDocument(m, { what: 'plan', lang: 'id', paper: 'a4' });
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;b&gt;tebal&lt;/b&gt;');
    expect(textOf(html)).toContain(SCRIPT_TEXT);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<b>tebal');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;`);
    // A title with markup stays text in the running header too.
    const titled = { ...m, plan: { ...m.plan, header: { ...m.plan.header, title: '<img src=x onerror=alert(1)>' } } };
    const job = renderPrintDocument(titled, { what: 'plan', lang: 'id', paper: 'a4' });
    expect(runningHeaderOf(job.html)).toBe('<img src=x onerror=alert(1)> · Sentra Genteng Uji');
    expect(job.html).not.toContain('<img');
    // nor can a quote or a closing tag end the header's CSS string (it reads back whole) or the stylesheet
    const breakout = { ...m, plan: { ...m.plan, header: { ...m.plan.header, title: '"; } body { visibility: hidden } </style><b>x' } } };
    const broken = renderPrintDocument(breakout, { what: 'plan', lang: 'id', paper: 'a4' }).html;
    expect(runningHeaderOf(broken)).toBe('"; } body { visibility: hidden } </style><b>x · Sentra Genteng Uji');
    expect(broken.match(/<\/style>/g)).toHaveLength(1);
  });

  it('shows bidi controls as markers, isolates user text, and lets a 300-character word wrap', async () => {
    const { html } = renderPrintDocument(await planModel('id'), { what: 'plan', lang: 'id', paper: 'a4' });
    expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/);
    expect(html).toContain(`<bdi>${BIDI_NAME.replace('\u202E', '[U+202E]').replace('\u202C', '[U+202C]')}</bdi>`);
    expect(html).toContain(LONG_WORD);
    // break-word: only a word wider than its whole line breaks; ordinary words keep whole (printHtmlLayout lays it out)
    expect(html).toContain('overflow-wrap: break-word');
    expect(html).toContain('table-layout: fixed');
    expect(html).toContain('unicode-bidi: isolate');
  });

  it('prints each program’s content under its objective, and a dash where an activity has no budget', async () => {
    const m = await planModel('id');
    const { html } = renderPrintDocument(m, { what: 'plan', lang: 'id', paper: 'a4' });
    expect(textOf(html)).toContain(`Isi kegiatan: ${SCRIPT_TEXT}`);
    // an activity with no budget line: "–" in the Matriks and the plan of operation, never "Rp 0"; the totals stay amounts
    const unbudgeted: PrintModel = {
      ...m,
      rows: {
        ...m.rows,
        actionMatrix: m.rows.actionMatrix.map((r) => (r.activityId === 'a1' ? { ...r, budget: 0, sources: [] } : r)),
        operation: m.rows.operation.map((r) => (r.activityId === 'a1' ? { ...r, budget: 0 } : r)),
      },
    };
    const dashed = renderPrintDocument(unbudgeted, { what: 'plan', lang: 'id', paper: 'a4' }).html;
    const dashes = (doc: string) => doc.match(/<td class="num">–<\/td>/g)?.length ?? 0;
    expect(dashes(dashed) - dashes(html)).toBe(2);
    expect(textOf(dashed)).not.toMatch(/Rp 0(?![\d.])/);
    expect(textOf(dashed)).toContain('Rp 422.800.000');
  });

  it('keeps the name of an actor or SWOT item deleted since, marked as deleted', async () => {
    const plan = await workspaceWithPlan(env.services, env.root);
    const map = await invoke(env.services, 'stakeholders.map', { clusterId: plan.clusterId });
    const dinas = map.actors.find((a) => a.name === 'Dinas Perindustrian Kabupaten Kebumen')!;
    await invoke(env.services, 'stakeholders.selection.delete', { clusterId: plan.clusterId, actorIds: [dinas.id], tieIds: [] });
    const board = await invoke(env.services, 'swot.board.get', { clusterId: plan.clusterId });
    await invoke(env.services, 'swot.items.delete', { id: board.items.find((i) => i.quadrant === 'weakness')!.id });
    const text = textOf(renderPrintDocument(buildPrintModel(reader(), plan.clusterId, 'id', TODAY), { what: 'plan', lang: 'id', paper: 'a4' }).html);
    expect(text).toContain('Pemrakarsa: Dinas Perindustrian Kabupaten Kebumen (dihapus dari peta)');
    expect(text).toContain('Tungku pembakaran boros kayu (dihapus)');
  });

  it('marks a lead deleted from the map on the one-page profile too, below the name so no clipping hides it', async () => {
    const plan = await workspaceWithPlan(env.services, env.root);
    const map = await invoke(env.services, 'stakeholders.map', { clusterId: plan.clusterId });
    const dinas = map.actors.find((a) => a.name === 'Dinas Perindustrian Kabupaten Kebumen')!;
    await invoke(env.services, 'stakeholders.selection.delete', { clusterId: plan.clusterId, actorIds: [dinas.id], tieIds: [] });
    const html = renderPrintDocument(buildPrintModel(reader(), plan.clusterId, 'id', TODAY), { what: 'profile', lang: 'id', paper: 'a4' }).html;
    expect(html).toContain('<div class="clip-1"><bdi>Dinas Perindustrian Kabupaten Kebumen</bdi></div><div class="deleted">(dihapus dari peta)</div>');
  });

  it('gives a plan with no title, or only the cluster’s name, a default title and never prints the name twice', async () => {
    const m = await planModel('id');
    for (const title of ['', ' sentra genteng UJI ']) {
      const model = { ...m, plan: { ...m.plan, header: { ...m.plan.header, title } } };
      const job = renderPrintDocument(model, { what: 'plan', lang: 'id', paper: 'a4' });
      expect(runningHeaderOf(job.html)).toBe('Rencana Aksi Sentra Genteng Uji 2027');
      const cover = textOf(job.html.slice(0, job.html.indexOf('</section>')));
      expect(cover.split('Sentra Genteng Uji').length - 1).toBe(2); // the title and the cover's "Sentra" row
    }
    // a title that does not name the cluster keeps it in the header and on the cover
    const own = { ...m, plan: { ...m.plan, header: { ...m.plan.header, title: 'Genteng Naik Kelas' } } };
    const job = renderPrintDocument(own, { what: 'plan', lang: 'id', paper: 'a4' });
    expect(runningHeaderOf(job.html)).toBe('Genteng Naik Kelas · Sentra Genteng Uji');
    expect(job.html).toContain('class="cover-cluster"');
  });

  it('marks months cut at the year’s edge, dates the closing line and sets the approval blocks', async () => {
    const models = await planModels();
    const text = textOf(renderPrintDocument(models.id, { what: 'plan', lang: 'id', paper: 'a4' }).html);
    expect(text).toContain('berlanjut setelah Desember 2027 »');
    expect(text).toContain('Kebumen, 28 November 2026');
    expect(text).toMatch(/Mengetahui,Kepala Dinas Perindustrian.*Budi Santoso.*NIP 197001011995031001/s);
    expect(text).toMatch(/Menyetujui,Ketua Forum Sentra.*Siti Aminah/s);
    const en = textOf(renderPrintDocument(models.en, { what: 'plan', lang: 'en', paper: 'a4' }).html);
    expect(en).toContain('Kebumen, 28 November 2026');
    expect(en).toContain('Acknowledged by,');
  });

  it('prints on A4 or F4 with the official margins, a running header and "page X of Y", fonts inside', async () => {
    const models = await planModels();
    const m = models.id;
    const a4 = renderPrintDocument(m, { what: 'plan', lang: 'id', paper: 'a4' });
    expect(a4.paper).toEqual({ width: 210, height: 297 });
    expect(a4.margins).toEqual({ top: 20, right: 20, bottom: 25, left: 30 });
    expect(a4.html).toContain('@page { size: 210mm 297mm; margin: 20mm 20mm 25mm 30mm; }');
    const f4 = renderPrintDocument(m, { what: 'plan', lang: 'id', paper: 'f4' });
    expect(f4.paper).toEqual({ width: 215, height: 330 });
    expect(f4.html).toContain('@page { size: 215mm 330mm;');
    // the title names the cluster already: the header does not repeat it
    expect(runningHeaderOf(a4.html)).toMatch(/^Rencana Aksi Sentra Genteng Uji/);
    expect(runningHeaderOf(a4.html)).not.toContain(' · ');
    expect(footerOf(a4.html)).toBe('"Halaman " counter(page) " dari " counter(pages)');
    const en = renderPrintDocument(models.en, { what: 'plan', lang: 'en', paper: 'a4' });
    expect(footerOf(en.html)).toBe('"Page " counter(page) " of " counter(pages)');
    // the cover carries neither
    expect(a4.html).toContain('@page :first { @top-left { content: none;');
    // a title too long for the line is cut at a word
    const long = { ...m, plan: { ...m.plan, header: { ...m.plan.header, title: 'Penguatan Sentra Genteng '.repeat(8) } } };
    const cut = runningHeaderOf(renderPrintDocument(long, { what: 'plan', lang: 'id', paper: 'a4' }).html)!;
    expect([...cut].length).toBeLessThanOrEqual(100);
    expect(cut).toMatch(/(Penguatan|Sentra|Genteng)…$/);
    // Latin and latin-ext, regular and bold, upright and italic.
    expect(a4.html.match(/@font-face\{font-family:'Noto Sans'[^}]*src:url\(data:font\/woff2;base64,[A-Za-z0-9+/=]{1000,}\)/g)).toHaveLength(8);
    expect(a4.html).not.toMatch(/(src|href)="(https?:|file:|\/\/)/);
  });
});

describe('sections with nothing to show', () => {
  it('are left out of a plan with no map, SWOT, plan or matrix, and named as not yet available', async () => {
    await invoke(env.services, 'workspace.create', { dir: env.root, fileName: 'kosong', programName: 'Program' });
    const cluster = await invoke(env.services, 'clusters.create', emptyClusterFields('Sentra Kosong'));
    const m = buildPrintModel(reader(), cluster.id, 'id', TODAY);
    expect(
      planSections(m)
        .filter((s) => s.present)
        .map((s) => s.key),
    ).toEqual(['profile']);
    const { html } = renderPrintDocument(m, { what: 'plan', lang: 'id', paper: 'a4' });
    expect(html.match(/<h1 id="section-/g)).toHaveLength(1);
    expect(html).toContain('<h1 id="section-profile">');
    const text = textOf(html);
    expect(text).toContain('Belum tersedia, karena datanya belum diisi: Peta pemangku kepentingan dan aktor kunci; SWOT dan strategi TOWS;');
    expect(text).not.toContain('II.');
    expect(text).toContain('28 November 2026');
    expect(m.totalInWords).toBe(amountInWords(0, 'id'));
  });
});

describe('the demo’s Kebumen plan', () => {
  it('shows the site-selection table with the cluster in bold and the responsibility matrix', async () => {
    await invoke(env.services, 'workspace.openDemo', {});
    const m = buildPrintModel(reader(), 'demo-kebumen', 'id', TODAY);
    expect(planSections(m).every((s) => s.present)).toBe(true);
    expect(m.selection?.rows.filter((r) => r.current).map((r) => r.name)).toEqual(['Sentra Genteng Kebumen']);
    const { html } = renderPrintDocument(m, { what: 'plan', lang: 'id', paper: 'a4' });
    expect(html).toContain('<tr class="current"><td><bdi>Sentra Genteng Kebumen</bdi>');
    expect(html).toContain('<h1 id="section-matrix">');
    // JICA published totals only: no criterion names a determinant, so no radar is drawn from nothing.
    expect(m.selection?.determinants.every((d) => d.percent === null)).toBe(true);
    expect(html).not.toContain('class="radar"');
    const scored: PrintModel = {
      ...m,
      selection: { ...m.selection!, determinants: m.selection!.determinants.map((d, i) => ({ ...d, score: 10 + i, max: 20, percent: (100 * (10 + i)) / 20 })) },
    };
    const radar = renderPrintDocument(scored, { what: 'plan', lang: 'id', paper: 'a4' }).html;
    expect(radar).toContain('<svg class="radar"');
    expect(radar.match(/<circle cx/g)?.length).toBeGreaterThanOrEqual(5);
  });
});

describe('the one-page profile and the preview', () => {
  it('renders the profile without running header or page numbers, and the preview is the printed document', async () => {
    const plan = await workspaceWithPlan(env.services, env.root);
    const m = buildPrintModel(reader(), plan.clusterId, 'id', TODAY);
    const profile = renderPrintDocument(m, { what: 'profile', lang: 'id', paper: 'f4' });
    const text = textOf(profile.html);
    expect(text).toContain('Profil Sentra Genteng Uji');
    expect(text).toContain('Rp 422.800.000');
    expect(profile.html).not.toContain('id="section-');
    expect(runningHeaderOf(profile.html)).toBeNull();
    expect(footerOf(profile.html)).toBeNull();
    const preview = previewPlan(reader(), { clusterId: plan.clusterId, lang: 'en', paper: 'a4', what: 'plan' });
    expect(preview.fileName).toBe('Sentra Genteng Uji-plan.pdf');
    expect(preview.html).toBe(renderPrintDocument(buildPrintModel(reader(), plan.clusterId, 'en'), { what: 'plan', lang: 'en', paper: 'a4' }).html);
    expect(previewPlan(reader(), { clusterId: plan.clusterId, lang: 'id', paper: 'a4', what: 'profile' }).fileName).toBe('Sentra Genteng Uji-profil.pdf');
  });
});
