import { describe, expect, it } from 'vitest';
import { cliTranslator } from '../../../electron/cli/cliTranslator';
import { monthSchema, programSchema } from '../../../shared/domain/plan/schemas';
import { planTemplateByKey, planTemplates, programFromTemplate, programTemplates, templateCatalogKeys } from '../../../shared/domain/plan/templates';
import { catalogs } from '../../../shared/i18n/catalogs';
import type { Catalog } from '../../../shared/i18n/catalogs';

function flatten(node: string | Catalog, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  return Object.entries(node).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
}
const flat = { id: new Map(flatten(catalogs.id)), en: new Map(flatten(catalogs.en)) };

/** A `t` that fails the test on a missing key instead of printing the key. */
const strictT = (lang: 'id' | 'en') => (key: string) => {
  const text = flat[lang].get(key);
  if (text === undefined) throw new Error(`missing ${lang} key ${key}`);
  return text;
};

let counter = 0;
const newId = () => `id-${++counter}`;

describe('program templates', () => {
  it('are JICA’s twelve action programs and Box 3.1’s pilot programs, grouped by kind, with unique keys', () => {
    expect(planTemplates.map((g) => [g.kind, g.templates.length])).toEqual([
      ['jica', 12],
      ['pilot', 13],
    ]);
    expect(planTemplates.flatMap((g) => g.templates)).toEqual([...programTemplates]);
    expect(new Set(programTemplates.map((t) => t.key)).size).toBe(programTemplates.length);
    for (const g of planTemplates) expect(g.templates.every((t) => t.kind === g.kind)).toBe(true);
    expect(planTemplateByKey('studyTour')?.kind).toBe('pilot');
    expect(planTemplateByKey('gone')).toBeNull();
  });

  it('schedule every activity inside the year, at least one month long', () => {
    for (const t of programTemplates) {
      expect(t.activities.length, t.key).toBeGreaterThanOrEqual(2);
      expect(t.indicators.length, t.key).toBeGreaterThanOrEqual(1);
      for (const a of t.activities) {
        expect(Number.isInteger(a.start) && Number.isInteger(a.months), `${t.key}.${a.key}`).toBe(true);
        expect(a.start, `${t.key}.${a.key}`).toBeGreaterThanOrEqual(0);
        expect(a.months, `${t.key}.${a.key}`).toBeGreaterThanOrEqual(1);
        expect(a.start + a.months, `${t.key}.${a.key}`).toBeLessThanOrEqual(12);
      }
    }
  });

  it('follow the report’s schedules where it gives one', () => {
    const spans = (key: string) => planTemplateByKey(key)!.activities.map((a) => [a.key, a.start, a.months]);
    // 5.2(1): provincial forum 3 months, local leader groups 1, identification of clusters 6.
    expect(spans('provincialForum')).toEqual([
      ['guideline', 0, 3],
      ['leaders', 3, 1],
      ['identification', 4, 6],
    ]);
    // 5.2(4): an information seminar every 3 months, a regular meeting every month.
    const social = spans('socialCapital');
    expect(social.filter(([k]) => k === 'seminar').map(([, start]) => start)).toEqual([2, 5, 8, 11]);
    expect(social.find(([k]) => k === 'meetings')).toEqual(['meetings', 0, 12]);
    // 5.3(5): four studies of 3 months each.
    expect(spans('machineryRenovation').map(([, start, months]) => [start, months])).toEqual([
      [0, 3],
      [3, 3],
      [6, 3],
      [9, 3],
    ]);
  });

  it.each(['id', 'en'] as const)('have every text they read in the %s catalog, and the catalog holds no other template text', (lang) => {
    const used = programTemplates.flatMap(templateCatalogKeys);
    const t = strictT(lang);
    for (const key of used) expect(t(key).trim(), key).not.toBe('');
    for (const g of planTemplates) expect([t(g.labelKey), t(g.noteKey)].every((s) => s.length > 0)).toBe(true);
    const inCatalog = [...flat[lang].keys()].filter((k) => k.startsWith('planTemplates.programs.'));
    expect(inCatalog.sort()).toEqual([...new Set(used)].sort());
  });

  it('read differently in the two languages', () => {
    for (const t of programTemplates) {
      const [name, objective] = templateCatalogKeys(t);
      expect(strictT('id')(name!), t.key).not.toBe(strictT('en')(name!));
      expect(strictT('id')(objective!), t.key).not.toBe(strictT('en')(objective!));
    }
  });
});

describe.each(['id', 'en'] as const)('programFromTemplate in %s', (lang) => {
  const { t } = cliTranslator(lang);

  it.each(programTemplates.map((p) => p.key))('makes %s a valid draft program inside the plan year, without budget lines', (key) => {
    const program = programFromTemplate(key, { t, year: 2027, newId });
    const parsed = programSchema.safeParse(program);
    expect(parsed.success ? null : parsed.error.issues).toBeNull();
    const template = planTemplateByKey(key)!;
    expect(program).toMatchObject({ status: 'draft', budget: [], links: [], leadActorId: null, templateKey: key, area: template.area });
    expect(program.leadName).not.toBe('');
    expect(program.participants.map((p) => p.actorId)).toEqual(template.participants.map(() => null));
    expect(program.activities).toHaveLength(template.activities.length);
    for (const a of program.activities) {
      expect(monthSchema.safeParse(a.start).success && monthSchema.safeParse(a.end).success).toBe(true);
      expect(a.start >= '2027-01' && a.end <= '2027-12' && a.start <= a.end, `${a.start}–${a.end}`).toBe(true);
    }
    const texts = [program.name, program.objective, program.content, program.why, program.beneficiaries, program.assumptions, program.leadName];
    const rows = [...program.participants.map((p) => p.name), ...program.activities.flatMap((a) => [a.name, a.output])];
    const indicators = program.indicators.flatMap((i) => [i.name, i.target, i.means]);
    for (const s of [...texts, ...rows, ...indicators]) expect(s).not.toMatch(/^planTemplates\./);
  });
});

describe('programFromTemplate', () => {
  it('turns months into the plan year: the provincial forum runs January–March, April, May–October', () => {
    const p = programFromTemplate('provincialForum', { t: strictT('id'), year: 2031, newId });
    expect(p.activities.map((a) => [a.start, a.end])).toEqual([
      ['2031-01', '2031-03'],
      ['2031-04', '2031-04'],
      ['2031-05', '2031-10'],
    ]);
    expect(p.name).toBe('Pembentukan forum klaster provinsi');
    expect(p.leadName).toBe('Bappeda provinsi');
  });

  it('gives the program and each of its rows a fresh id', () => {
    const p = programFromTemplate('socialCapital', { t: strictT('en'), year: 2027, newId });
    const ids = [p.id, ...p.participants.map((x) => x.id), ...p.activities.map((x) => x.id), ...p.indicators.map((x) => x.id)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(p.activities.filter((a) => a.name === 'Information seminar (quarterly)')).toHaveLength(4);
  });

  it('refuses an unknown template', () => {
    expect(() => programFromTemplate('nope', { t: strictT('id'), year: 2027, newId })).toThrow(/nope/);
  });
});
