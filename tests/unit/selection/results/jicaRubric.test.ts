import { describe, expect, it } from 'vitest';
import { cliTranslator } from '../../../../electron/cli/cliTranslator';
import { rubricSchema } from '../../../../shared/domain/selection/schemas';
import { jicaRubric, jicaTotalsRubric } from '../../../../shared/domain/selection/template/jicaRubric';

describe.each(['id', 'en'] as const)('the JICA templates in %s', (lang) => {
  const { t } = cliTranslator(lang);
  const rubric = jicaRubric(t);
  const totals = jicaTotalsRubric(t);

  it('are valid rubrics whose texts all come from the catalogs', () => {
    expect(rubricSchema.safeParse(rubric).success).toBe(true);
    expect(rubricSchema.safeParse(totals).success).toBe(true);
    const texts = [rubric, totals].flatMap((r) => [
      r.name,
      r.note,
      ...r.dimensions.flatMap((d) => [d.name, d.description, ...d.criteria.flatMap((c) => [c.name, c.description])]),
    ]);
    for (const text of texts) expect(text).not.toMatch(/^selectionTemplate\./);
  });

  it('keep JICA’s scale: growth 54 over the four determinants, action 36, social capital 20 and off', () => {
    expect(rubric.dimensions.map((d) => [d.id, d.total, d.optional, d.enabled])).toEqual([
      ['growth', 54, false, true],
      ['action', 36, false, true],
      ['social', 20, true, false],
    ]);
    const growth = rubric.dimensions[0]!.criteria;
    const per = (det: string) => growth.filter((c) => c.determinant === det).reduce((s, c) => s + c.max, 0);
    expect([per('factor'), per('demand'), per('related'), per('strategy')]).toEqual([15, 15, 12, 12]);
    expect(rubric.dimensions[1]!.criteria.every((c) => c.determinant === null)).toBe(true);
    expect(rubric.dimensions[2]!.criteria.every((c) => c.determinant === 'socialCapital')).toBe(true);
    expect(totals.dimensions.map((d) => [d.total, d.criteria.length, d.criteria[0]!.max])).toEqual([
      [54, 1, 54],
      [36, 1, 36],
    ]);
  });

  it('say plainly that JICA’s sub-criteria were not published', () => {
    const word = lang === 'id' ? /tidak (pernah )?diterbitkan|tidak menerbitkan/ : /not publish/;
    expect(rubric.note).toMatch(word);
    expect(rubric.dimensions[0]!.description).toMatch(word);
    expect(rubric.dimensions[1]!.description).toMatch(word);
    expect(totals.note).toMatch(word);
  });
});
