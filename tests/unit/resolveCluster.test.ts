import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/contract/errors';
import { resolveCluster } from '../../shared/domain/clusters/resolveCluster';

const clusters = [
  { id: 'c-1', name: 'Kebumen Genteng' },
  { id: 'c-2', name: 'Logam Tegal' },
  { id: 'c-3', name: 'Logam Sukabumi' },
  { id: 'c-4', name: 'Ceper' },
  { id: 'c-5', name: 'Ceper Utara' },
];

function failure(query: string): AppError {
  try {
    resolveCluster(clusters, query);
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error(`"${query}" resolved although it should not`);
}

describe('resolveCluster', () => {
  it('finds a cluster by its id', () => {
    expect(resolveCluster(clusters, 'c-3').name).toBe('Logam Sukabumi');
    expect(resolveCluster(clusters, '  c-2 ').name).toBe('Logam Tegal');
    expect(resolveCluster(clusters, 'C-3').name).toBe('Logam Sukabumi');
  });

  it('refuses a blank query as missing input, not as ambiguous', () => {
    const e = failure('   ');
    expect(e.code).toBe('invalidInput');
    expect(e.params).toEqual({ field: 'cluster', detail: 'validation.required' });
  });

  it('finds a cluster by its full name in any case', () => {
    expect(resolveCluster(clusters, 'LOGAM TEGAL').id).toBe('c-2');
    expect(resolveCluster(clusters, 'logam sukabumi').id).toBe('c-3');
  });

  it('takes a unique prefix of the name', () => {
    expect(resolveCluster(clusters, 'kebumen').id).toBe('c-1');
    expect(resolveCluster(clusters, 'Logam S').id).toBe('c-3');
  });

  it('prefers an exact name over longer names it prefixes', () => {
    expect(resolveCluster(clusters, 'ceper').id).toBe('c-4');
  });

  it('refuses an ambiguous prefix and names the candidates', () => {
    const e = failure('logam');
    expect(e.code).toBe('clusterAmbiguous');
    expect(e.params.query).toBe('logam');
    expect(String(e.params.matches).split(', ').sort()).toEqual(['Logam Sukabumi', 'Logam Tegal']);
  });

  it('reports notFound when nothing matches', () => {
    const e = failure('garut');
    expect(e.code).toBe('notFound');
    expect(e.params.query).toBe('garut');
  });

  it('reports notFound in an empty list', () => {
    expect(() => resolveCluster([], 'kebumen')).toThrow(AppError);
  });

  it('resolves "Kebumen" in the demo workspace, as issue 2 promises for --cluster', () => {
    const demo = JSON.parse(fs.readFileSync(path.resolve('resources/demo/demo-workspace.json'), 'utf8')) as {
      clusters: { id: string; name: string }[];
    };
    expect(resolveCluster(demo.clusters, 'Kebumen').id).toBe('demo-kebumen');
    expect(resolveCluster(demo.clusters, 'DEMO-KEBUMEN').id).toBe('demo-kebumen');
  });
});
