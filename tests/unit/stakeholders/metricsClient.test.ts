import { describe, expect, it, vi } from 'vitest';
import type { MapMetrics } from '../../../shared/domain/stakeholders/metrics/types';
import type { StakeholderMap } from '../../../shared/domain/stakeholders/schemas';
import {
  MetricsClient,
  type MetricsRequest,
  type MetricsResponse,
  type MetricsWorkerLike,
} from '../../../renderer/src/features/stakeholders/metrics/metricsClient';
import { mapActor } from './mapRecords';
import { type MetricsInput, metricsInputOf, sameMetricsInput } from '../../../renderer/src/features/stakeholders/metrics/metricsInput';

/** A worker that records requests and answers when told. */
class FakeWorker implements MetricsWorkerLike {
  sent: MetricsRequest[] = [];
  private onMessage: (event: { data: MetricsResponse }) => void = () => {};
  private onError: () => void = () => {};
  postMessage(request: MetricsRequest) {
    this.sent.push(request);
  }
  terminate() {}
  addEventListener(type: 'message' | 'error', listener: never) {
    if (type === 'message') this.onMessage = listener;
    else this.onError = listener;
  }
  answer(id: number, label: string) {
    this.onMessage({ data: { id, metrics: { label } as unknown as MapMetrics } });
  }
  fail() {
    this.onError();
  }
}

const input = (clusterId: string): MetricsInput => ({ clusterId, actors: [], ties: [], directed: false });
const label = (m: MapMetrics) => (m as unknown as { label: string }).label;
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('MetricsClient', () => {
  it('sends one request at a time, the latest waiting one next, and drops replaced ones', async () => {
    const worker = new FakeWorker();
    const client = new MetricsClient(
      () => worker,
      () => Promise.reject(new Error('not used')),
    );
    const got: string[] = [];
    void client.compute(input('a')).then((m) => got.push(label(m)));
    void client.compute(input('b')).then((m) => got.push(label(m)));
    void client.compute(input('c')).then((m) => got.push(label(m)));
    expect(worker.sent.map((r) => r.input.clusterId)).toEqual(['a']);
    worker.answer(worker.sent[0]!.id + 99, 'stray');
    worker.answer(worker.sent[0]!.id, 'A');
    expect(worker.sent.map((r) => r.input.clusterId)).toEqual(['a', 'c']);
    worker.answer(worker.sent[1]!.id, 'C');
    await flush();
    expect(got).toEqual(['A', 'C']);
  });

  it('computes on the calling thread when the worker cannot load', async () => {
    const worker = new FakeWorker();
    const here = vi.fn((i: MetricsInput) => Promise.resolve({ label: `here ${i.clusterId}` } as unknown as MapMetrics));
    const client = new MetricsClient(() => worker, here);
    const first = client.compute(input('a'));
    worker.fail();
    expect(label(await first)).toBe('here a');
    expect(label(await client.compute(input('b')))).toBe('here b');
    expect(worker.sent).toHaveLength(1);
  });

  it('without Worker support computes on the calling thread', async () => {
    const client = new MetricsClient(
      () => null,
      (i) => Promise.resolve({ label: i.clusterId } as unknown as MapMetrics),
    );
    expect(label(await client.compute(input('x')))).toBe('x');
  });
});

describe('metrics input', () => {
  const map: StakeholderMap = {
    clusterId: 'c',
    settings: { directed: false, layout: 'free' },
    actors: [mapActor('a', { name: 'A', influence: 1, interest: 1, createdAt: '', updatedAt: '' })],
    ties: [],
  };

  it('ignores positions and notes, sees names, kinds and settings', () => {
    const base = metricsInputOf(map);
    const moved = { ...map, actors: map.actors.map((a) => ({ ...a, x: 300, notes: 'baru' })) };
    expect(sameMetricsInput(base, metricsInputOf(moved))).toBe(true);
    const renamed = { ...map, actors: map.actors.map((a) => ({ ...a, name: 'B' })) };
    expect(sameMetricsInput(base, metricsInputOf(renamed))).toBe(false);
    expect(sameMetricsInput(base, metricsInputOf({ ...map, settings: { directed: true, layout: 'free' } }))).toBe(false);
  });
});
