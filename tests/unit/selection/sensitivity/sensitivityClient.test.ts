import { describe, expect, it, vi } from 'vitest';
import type { SelectionInput } from '../../../../shared/domain/selection/results/types';
import type { SensitivityResult } from '../../../../shared/domain/selection/sensitivity/types';
import {
  SensitivityClient,
  type SensitivityRequest,
  type SensitivityResponse,
  type SensitivityWorkerLike,
} from '../../../../renderer/src/features/selection/sensitivity/sensitivityClient';
import { handInput, s3, threeDims } from './handInput';

/** A worker that records requests and answers when told. */
class FakeWorker implements SensitivityWorkerLike {
  sent: SensitivityRequest[] = [];
  private onMessage: (event: { data: SensitivityResponse }) => void = () => {};
  private onError: () => void = () => {};
  postMessage(request: SensitivityRequest) {
    this.sent.push(request);
  }
  terminate() {}
  addEventListener(type: 'message' | 'error', listener: never) {
    if (type === 'message') this.onMessage = listener;
    else this.onError = listener;
  }
  answer(id: number, code: string) {
    this.onMessage({ data: { id, result: { ok: false, problem: { code, params: {} } } } });
  }
  fail() {
    this.onError();
  }
}

const codeOf = (r: SensitivityResult) => (r.ok ? 'ok' : r.problem.code);
const flush = () => new Promise((r) => setTimeout(r, 0));
const input: SelectionInput = handInput(threeDims, [{ name: 'X', scores: s3(1, 2, 3) }]);
const w = (d1: number) => ({ dimensions: { D1: d1 } });

describe('SensitivityClient', () => {
  it('sends one request at a time, the latest waiting one next, and drops replaced ones', async () => {
    const worker = new FakeWorker();
    const client = new SensitivityClient(
      () => worker,
      () => Promise.reject(new Error('not used')),
    );
    const got: string[] = [];
    void client.compute(input, w(1)).then((r) => got.push(codeOf(r)));
    void client.compute(input, w(2)).then((r) => got.push(codeOf(r)));
    void client.compute(input, w(3)).then((r) => got.push(codeOf(r)));
    expect(worker.sent.map((r) => r.overrides)).toEqual([w(1)]);
    worker.answer(worker.sent[0]!.id + 99, 'stray');
    worker.answer(worker.sent[0]!.id, 'A');
    expect(worker.sent.map((r) => r.overrides)).toEqual([w(1), w(3)]);
    worker.answer(worker.sent[1]!.id, 'C');
    await flush();
    expect(got).toEqual(['A', 'C']);
  });

  it('sends the input only when it changed: a slider move posts just the weights', () => {
    const worker = new FakeWorker();
    const client = new SensitivityClient(
      () => worker,
      () => Promise.reject(new Error('not used')),
    );
    void client.compute(input, w(1));
    worker.answer(worker.sent[0]!.id, 'A');
    void client.compute(input, w(2));
    worker.answer(worker.sent[1]!.id, 'B');
    const other = { ...input };
    void client.compute(other, w(2));
    expect(worker.sent.map((r) => r.input)).toEqual([input, undefined, other]);
  });

  it('computes on the calling thread when the worker cannot load', async () => {
    const worker = new FakeWorker();
    const here = vi.fn(() => Promise.resolve<SensitivityResult>({ ok: true, groups: [] }));
    const client = new SensitivityClient(() => worker, here);
    const first = client.compute(input, w(1));
    worker.fail();
    expect(await first).toEqual({ ok: true, groups: [] });
    expect(await client.compute(input, w(2))).toEqual({ ok: true, groups: [] });
    expect(worker.sent).toHaveLength(1);
    expect(here).toHaveBeenCalledTimes(2);
  });
});
