import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../electron/services/createServices';
import { INTERCHANGE_FORMAT, INTERCHANGE_VERSION } from '../../shared/domain/workspace/interchange';
import { emptyProgram } from '../../shared/domain/clusters/schemas';
import { emptyStakeholdersSection } from '../../shared/domain/stakeholders/interchange';
import { emptySelectionSection } from '../../shared/domain/selection/interchange';
import { emptySwotSection } from '../../shared/domain/swot/interchange';
import { emptyPlanSection } from '../../shared/domain/plan/interchange';
import { errorCode, sampleCluster, useTempServices } from './helpers';

const env = useTempServices();

function bigDocument(n: number): string {
  const stamp = '2026-01-01T00:00:00.000Z';
  return JSON.stringify({
    format: INTERCHANGE_FORMAT,
    formatVersion: INTERCHANGE_VERSION,
    exportedAt: stamp,
    appVersion: '0.1.0',
    program: { ...emptyProgram(), name: 'Impor besar' },
    clusters: Array.from({ length: n }, (_, i) => ({ ...sampleCluster(`Sentra ${i}`), id: `c${i}`, createdAt: stamp, updatedAt: stamp })),
    ...emptyStakeholdersSection(),
    ...emptySelectionSection(),
    ...emptySwotSection(),
    ...emptyPlanSection(),
  });
}

describe('importing on a worker thread', () => {
  it('answers other calls while a large import runs, and then opens the new workspace', async () => {
    const order: string[] = [];
    const importing = invoke(env.services, 'workspace.importJson', { json: bigDocument(20_000), path: path.join(env.root, 'besar') }).then((s) => {
      order.push('import');
      return s;
    });
    // Give the import a head start into its work, then ask something small.
    await new Promise((r) => setTimeout(r, 50));
    await invoke(env.services, 'app.info', {});
    order.push('info');
    const summary = await importing;
    expect(order).toEqual(['info', 'import']);
    expect(summary.fileName).toBe('besar.sentra');
    expect(await invoke(env.services, 'clusters.list', {})).toHaveLength(20_000);
  });

  it('reports a refused document in the user’s terms, from the worker', async () => {
    const doc = JSON.parse(bigDocument(1)) as { clusters: Record<string, unknown>[] };
    const bad = JSON.stringify({ ...doc, clusters: [{ ...doc.clusters[0], kbli: 'abc' }] });
    const e = await errorCode(() => invoke(env.services, 'workspace.importJson', { json: bad, path: path.join(env.root, 'buruk') }));
    expect(e).toMatchObject({ code: 'badInterchange', params: { where: 'validation.whereClusterNamed', row: '1', detail: 'validation.kbli' } });
  });
});
