import { describe, expect, it } from 'vitest';
import { sizeClassOf, totalEnterprises } from '../../shared/domain/clusters/sizeClasses';

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
