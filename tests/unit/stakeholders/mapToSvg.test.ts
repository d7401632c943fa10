import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { describeFilter } from '../../../shared/domain/stakeholders/drawing/describeFilter';
import { type Translate, mapToSvg } from '../../../shared/domain/stakeholders/drawing/mapToSvg';
import { markColour } from '../../../shared/domain/stakeholders/drawing/svgMapLayer';
import { escapeXml, wrapText } from '../../../shared/domain/stakeholders/drawing/svgText';
import { noFilter } from '../../../shared/domain/stakeholders/filterMap';
import { computeLayout } from '../../../shared/domain/stakeholders/layouts/computeLayout';
import type { Layout, StakeholderMap } from '../../../shared/domain/stakeholders/schemas';
import { catalogs } from '../../../shared/i18n/catalogs';
import { imageFileName } from '../../../renderer/src/features/stakeholders/export/imageFileName';
import { syntheticStakeholderMap } from '../../bench/stakeholders/syntheticStakeholderMap';

function translator(lng: 'id' | 'en'): Translate {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: { id: { translation: catalogs.id }, en: { translation: catalogs.en } },
    lng,
    fallbackLng: false,
    initAsync: false,
    showSupportNotice: false,
    interpolation: { escapeValue: false },
  });
  return (key, params) => i18n.t(key, params ?? {});
}
const t = translator('id');

/**
 * A strict little well-formedness check (no DOM in these tests): every tag closes in order, every
 * attribute is quoted, and no raw `<` or stray `&` sits in text or attribute values.
 */
function checkWellFormed(xml: string): void {
  const entity = /&(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi;
  const clean = (s: string, where: string) => {
    const rest = s.replace(entity, '');
    if (rest.includes('&') || rest.includes('<')) throw new Error(`unescaped character in ${where}: ${s.slice(0, 80)}`);
  };
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  let m: RegExpExecArray | null;
  let roots = 0;
  while ((m = token.exec(xml))) {
    const [, closing, name, attrs, selfClosing, text, stray] = m;
    if (stray) throw new Error(`malformed tag at ${m.index}: ${xml.slice(m.index, m.index + 80)}`);
    if (text !== undefined) {
      if (stack.length === 0 && text.trim() !== '') throw new Error('text outside the root');
      clean(text, 'text');
      continue;
    }
    for (const a of attrs!.matchAll(/="([^"]*)"/g)) clean(a[1]!, `attribute of <${name}>`);
    if (closing) {
      if (stack.pop() !== name) throw new Error(`</${name}> closes the wrong element`);
    } else if (!selfClosing) {
      if (stack.length === 0) roots++;
      stack.push(name!);
    } else if (stack.length === 0) roots++;
  }
  if (stack.length > 0) throw new Error(`unclosed: ${stack.join(' > ')}`);
  if (roots !== 1) throw new Error(`${roots} root elements`);
}

function laidOut(map: StakeholderMap, layout: Layout): StakeholderMap {
  const at = computeLayout(layout, map.actors, map.ties);
  return { ...map, actors: map.actors.map((a, i) => ({ ...a, x: at[i]!.x, y: at[i]!.y })) };
}

const hostile = ['<b>T&"K"\'J\'', 'شركة الفخار \u202eevil\u202c', 'Superkalifragilistikekspialidosiuskebumenpanjangsekali', 'Bel\u0007l \u{1F3ED} Pabrik'];
const small = (() => {
  const map = syntheticStakeholderMap(12, 18);
  hostile.forEach((name, i) => (map.actors[i]!.name = name));
  return laidOut(map, 'force');
})();
const input = (over: Partial<Parameters<typeof mapToSvg>[0]> = {}) => ({
  actors: small.actors,
  ties: small.ties,
  layout: 'force' as Layout,
  t,
  title: 'Peta pemangku kepentingan: Sentra <Genteng> & "Soka"',
  dateText: '28 November 2026',
  filtersText: null,
  ...over,
});

describe('mapToSvg', () => {
  it('is well-formed XML with every user text escaped', () => {
    const svg = mapToSvg(input());
    checkWellFormed(svg);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('\u202eevil\u202c');
    expect(svg).toContain('>&lt;b&gt;T&amp;&quot;K&quot;&apos;J&apos;</tspan>');
    expect(svg).toContain('Sentra &lt;Genteng&gt; &amp; &quot;Soka&quot;');
    expect(svg).not.toContain('\u0007');
    expect(svg).toContain('\u{1F3ED}');
    expect(svg).toContain('font-family="&apos;Noto Sans&apos;, sans-serif"');
  });

  it('wraps a long name and cuts a very long word with an ellipsis', () => {
    const svg = mapToSvg(input());
    expect(svg).toContain('Superkalifragili');
    expect(svg).not.toContain('Superkalifragilistikekspialidosiuskebumenpanjangsekali');
    expect(svg).toMatch(/…<\/tspan>/);
  });

  it('prints the title, date, counts, filters and a legend of what is drawn', () => {
    const svg = mapToSvg(input({ filtersText: describeFilter({ ...noFilter, kinds: new Set(['sme', 'bank']) }, t) }));
    expect(svg).toContain('Tanggal: 28 November 2026');
    expect(svg).toContain(`${small.actors.length} aktor · ${small.ties.length} hubungan`);
    expect(svg).toContain('Filter: jenis: IKM / UKM, Bank / skema kredit');
    expect(svg).toContain('Keterangan');
    for (const type of new Set(small.ties.map((x) => x.type))) expect(svg).toContain(escapeXml(t(`stakeholders.codes.tieType.${type}`)));
    const absent = (['collaboration', 'information', 'supply', 'sales', 'finance', 'support', 'membership', 'conflict'] as const).filter(
      (x) => !small.ties.some((tie) => tie.type === x),
    );
    for (const type of absent) expect(svg).not.toContain(`>${escapeXml(t(`stakeholders.codes.tieType.${type}`))}<`);
    expect(mapToSvg(input())).toContain('Filter: tidak ada, semua aktor ditampilkan');
  });

  it('marks added, removed and changed actors and ties, with a legend entry, only when asked', () => {
    const marks = { added: new Set([small.actors[0]!.id, small.ties[0]!.id]), removed: new Set([small.actors[1]!.id]), changed: new Set([small.ties[1]!.id]) };
    const svg = mapToSvg(input({ marks }));
    checkWellFormed(svg);
    expect(svg).toContain('Perubahan');
    for (const colour of Object.values(markColour)) expect(svg).toContain(`stroke="${colour}"`);
    const plain = mapToSvg(input());
    expect(plain).not.toContain('Perubahan');
    for (const colour of Object.values(markColour)) expect(plain).not.toContain(`stroke="${colour}"`);
  });

  it('draws the named quadrants and axes on the power–interest grid, in either language', () => {
    const map = laidOut(small, 'powerInterest');
    const id = mapToSvg(input({ actors: map.actors, layout: 'powerInterest' }));
    checkWellFormed(id);
    for (const name of ['Kelola dengan cermat', 'Jaga kepuasannya', 'Selalu beri informasi', 'Pantau', 'Pengaruh →', 'Kepentingan →'])
      expect(id).toContain(name);
    const en = mapToSvg(input({ actors: map.actors, layout: 'powerInterest', t: translator('en') }));
    for (const name of ['Manage closely', 'Keep satisfied', 'Keep informed', 'Monitor', 'Influence →', 'Interest →']) expect(en).toContain(name);
    expect(mapToSvg(input())).not.toContain('Pantau');
  });

  it('leaves names out of a map too dense to read, and says so', () => {
    const big = laidOut(syntheticStakeholderMap(2000, 3000), 'sectorRings');
    const svg = mapToSvg(input({ actors: big.actors, ties: big.ties }));
    checkWellFormed(svg);
    expect(svg).toContain('Nama aktor tidak ditampilkan');
    expect(svg).not.toContain('class="labels"');
  });

  it('draws an empty map', () => {
    checkWellFormed(mapToSvg(input({ actors: [], ties: [] })));
  });

  it('embeds font rules escaped', () => {
    const svg = mapToSvg(input({ fontFaceCss: "@font-face{font-family:'Noto Sans';src:url(data:font/woff2;base64,AAAA)}" }));
    checkWellFormed(svg);
    expect(svg).toContain('<style>@font-face{font-family:&apos;Noto Sans&apos;');
  });
});

describe('describeFilter', () => {
  it('is null without filters and lists each filter in the codes’ order', () => {
    expect(describeFilter(noFilter, t)).toBeNull();
    const text = describeFilter(
      {
        search: ' genteng ',
        kinds: new Set(['bank', 'sme']),
        sectors: new Set(['business']),
        tieTypes: new Set(['sales', 'supply']),
        focusActorId: small.actors[0]!.id,
      },
      translator('en'),
      small.actors,
    );
    expect(text).toBe(
      `name contains “\u2068genteng\u2069”; kinds: SME, Bank / credit scheme; sectors: Business; ties: Supply (backward linkage), Sales (forward linkage); around \u2068${small.actors[0]!.name}\u2069`,
    );
  });
});

describe('text helpers', () => {
  it('wraps at spaces, splits long words and never cuts a surrogate pair', () => {
    expect(wrapText('Koperasi Genteng Soka Sejahtera', 20, 2)).toEqual(['Koperasi Genteng', 'Soka Sejahtera']);
    expect(wrapText('a'.repeat(45), 20, 2)).toEqual(['a'.repeat(20), `${'a'.repeat(19)}…`]);
    for (const line of wrapText('\u{1F3ED}'.repeat(30), 7, 3)) expect(line).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('names image files after the cluster, safely', () => {
    expect(imageFileName('Genteng Soka', 'peta', 'svg')).toBe('Genteng Soka-peta.svg');
    expect(imageFileName('a/b:c*?', 'map', 'png')).toBe('a-b-c-map.png');
    expect(imageFileName('  ', 'peta', 'png')).toBe('peta-peta.png');
  });
});
