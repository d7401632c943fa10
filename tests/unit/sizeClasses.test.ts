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
  it('is all zeros for no villages', () => {
    expect(sumVillageCounts([])).toEqual({ micro: 0, small: 0, medium: 0, large: 0 });
  });

  it("sums Ceper's small foundries to the published 144", () => {
    const rows = [
      { village: 'Ceper', micro: null, small: 23, medium: 10, large: null },
      { village: 'Dlimas', micro: null, small: 2, medium: 1, large: 2 },
      { village: 'Jambu Kidul', micro: null, small: 3, medium: null, large: null },
      { village: 'Jambu Kulon', micro: null, small: 2, medium: null, large: 2 },
      { village: 'Klepu', micro: null, small: null, medium: 25, large: 4 },
      { village: 'Kujon', micro: null, small: null, medium: 1, large: null },
      { village: 'Kuncen', micro: null, small: 1, medium: null, large: null },
      { village: 'Kurung', micro: null, small: 1, medium: 1, large: 1 },
      { village: 'Meger', micro: null, small: 2, medium: null, large: null },
      { village: 'Mlese', micro: null, small: 1, medium: null, large: null },
      { village: 'Ngawonggo', micro: null, small: 55, medium: 13, large: null },
      { village: 'Tegalrejo', micro: null, small: 54, medium: 17, large: 2 },
    ];
    expect(sumVillageCounts(rows)).toEqual({ micro: 0, small: 144, medium: 68, large: 11 });
  });
});
