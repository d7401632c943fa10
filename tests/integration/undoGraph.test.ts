import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { invoke } from '../../electron/services/createServices';
import { features } from '../../electron/services/features';
import { MERGE_WINDOW_MS } from '../../electron/services/workspace/EditHistory';
import type { WorkspaceSession } from '../../electron/services/workspace/WorkspaceSession';
import { addRing, graphFeature } from './fixtures/graphFeature';
import { errorCode, useTempServices } from './helpers';

const env = useTempServices({ features: [...features, graphFeature] });
const label = (key: string) => ({ key: `history.${key}`, params: {} });
let session: WorkspaceSession;
let file: string;

beforeEach(async () => {
  file = (await invoke(env.services, 'workspace.create', { dir: env.root, fileName: 'graph', programName: 'Graph' })).path;
  session = env.services.registry.current('local');
  session.edit(label('ring'), (w) => addRing(w, 6));
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + MERGE_WINDOW_MS + 1000);
});
afterEach(() => {
  vi.useRealTimers();
});

/** Every row of the graph tables, for comparing whole states. */
const snapshot = () => ({
  nodes: session.reader.all('SELECT * FROM nodes ORDER BY id'),
  edges: session.reader.all('SELECT * FROM edges ORDER BY id'),
  notes: session.reader.all('SELECT * FROM notes ORDER BY id'),
  edgeNotes: session.reader.all('SELECT * FROM edge_notes ORDER BY id'),
});
const later = () => vi.setSystemTime(Date.now() + MERGE_WINDOW_MS + 1000);

describe('undo of a graph', () => {
  it('brings back the ties that went with a deleted node by ON DELETE CASCADE, and takes them again on redo', async () => {
    const before = snapshot();
    session.edit(label('deleteNode'), (w) => w.delete('nodes', 'n2'));
    const after = snapshot();
    expect(after.edges.map((e) => (e as { id: string }).id)).toEqual(['ne0', 'ne3', 'ne4', 'ne5']);
    const step = await invoke(env.services, 'workspace.undo', {});
    expect(snapshot()).toEqual(before);
    expect(step.changed).toEqual({ nodes: ['n2'], edges: ['ne1', 'ne2'] });
    await invoke(env.services, 'workspace.redo', {});
    expect(snapshot()).toEqual(after);
  });

  it('follows ON DELETE SET NULL too', async () => {
    session.edit(label('note'), (w) => w.insert('notes', { id: 'm1', node: 'n1', body: 'Ketua koperasi' }));
    later();
    const before = snapshot();
    session.edit(label('deleteNode'), (w) => w.delete('nodes', 'n1'));
    expect(session.reader.get('SELECT node FROM notes')).toEqual({ node: null });
    await invoke(env.services, 'workspace.undo', {});
    expect(snapshot()).toEqual(before);
  });

  it('undoes one edit that updates a node, deletes its tie and then the node, without tripping a foreign key', async () => {
    const before = snapshot();
    session.edit(label('mixed'), (w) => {
      w.update('nodes', 'n3', { label: 'Dinas Koperasi', x: 40 });
      w.delete('edges', 'ne3');
      w.delete('nodes', 'n3');
    });
    const after = snapshot();
    await invoke(env.services, 'workspace.undo', {});
    expect(snapshot()).toEqual(before);
    expect(await invoke(env.services, 'workspace.history', {})).toMatchObject({ canUndo: true, canRedo: true, redoLabel: label('mixed') });
    await invoke(env.services, 'workspace.redo', {});
    expect(snapshot()).toEqual(after);
    expect(session.pragma('foreign_key_check')).toBeUndefined();
  });

  it('keeps a step on its stack when applying it fails, and changes nothing', async () => {
    session.edit(label('guarded'), (w) => w.insert('nodes', { id: 'g', label: 'guarded', x: 0, y: 0 }));
    const before = snapshot();
    const history = await invoke(env.services, 'workspace.history', {});
    expect((await errorCode(() => invoke(env.services, 'workspace.undo', {}))).code).toBe('internal');
    expect(snapshot()).toEqual(before);
    expect(await invoke(env.services, 'workspace.history', {})).toEqual(history);
    // Still there: a second try meets the same step, not "nothing to undo".
    expect((await errorCode(() => invoke(env.services, 'workspace.undo', {}))).code).toBe('internal');
  });

  it('moves 2,000 nodes as one step and puts every one back', async () => {
    session.edit(label('big'), (w) => addRing(w, 2000, 'b'));
    later();
    const before = snapshot();
    session.edit(label('move'), (w) => {
      for (let i = 0; i < 2000; i++) w.update('nodes', `b${i}`, { x: i + 0.5, y: -i });
    });
    const step = await invoke(env.services, 'workspace.undo', {});
    expect(step.label).toEqual(label('move'));
    expect(step.changed.nodes).toHaveLength(2000);
    expect(snapshot()).toEqual(before);
  });
});

describe('undo never reaches rows outside its step', () => {
  it('puts a tie back on its old node before removing the node the step added, so the tie’s notes survive', async () => {
    session.edit(label('note'), (w) => w.insert('edge_notes', { id: 'en1', edge: 'ne0', body: 'Kredit KUR' }));
    later();
    const before = snapshot();
    session.edit(label('rewire'), (w) => {
      w.update('edges', 'ne0', { weight: 5 });
      w.insert('nodes', { id: 'bank', label: 'Bank', x: 0, y: 0 });
      w.update('edges', 'ne0', { source: 'bank' });
    });
    await invoke(env.services, 'workspace.undo', {});
    expect(snapshot()).toEqual(before);
  });

  it('deletes a cycle of nodes hanging under each other, and brings it back', async () => {
    session.edit(label('cycle'), (w) => {
      w.update('nodes', 'n0', { parent: 'n1' });
      w.update('nodes', 'n1', { parent: 'n0' });
      w.update('nodes', 'n5', { parent: 'n5' });
    });
    later();
    const before = snapshot();
    session.edit(label('deleteNode'), (w) => {
      w.delete('nodes', 'n0');
      w.delete('nodes', 'n5');
    });
    expect(session.reader.all('SELECT id FROM nodes ORDER BY id')).toEqual([{ id: 'n2' }, { id: 'n3' }, { id: 'n4' }]);
    await invoke(env.services, 'workspace.undo', {});
    expect(snapshot()).toEqual(before);
  });
});

describe('which edits merge', () => {
  it('merges edits that share a merge key moments apart, and never two edits without one', async () => {
    const before = snapshot();
    session.edit(label('drag'), (w) => w.update('nodes', 'n0', { x: 10 }));
    session.edit(label('drag'), (w) => w.update('nodes', 'n0', { x: 20 }));
    await invoke(env.services, 'workspace.undo', {});
    expect(session.reader.get('SELECT x FROM nodes WHERE id = ?', 'n0')).toEqual({ x: 10 });
    await invoke(env.services, 'workspace.undo', {});
    expect(snapshot()).toEqual(before);

    later();
    session.edit(label('type'), (w) => w.update('nodes', 'n1', { label: 'D' }), { mergeKey: 'node:n1' });
    session.edit(label('type'), (w) => w.update('nodes', 'n1', { label: 'Di' }), { mergeKey: 'node:n1' });
    session.edit(label('type'), (w) => w.update('nodes', 'n1', { label: 'Dinas' }), { mergeKey: 'node:n1' });
    await invoke(env.services, 'workspace.undo', {});
    expect(snapshot()).toEqual(before);
  });

  it('merges a step that touches further rows, keeping each row’s first state', async () => {
    const before = snapshot();
    session.edit(label('type'), (w) => w.update('nodes', 'n1', { label: 'A' }), { mergeKey: 'k' });
    session.edit(label('type'), (w) => w.update('nodes', 'n2', { label: 'B' }), { mergeKey: 'k' });
    await invoke(env.services, 'workspace.undo', {});
    expect(snapshot()).toEqual(before);
    expect((await invoke(env.services, 'workspace.history', {})).canUndo).toBe(true); // the ring itself
  });
});

describe('writes happen only inside an edit', () => {
  it('the reader refuses a statement that writes', () => {
    expect(() => session.reader.get("UPDATE nodes SET label = 'x'")).toThrow(/write inside an edit/);
    expect(() => session.reader.all('DELETE FROM nodes')).toThrow(/write inside an edit/);
  });

  it('the reader refuses a write that returns rows', () => {
    session.edit(label('sneak'), () => {
      expect(() => session.reader.get("DELETE FROM nodes WHERE id = 'n0' RETURNING id")).toThrow(/write inside an edit/);
    });
    expect(session.reader.get("SELECT id FROM nodes WHERE id = 'n0'")).toEqual({ id: 'n0' });
  });

  it('a writer of an edit that failed cannot write either', () => {
    let kept: Parameters<Parameters<WorkspaceSession['edit']>[1]>[0] | null = null;
    expect(() =>
      session.edit(label('fails'), (w) => {
        kept = w;
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(() => kept!.insert('nodes', { id: 'late', label: 'Late', x: 0, y: 0 })).toThrow(/edit is over/);
  });

  it('a writer kept past its edit cannot write', () => {
    let kept: Parameters<Parameters<WorkspaceSession['edit']>[1]>[0] | null = null;
    session.edit(label('keep'), (w) => {
      kept = w;
    });
    expect(() => kept!.insert('nodes', { id: 'late', label: 'Late', x: 0, y: 0 })).toThrow(/edit is over/);
    expect(session.reader.get('SELECT 1 AS found FROM nodes WHERE id = ?', 'late')).toBeUndefined();
  });

  it('the connection itself is read-only outside an edit', () => {
    expect(session.pragma('query_only')).toBe(1);
  });
});

describe('what a write answers', () => {
  it('names the tables and ids it changed, through the transport’s dispatch', async () => {
    const created = await env.services.call('clusters.create', { ...(await import('./helpers')).sampleCluster('Ceper') }, { clientId: 'local' });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const id = (created.value as { id: string }).id;
    expect(created.changed).toEqual({ clusters: [id] });
    expect(await env.services.call('clusters.list', {}, { clientId: 'local' })).not.toHaveProperty('changed');
    const undone = await env.services.call('workspace.undo', {}, { clientId: 'local' });
    expect(undone).toMatchObject({ ok: true, changed: { clusters: [id] } });
  });
});

describe('the file on disk', () => {
  it('holds every committed edit on its own soon after the last one (no -wal needed)', async () => {
    session.edit(label('late'), (w) => w.update('nodes', 'n4', { label: 'Bank BRI' }));
    vi.useRealTimers();
    await new Promise((r) => setTimeout(r, 1600));
    const copy = path.join(env.root, 'copy-by-usb.sentra');
    fs.copyFileSync(file, copy); // the file alone, as a person copies it
    const db = new Database(copy, { readonly: true });
    try {
      expect(db.prepare("SELECT label FROM nodes WHERE id = 'n4'").get()).toEqual({ label: 'Bank BRI' });
    } finally {
      db.close();
    }
  });
});
