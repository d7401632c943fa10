import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyClusterFields, emptyProgram } from '../../shared/domain/clusters/schemas';
import { z } from 'zod';
import {
  INTERCHANGE_FORMAT,
  INTERCHANGE_VERSION,
  type InterchangeSectionSpec,
  parseWorkspaceDocument,
  type ParsedDocument,
} from '../../shared/domain/workspace/interchange';
import { type ClustersSection, clustersInterchange } from '../../shared/domain/clusters/interchange';
import { type StakeholdersSection, stakeholdersInterchange } from '../../shared/domain/stakeholders/interchange';
import { selectionInterchange } from '../../shared/domain/selection/interchange';
import { swotInterchange } from '../../shared/domain/swot/interchange';
import { planInterchange } from '../../shared/domain/plan/interchange';

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
    const r = parseWorkspaceDocument<ClustersSection & StakeholdersSection>(text, [
      clustersInterchange,
      stakeholdersInterchange,
      selectionInterchange,
      swotInterchange,
      planInterchange,
    ]);
    if (!r.ok) throw new Error(`demo refused: ${r.code} at ${r.params.where}: ${r.params.detail}`);
    expect(r.doc.formatVersion).toBe(INTERCHANGE_VERSION);
    expect(r.doc.actors.length).toBeGreaterThanOrEqual(30);
    expect(r.doc.clusters.length).toBeGreaterThanOrEqual(10);
    expect(new Set(r.doc.clusters.map((c) => c.group))).toEqual(new Set(['metal', 'export', 'domestic', 'other']));
  });
});

describe('what a document may not smuggle in', () => {
  it.each([
    ['an unknown field in the program', { program: { ...emptyProgram(), name: 'P', budget: 5 } }, { where: 'program' }],
    ['an unknown field in a cluster', { clusters: [{ ...storedCluster('a', 'Ceper'), colour: 'red' }] }, { where: 'validation.whereClusterNamed', row: '1' }],
    [
      'an unknown field in a cluster’s list entry',
      { clusters: [{ ...storedCluster('a', 'Ceper'), markets: [{ market: 'Jawa', channel: '', price: 1 }] }] },
      { where: 'validation.whereClusterNamed', row: '1' },
    ],
  ])('refuses %s instead of dropping it', (_, patch, place) => {
    const r = failure(JSON.stringify(doc(patch)));
    expect(r.code).toBe('badInterchange');
    expect(r.params).toMatchObject({ ...place, detail: 'validation.unknownKeys' });
  });

  it.each([
    ['exportedAt', { exportedAt: 'x'.repeat(10_000) }],
    ['appVersion', { appVersion: 'x'.repeat(10_000) }],
    ['createdAt', { clusters: [{ ...storedCluster('a', 'Ceper'), createdAt: 'yesterday' }] }],
    ['updatedAt', { clusters: [{ ...storedCluster('a', 'Ceper'), updatedAt: 'x'.repeat(10_000) }] }],
  ])('refuses an overlong or malformed %s', (_, patch) => {
    expect(failure(JSON.stringify(doc(patch))).code).toBe('badInterchange');
  });

  it.each([
    ['a bidi override', 'Ceper\u202Eexe.txt'],
    ['an escape sequence', 'Ceper\u001b[2J'],
    ['a C1 control', 'Ceper\u0085'],
  ])('refuses text holding %s, naming where it is', (_, name) => {
    const r = failure(JSON.stringify(doc({ clusters: [storedCluster('a', 'Ceper'), { ...storedCluster('b', 'Tumang'), notes: name }] })));
    expect(r.params).toMatchObject({
      where: 'validation.whereClusterNamed',
      row: '2',
      cluster: 'Tumang',
      field: 'clusters.notes',
      detail: 'validation.controlCharacters',
    });
  });

  it('keeps line breaks and tabs in long text', () => {
    const r = parseWorkspaceDocument(JSON.stringify(doc({ clusters: [{ ...storedCluster('a', 'Ceper'), history: 'Satu\n\tdua\r\n' }] })), [
      clustersInterchange,
    ]);
    expect(r.ok).toBe(true);
  });

  it('never repeats a huge value in its message', () => {
    const huge = 'N'.repeat(1_000_000);
    const r = failure(JSON.stringify(doc({ clusters: [{ ...storedCluster('a', huge), kbli: 'abc' }] })));
    expect(JSON.stringify(r.params).length).toBeLessThan(500);
    const keys = failure(JSON.stringify(doc({ program: { ...emptyProgram(), name: 'P', [huge]: 1 } })));
    expect(JSON.stringify(keys.params).length).toBeLessThan(500);
  });
});

describe('upgrading older documents', () => {
  /** A later version that renamed a field: version 1 documents must still read. */
  const renamed: InterchangeSectionSpec = {
    shape: { villages: z.array(z.object({ name: z.string() }).strict()) },
    upgrades: {
      1: ({ desa, ...rest }) => ({ ...rest, villages: ((desa ?? []) as string[]).map((name) => ({ name })) }),
    },
  };

  it('brings a version 1 document up to date section by section before validating it', () => {
    const v1 = JSON.stringify({ ...doc(), formatVersion: 1, desa: ['Tegalrejo', 'Ngawonggo'] });
    const r = parseWorkspaceDocument<{ villages: { name: string }[] }>(v1, [clustersInterchange, renamed], 2);
    expect(r.ok && r.doc.villages).toEqual([{ name: 'Tegalrejo' }, { name: 'Ngawonggo' }]);
    expect(r.ok && r.doc.formatVersion).toBe(2);
  });

  it('still refuses a version it does not know', () => {
    expect(parseWorkspaceDocument(JSON.stringify(doc({ formatVersion: 3 })), [clustersInterchange, renamed], 2)).toMatchObject({
      ok: false,
      code: 'newerInterchange',
    });
  });
});
