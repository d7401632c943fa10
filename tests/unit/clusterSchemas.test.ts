import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  clusterFieldsSchema,
  emptyClusterFields,
  emptyProgram,
  programFieldsSchema,
  type ClusterFields,
  type ProgramFields,
} from '../../shared/domain/clusters/schemas';
import { currentYear } from '../../shared/domain/clusters/limits';

/** The first issue's message and path, or null when the input passes. */
function firstIssue(schema: z.ZodType, input: unknown): { message: string; path: string } | null {
  const r = schema.safeParse(input);
  if (r.success) return null;
  const issue = r.error.issues[0]!;
  return { message: issue.message, path: issue.path.join('.') };
}

const cluster = (patch: Record<string, unknown>) => ({ ...emptyClusterFields('Sentra Genteng Kebumen'), ...patch });
const program = (patch: Partial<ProgramFields>) => ({ ...emptyProgram(), name: 'Program', ...patch });

describe('cluster field validation', () => {
  it('accepts the empty form with a name, and a fully filled cluster', () => {
    expect(firstIssue(clusterFieldsSchema, cluster({}))).toBeNull();
    const full: ClusterFields = {
      ...emptyClusterFields('Ceper'),
      kbli: '24310',
      group: 'metal',
      enterprisesMicro: 0,
      enterprisesSmall: 144,
      workers: 2500,
      productionValue: 1_500_000,
      establishedYear: currentYear(),
      mainProducts: ['Pipa'],
      rawMaterials: [{ material: 'Skrap', source: '' }],
      villageCounts: [{ village: 'Ngawonggo', micro: null, small: 55, medium: 13, large: null }],
    };
    expect(clusterFieldsSchema.parse(full)).toEqual(full);
  });

  it('requires a name, blank or whitespace alike', () => {
    expect(firstIssue(clusterFieldsSchema, cluster({ name: '' }))).toEqual({ message: 'validation.required', path: 'name' });
    expect(firstIssue(clusterFieldsSchema, cluster({ name: '   ' }))).toEqual({ message: 'validation.required', path: 'name' });
    expect(firstIssue(clusterFieldsSchema, cluster({ name: 'x'.repeat(161) }))?.message).toBe('validation.tooLong');
  });

  it('trims text fields', () => {
    const parsed = clusterFieldsSchema.parse(cluster({ name: '  Tumang ', village: ' Cepogo ' }));
    expect(parsed.name).toBe('Tumang');
    expect(parsed.village).toBe('Cepogo');
  });

  it.each([
    ['enterprisesMicro', -1, 'validation.nonNegative'],
    ['enterprisesSmall', -5, 'validation.nonNegative'],
    ['workers', -1, 'validation.nonNegative'],
    ['productionValue', -1000, 'validation.nonNegative'],
    ['enterprisesMedium', 2.5, 'validation.integer'],
    ['workers', 10.1, 'validation.integer'],
    ['productionValue', 1500.5, 'validation.integer'],
    ['enterprisesLarge', 10_000_001, 'validation.tooLarge'],
    ['workers', '12', 'validation.number'],
  ])('rejects %s = %j with %s', (field, value, message) => {
    expect(firstIssue(clusterFieldsSchema, cluster({ [field]: value }))).toEqual({ message, path: field });
  });

  it('accepts zero and null counts', () => {
    expect(firstIssue(clusterFieldsSchema, cluster({ enterprisesMicro: 0, workers: null, productionValue: 0 }))).toBeNull();
  });

  it('checks counts inside the per-village breakdown', () => {
    const bad = cluster({ villageCounts: [{ village: 'Klepu', micro: null, small: -1, medium: 25, large: 4 }] });
    expect(firstIssue(clusterFieldsSchema, bad)).toEqual({ message: 'validation.nonNegative', path: 'villageCounts.0.small' });
    const unnamed = cluster({ villageCounts: [{ village: '', micro: null, small: 1, medium: null, large: null }] });
    expect(firstIssue(clusterFieldsSchema, unnamed)).toEqual({ message: 'validation.required', path: 'villageCounts.0.village' });
  });

  it('requires a name on list entries', () => {
    expect(firstIssue(clusterFieldsSchema, cluster({ mainProducts: ['Genteng', ' '] }))).toEqual({
      message: 'validation.required',
      path: 'mainProducts.1',
    });
  });

  it('refuses implausible founding years, including next year', () => {
    const next = currentYear() + 1;
    expect(firstIssue(clusterFieldsSchema, cluster({ establishedYear: next }))).toEqual({
      message: 'validation.pastYear',
      path: 'establishedYear',
    });
    expect(firstIssue(clusterFieldsSchema, cluster({ establishedYear: 1199 }))?.message).toBe('validation.pastYear');
    expect(firstIssue(clusterFieldsSchema, cluster({ establishedYear: 1985.5 }))?.message).toBe('validation.integer');
    expect(firstIssue(clusterFieldsSchema, cluster({ establishedYear: 1200 }))).toBeNull();
    expect(firstIssue(clusterFieldsSchema, cluster({ establishedYear: currentYear() }))).toBeNull();
  });

  it.each(['', '24', '243', '24310'])('accepts KBLI %j', (kbli) => {
    expect(firstIssue(clusterFieldsSchema, cluster({ kbli }))).toBeNull();
  });

  it.each(['2', '243101', 'abc', '24-31', '2431a'])('rejects KBLI %j', (kbli) => {
    expect(firstIssue(clusterFieldsSchema, cluster({ kbli }))).toEqual({ message: 'validation.kbli', path: 'kbli' });
  });

  it('refuses an unknown group', () => {
    expect(firstIssue(clusterFieldsSchema, cluster({ group: 'textile' }))?.path).toBe('group');
  });
});

describe('program validation', () => {
  it('accepts a program with a period', () => {
    expect(firstIssue(programFieldsSchema, program({ periodStart: 2025, periodEnd: 2027 }))).toBeNull();
    expect(firstIssue(programFieldsSchema, program({ periodStart: 2025, periodEnd: 2025 }))).toBeNull();
  });

  it('requires a name', () => {
    expect(firstIssue(programFieldsSchema, program({ name: ' ' }))).toEqual({ message: 'validation.required', path: 'name' });
  });

  it('refuses a period that ends before it starts, on periodEnd', () => {
    expect(firstIssue(programFieldsSchema, program({ periodStart: 2027, periodEnd: 2025 }))).toEqual({
      message: 'validation.periodOrder',
      path: 'periodEnd',
    });
  });

  it('refuses implausible program years', () => {
    expect(firstIssue(programFieldsSchema, program({ periodStart: 1989 }))).toEqual({
      message: 'validation.planYear',
      path: 'periodStart',
    });
    expect(firstIssue(programFieldsSchema, program({ periodEnd: currentYear() + 31 }))?.message).toBe('validation.planYear');
    expect(firstIssue(programFieldsSchema, program({ periodEnd: currentYear() + 30 }))).toBeNull();
    expect(firstIssue(programFieldsSchema, program({ periodStart: 2025.5 }))?.message).toBe('validation.integer');
  });
});
