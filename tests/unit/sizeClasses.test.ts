import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sizeClassOf, sumVillageCounts, totalEnterprises } from '../../shared/domain/clusters/sizeClasses';

describe('sizeClassOf', () => {
  it.each([
    [1, 'micro'],
    [4, 'micro'],
    [5, 'small'],
    [19, 'small'],
    [20, 'medium'],
    [99, 'medium'],
    [100, 'large'],
    [5000, 'large'],
  ])('%i workers → %s', (workers, expected) => {
    expect(sizeClassOf(workers)).toBe(expected);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('has no class for %d workers', (workers) => {
    expect(sizeClassOf(workers)).toBeNull();
  });
});

describe('totalEnterprises', () => {
  const none = { enterprisesMicro: null, enterprisesSmall: null, enterprisesMedium: null, enterprisesLarge: null };

  it('is null when nothing has been counted', () => {
    expect(totalEnterprises(none)).toBeNull();
  });

  it('adds the counted classes and treats unknown ones as zero', () => {
    expect(totalEnterprises({ ...none, enterprisesSmall: 144, enterprisesMedium: 58, enterprisesLarge: 11 })).toBe(213);
    expect(totalEnterprises({ enterprisesMicro: 1, enterprisesSmall: 2, enterprisesMedium: 3, enterprisesLarge: 4 })).toBe(10);
  });

  it('counts an explicit zero as counted', () => {
    expect(totalEnterprises({ ...none, enterprisesMicro: 0 })).toBe(0);
  });
});

describe('sumVillageCounts', () => {
  it('is unknown, not zero, for no villages', () => {
    expect(sumVillageCounts([])).toEqual({ micro: null, small: null, medium: null, large: null });
  });

  it('keeps a size class no village records unknown, and counts a recorded zero', () => {
    const rows = [
      { village: 'Cetan', micro: null, small: 0, medium: 0, large: 0 },
      { village: 'Kurung', micro: null, small: 1, medium: 1, large: 1 },
    ];
    expect(sumVillageCounts(rows)).toEqual({ micro: null, small: 1, medium: 1, large: 1 });
  });

  it("sums the demo's Ceper villages to the published totals (medium: the source's own 68 against 58)", () => {
    const demo = JSON.parse(fs.readFileSync(path.resolve('resources/demo/demo-workspace.json'), 'utf8')) as {
      clusters: { id: string; villageCounts: { village: string; micro: number | null; small: number | null; medium: number | null; large: number | null }[] }[];
    };
    const ceper = demo.clusters.find((c) => c.id === 'demo-ceper-klaten')!;
    expect(ceper.villageCounts).toHaveLength(18);
    expect(sumVillageCounts(ceper.villageCounts)).toEqual({ micro: null, small: 144, medium: 68, large: 11 });
  });
});
