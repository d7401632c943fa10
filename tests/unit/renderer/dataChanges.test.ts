import { describe, expect, it } from 'vitest';
import { concerns, onDataChange, publishChange, type DataChange } from '../../../renderer/src/app/dataChanges';

const undo = (changed: Record<string, string[]>): DataChange => ({ kind: 'rows', changed, source: 'history' });
const write = (changed: Record<string, string[]>): DataChange => ({ kind: 'rows', changed, source: 'write' });

describe('which screens a change reloads', () => {
  it('reloads a screen after an undo only when the undo touched a table it shows', () => {
    expect(concerns(undo({ clusters: ['a'] }), ['clusters'], false)).toBe(true);
    expect(concerns(undo({ clusters: ['a'] }), ['program'], false)).toBe(false);
    expect(concerns(undo({ nodes: ['n1'], edges: ['e1'] }), ['edges'], false)).toBe(true);
  });

  it('leaves a form alone after its own write, but refreshes a list that asked for writes too', () => {
    expect(concerns(write({ clusters: ['a'] }), ['clusters'], false)).toBe(false);
    expect(concerns(write({ clusters: ['a'] }), ['clusters'], true)).toBe(true);
  });

  it('reloads everything when another workspace opens', () => {
    expect(concerns({ kind: 'all' }, ['program'], false)).toBe(true);
  });

  it('tells every listener until it unsubscribes', () => {
    const seen: DataChange[] = [];
    const stop = onDataChange((c) => seen.push(c));
    publishChange(undo({ clusters: ['a'] }));
    stop();
    publishChange({ kind: 'all' });
    expect(seen).toEqual([undo({ clusters: ['a'] })]);
  });
});
