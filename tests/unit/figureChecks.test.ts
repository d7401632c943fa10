import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnTotal, sizeClassDisagreements, villageTotals } from '../../shared/domain/clusters/figureChecks';
import type { Cluster } from '../../shared/domain/clusters/schemas';

const demo = JSON.parse(fs.readFileSync(path.resolve('resources/demo/demo-workspace.json'), 'utf8')) as { clusters: Cluster[] };
const ceper = demo.clusters.find((c) => c.id === 'demo-ceper-klaten')!;
const row = (micro: unknown, small: unknown, medium: unknown, large: unknown) => ({ micro, small, medium, large });

describe('villageTotals', () => {
  it('is unknown, not zero, for no villages', () => {
    expect(villageTotals([])).toEqual({ totals: { micro: null, small: null, medium: null, large: null }, leftOut: 0 });
  });

  it('keeps a size class no village records unknown, and counts a recorded zero', () => {
    expect(villageTotals([row(null, 0, 0, 0), row(null, 1, 1, 1)]).totals).toEqual({ micro: null, small: 1, medium: 1, large: 1 });
  });

  it("sums the demo's Ceper villages to the source's own table (medium 68)", () => {
    expect(ceper.villageCounts).toHaveLength(18);
    expect(villageTotals(ceper.villageCounts)).toEqual({ totals: { micro: null, small: 144, medium: 68, large: 11 }, leftOut: 0 });
  });

  it('leaves out values in error and says how many', () => {
    const rows = [row(2, -5, 1.5, Number.NaN), row(3, 4, 'x', 1)];
    expect(villageTotals(rows)).toEqual({ totals: { micro: 5, small: 4, medium: null, large: 1 }, leftOut: 4 });
  });
});

describe('sizeClassDisagreements', () => {
  it("finds Ceper's medium count (58) against its villages' sum (68)", () => {
    expect(sizeClassDisagreements(ceper)).toEqual([{ sizeClass: 'medium', cluster: 58, villages: 68 }]);
  });

  it('says nothing where either figure is unknown or they agree', () => {
    const none = { enterprisesMicro: null, enterprisesSmall: 3, enterprisesMedium: null, enterprisesLarge: 1 };
    expect(sizeClassDisagreements({ ...none, villageCounts: [row(7, 3, 2, null)] })).toEqual([]);
    expect(sizeClassDisagreements({ ...none, villageCounts: [] })).toEqual([]);
  });

  it('compares against the villages without their values in error, and ignores a cluster figure in error', () => {
    const c = {
      enterprisesMicro: -1,
      enterprisesSmall: 3,
      enterprisesMedium: null,
      enterprisesLarge: null,
      villageCounts: [row(1, 2, null, null), row(null, -4, null, null)],
    };
    expect(sizeClassDisagreements(c)).toEqual([{ sizeClass: 'small', cluster: 3, villages: 2 }]);
  });
});

describe('columnTotal', () => {
  it('says how many rows the sum stands on', () => {
    expect(columnTotal([213, null, 40, null])).toEqual({ sum: 253, counted: 2, of: 4 });
  });

  it('is unknown when no row has a figure, and counts zeros', () => {
    expect(columnTotal([null, null])).toEqual({ sum: null, counted: 0, of: 2 });
    expect(columnTotal([0, null])).toEqual({ sum: 0, counted: 1, of: 2 });
    expect(columnTotal([])).toEqual({ sum: null, counted: 0, of: 0 });
  });
});
