import { describe, expect, it } from 'vitest';
import { parseSortOrder, sortRows } from '../../shared/domain/clusters/sortRows';

const rows = [
  { name: 'Tumang', workers: 1200 },
  { name: 'ceper', workers: null },
  { name: 'Čepogo', workers: 80 },
  { name: 'Amuntai', workers: 1200 },
  { name: '', workers: 5 },
];
const names = (list: typeof rows) => list.map((r) => r.name);

describe('sortRows', () => {
  it('sorts text by the locale, ignoring case and accents, with empty text last', () => {
    expect(names(sortRows(rows, (r) => r.name, 'asc', 'id-ID'))).toEqual(['Amuntai', 'ceper', 'Čepogo', 'Tumang', '']);
    expect(names(sortRows(rows, (r) => r.name, 'desc', 'id-ID'))).toEqual(['Tumang', 'Čepogo', 'ceper', 'Amuntai', '']);
  });

  it('sorts numbers as numbers with missing values last both ways, ties in their first order', () => {
    expect(names(sortRows(rows, (r) => r.workers, 'asc', 'en'))).toEqual(['', 'Čepogo', 'Tumang', 'Amuntai', 'ceper']);
    expect(names(sortRows(rows, (r) => r.workers, 'desc', 'en'))).toEqual(['Tumang', 'Amuntai', 'Čepogo', '', 'ceper']);
  });

  it('compares digits inside text by value', () => {
    const list = [{ n: 'Desa 10' }, { n: 'Desa 9' }];
    expect(sortRows(list, (r) => r.n, 'asc', 'id-ID').map((r) => r.n)).toEqual(['Desa 9', 'Desa 10']);
  });

  it('leaves the rows it was given untouched', () => {
    const copy = [...rows];
    sortRows(rows, (r) => r.name, 'asc', 'id-ID');
    expect(rows).toEqual(copy);
  });
});

describe('parseSortOrder', () => {
  const columns = ['name', 'workers'] as const;
  it('reads a kept order back', () => {
    expect(parseSortOrder('workers:desc', columns)).toEqual({ column: 'workers', direction: 'desc' });
  });
  it.each(['', 'workers', 'age:asc', 'name:up', 'name:asc:x'])('takes %j as no sort', (text) => {
    expect(parseSortOrder(text, columns)).toBeNull();
  });
});
