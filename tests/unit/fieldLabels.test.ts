import { describe, expect, it } from 'vitest';
import { clusterFieldLabels, programFieldLabels } from '../../shared/domain/clusters/fieldLabels';
import { catalogs } from '../../shared/i18n/catalogs';

const { id, en } = catalogs;

const lookup = (catalog: unknown, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog);

describe('field labels', () => {
  it.each([...Object.values(clusterFieldLabels), ...Object.values(programFieldLabels)])('%s is worded in both languages', (key) => {
    expect(typeof lookup(id, key)).toBe('string');
    expect(typeof lookup(en, key)).toBe('string');
  });
});
