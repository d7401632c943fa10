/**
 * Edits of a large stakeholder map through dispatch (`services.call`: name check, zod, handler,
 * undo record, commit), as the transports make them: issue 7's "an edit commits in ≤ 5 ms" on a
 * map of 2,000 actors and 5,000 ties, and moving all 2,000 actors in one step.
 */
import { performance } from 'node:perf_hooks';
import { emptyClusterFields } from '../../../shared/domain/clusters/schemas';
import { tieTypes } from '../../../shared/domain/stakeholders/codes';
import { insertActor, placeActor } from '../../../electron/services/stakeholders/actorRepository';
import { insertTie } from '../../../electron/services/stakeholders/tieRepository';
import { seededRandom, syntheticMap } from '../../support/syntheticMap';
import type { BenchFigure } from './BenchFigure';
import { benchServices } from './benchServices';

const ACTORS = 2000;
const TIES = 5000;
const EDITS = 200;
const CLIENT = { clientId: 'bench-map' };

function summary(ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
  return `median ${at(0.5).toFixed(2)} ms · p95 ${at(0.95).toFixed(2)} ms (n=${s.length})`;
}

/** Figures for single edits and a 2,000-actor move on the synthetic 2,000 / 5,000 map. */
export async function benchMapEdits(): Promise<BenchFigure[]> {
  const { base, services, call, dispose } = benchServices('sentra-bench-map-', CLIENT.clientId);
  const timed = async (fn: () => Promise<unknown>): Promise<number> => {
    const t0 = performance.now();
    await fn();
    return performance.now() - t0;
  };

  try {
    await call('workspace.create', { dir: base, fileName: 'map-bench', programName: 'Bench' });
    const clusterId = (await call('clusters.create', emptyClusterFields('Sentra Bench'))).id;
    // The map is filled in one edit through the repositories, as an import would; the edits below go through dispatch.
    const synthetic = syntheticMap(ACTORS, TIES);
    const ids = services.registry.current(CLIENT.clientId).edit({ key: 'history.bench', params: {} }, (w) => {
      const made = synthetic.actors.map((fields, i) => {
        const id = insertActor(w, fields);
        placeActor(w, clusterId, id, (i % 50) * 80, Math.floor(i / 50) * 80);
        return id;
      });
      for (const t of synthetic.ties) insertTie(w, clusterId, { ...t, from: made[t.from]!, to: made[t.to]! });
      return made;
    });

    const rnd = seededRandom(11);
    const any = () => ids[Math.floor(rnd() * ids.length)]!;
    const moves: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      moves.push(await timed(() => call('stakeholders.positions.set', { clusterId, positions: [{ actorId: any(), x: rnd() * 4000, y: rnd() * 4000 }] })));
    }
    const connects: number[] = [];
    while (connects.length < EDITS) {
      const fields = { from: any(), to: any(), type: tieTypes[Math.floor(rnd() * tieTypes.length)]!, directed: false, strength: 3, trust: null, formal: false };
      const input = { clusterId, fields: { ...fields, since: null, notes: '' } };
      const t0 = performance.now();
      const r = await services.call('stakeholders.ties.create', input, CLIENT);
      // A random pair may already be tied or be one actor: those refusals are not the edit measured.
      if (r.ok) connects.push(performance.now() - t0);
    }
    const map = await call('stakeholders.map', { clusterId });
    const changes: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const { id, createdAt: _c, updatedAt: _u, x: _x, y: _y, ...fields } = map.actors[(i * 7) % map.actors.length]!;
      changes.push(await timed(() => call('stakeholders.actors.update', { id, fields: { ...fields, notes: `Kunjungan ${i}` } })));
    }
    const all: number[] = [];
    const undos: number[] = [];
    for (let round = 0; round < 5; round++) {
      const positions = ids.map((actorId, i) => ({ actorId, x: (i % 50) * 80 + round * 10, y: Math.floor(i / 50) * 80 }));
      all.push(await timed(() => call('stakeholders.positions.set', { clusterId, positions })));
      undos.push(await timed(() => call('workspace.undo', {})));
    }

    const on = `${ACTORS.toLocaleString('en')} actors / ${TIES.toLocaleString('en')} ties, via dispatch incl. commit`;
    return [
      { measure: `Move one actor (stakeholders.positions.set), ${on}`, figure: summary(moves), target: '≤ 5 ms' },
      { measure: `Connect two actors (stakeholders.ties.create), ${on}`, figure: summary(connects), target: '≤ 5 ms' },
      { measure: `Change an actor's field (stakeholders.actors.update), ${on}`, figure: summary(changes), target: '≤ 5 ms' },
      { measure: `Move all ${ACTORS.toLocaleString('en')} actors in one step (stakeholders.positions.set)`, figure: summary(all), target: '' },
      { measure: `  its undo (workspace.undo)`, figure: summary(undos), target: '' },
    ];
  } finally {
    await dispose();
  }
}
