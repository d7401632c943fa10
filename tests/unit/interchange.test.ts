import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyClusterFields, emptyProgram } from '../../shared/domain/clusters/schemas';
import { INTERCHANGE_FORMAT, INTERCHANGE_VERSION, parseWorkspaceDocument, type ParsedDocument } from '../../shared/domain/workspace/interchange';
import { type ClustersSection, clustersInterchange } from '../../shared/domain/clusters/interchange';

const stamp = '2025-01-02T03:04:05.000Z';
const storedCluster = (id: string, name: string) => ({ ...emptyClusterFields(name), id, createdAt: stamp, updatedAt: stamp });

function doc(patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: INTERCHANGE_FORMAT,
    formatVersion: INTERCHANGE_VERSION,
    exportedAt: stamp,
    appVersion: '0.1.0',
    program: { ...emptyProgram(), name: 'Program' },
    clusters: [storedCluster('a', 'Ceper'), storedCluster('b', 'Tumang')],
    ...patch,
  };
}

function failure(text: string): Extract<ParsedDocument, { ok: false }> {
  const r = parseWorkspaceDocument<ClustersSection>(text, [clustersInterchange]);
  if (r.ok) throw new Error('expected the document to be refused');
  return r;
}

describe('parseWorkspaceDocument', () => {
  it('accepts a valid document and keeps every field', () => {
    const r = parseWorkspaceDocument<ClustersSection>(JSON.stringify(doc()), [clustersInterchange]);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.doc.clusters.map((c) => c.id)).toEqual(['a', 'b']);
      expect(r.doc.program.name).toBe('Program');
      expect(r.doc).toEqual(doc());
    }
  });

  it('reports malformed JSON as badJson', () => {
    const r = failure('{"format": "sentra-workspace",');
    expect(r.code).toBe('badJson');
    expect(r.params.detail).toMatch(/^validation\.json(At|End)$/);
    expect(failure('').code).toBe('badJson');
  });

  it('places a JSON syntax error by line and column, not by the parser’s English', () => {
    const r = failure('{\n  "format": "sentra-workspace",\n  "formatVersion": 1 x\n}');
    expect(r.params).toEqual({ where: '', detail: 'validation.jsonAt', line: '3', column: '22' });
  });

  it('refuses a newer format version instead of guessing', () => {
    const r = failure(JSON.stringify(doc({ formatVersion: 999 })));
    expect(r).toMatchObject({ code: 'newerInterchange', params: { where: 'formatVersion', detail: '999' } });
  });

  it.each([
    ['a wrong format name', { format: 'other-app' }, { where: 'format' }],
    ['a missing program', { program: undefined }, { where: 'program' }],
    ['a program without a name', { program: { ...emptyProgram(), name: '' } }, { where: 'validation.whereProgram', field: 'program.name' }],
    ['clusters that are not a list', { clusters: {} }, { where: 'clusters' }],
    [
      'a negative count',
      { clusters: [{ ...storedCluster('a', 'x'), enterprisesMicro: -1 }] },
      { where: 'validation.whereClusterNamed', row: '1', cluster: 'x', field: 'clusters.micro' },
    ],
    ['a cluster without id', { clusters: [emptyClusterFields('x')] }, { where: 'validation.whereClusterNamed', row: '1', cluster: 'x', field: 'id' }],
    ['format version 0', { formatVersion: 0 }, { where: 'formatVersion' }],
  ])('reports %s as badInterchange at its place, named as a person knows it', (_what, patch, place) => {
    const r = failure(JSON.stringify(doc(patch)));
    expect(r.code).toBe('badInterchange');
    expect(r.params).toMatchObject(place);
    expect(r.params.detail).toMatch(/^validation\.\w+$/);
  });

  it('numbers an unnamed cluster by its place in the list', () => {
    const r = failure(JSON.stringify(doc({ clusters: [storedCluster('a', 'x'), { ...storedCluster('b', 'y'), name: '', workers: -1 }] })));
    expect(r.params).toMatchObject({ where: 'validation.whereCluster', row: '2' });
  });

  it('refuses unknown top-level sections (the format is strict)', () => {
    const r = failure(JSON.stringify(doc({ surprise: true })));
    expect(r.code).toBe('badInterchange');
    expect(r.params).toEqual({ where: 'validation.topLevel', detail: 'validation.unknownKeys', keys: 'surprise' });
  });

  it('names an unknown group by its allowed values, as catalog keys and values only', () => {
    const r = failure(JSON.stringify(doc({ clusters: [{ ...storedCluster('a', 'x'), group: 'gold' }] })));
    expect(r.params).toEqual({
      where: 'validation.whereClusterNamed',
      row: '1',
      cluster: 'x',
      field: 'clusters.group',
      detail: 'validation.notOneOf',
      values: '"metal", "export", "domestic", "other"',
    });
  });

  it('refuses non-object documents', () => {
    expect(failure('[]').code).toBe('badInterchange');
    expect(failure('null').code).toBe('badInterchange');
    expect(failure('"text"').code).toBe('badInterchange');
  });

  it('refuses duplicate cluster ids', () => {
    const r = failure(JSON.stringify(doc({ clusters: [storedCluster('a', 'x'), storedCluster('a', 'y')] })));
    expect(r).toMatchObject({
      code: 'badInterchange',
      params: { where: 'validation.whereClusterNamed', row: '2', field: 'id', detail: 'validation.duplicateId' },
    });
  });

  it('accepts the bundled demo workspace', () => {
    const text = fs.readFileSync(path.resolve('resources/demo/demo-workspace.json'), 'utf8');
    const r = parseWorkspaceDocument<ClustersSection>(text, [clustersInterchange]);
    if (!r.ok) throw new Error(`demo refused: ${r.code} at ${r.params.where}: ${r.params.detail}`);
    expect(r.doc.formatVersion).toBe(INTERCHANGE_VERSION);
    expect(r.doc.clusters.length).toBeGreaterThanOrEqual(10);
    expect(new Set(r.doc.clusters.map((c) => c.group))).toEqual(new Set(['metal', 'export', 'domestic', 'other']));
  });
});
