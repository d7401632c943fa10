import type { SelectionInput, WeightOverrides } from '../../../../../shared/domain/selection/results/types';
import type { SensitivityResult } from '../../../../../shared/domain/selection/sensitivity/types';

/**
 * A request to the sensitivity worker; `id` ties the answer to it. The input (up to 60,000
 * scores) is sent only when it differs from the one the worker holds, so moving a slider posts
 * just the weights and the worker keeps its cached cell table.
 */
export interface SensitivityRequest {
  id: number;
  input?: SelectionInput;
  overrides: WeightOverrides;
}
export type SensitivityResponse = { id: number; result: SensitivityResult } | { id: number; error: string };

/** The little of a Web Worker the client uses (so it can be tested without a browser). */
export interface SensitivityWorkerLike {
  postMessage(request: SensitivityRequest): void;
  terminate(): void;
  addEventListener(type: 'message', listener: (event: { data: SensitivityResponse }) => void): void;
  addEventListener(type: 'error', listener: () => void): void;
}

/** Computes on the calling thread: used only when the worker could not load. */
export type ComputeHere = (input: SelectionInput, overrides: WeightOverrides) => Promise<SensitivityResult>;

interface Job {
  input: SelectionInput;
  overrides: WeightOverrides;
  resolve: (r: SensitivityResult) => void;
  reject: (e: Error) => void;
}

/**
 * Sends sensitivity requests to one worker, one at a time, latest wins: while the worker
 * computes, a newer request replaces any waiting one, whose promise never settles (its weights
 * are gone). Answers are matched by request id. If the worker fails to load, the waiting and
 * later requests are computed by `computeHere` instead.
 */
export class SensitivityClient {
  private nextId = 1;
  private running: (Job & { id: number }) | null = null;
  private waiting: Job | null = null;
  private worker: SensitivityWorkerLike | null;
  /** The input the worker holds. */
  private sentInput: SelectionInput | null = null;

  constructor(
    makeWorker: () => SensitivityWorkerLike | null,
    private readonly computeHere: ComputeHere,
  ) {
    this.worker = makeWorker();
    if (this.worker) {
      this.worker.addEventListener('message', ({ data }) => this.answered(data));
      // A worker that cannot load (a missing chunk, a strict policy) reports an error event.
      this.worker.addEventListener('error', () => this.fallBack());
    }
  }

  /** The sensitivity of `input` under `overrides`; a later call before this one is sent makes this one never settle. */
  compute(input: SelectionInput, overrides: WeightOverrides): Promise<SensitivityResult> {
    return new Promise((resolve, reject) => {
      this.waiting = { input, overrides, resolve, reject };
      this.sendNext();
    });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.running = null;
    this.waiting = null;
  }

  private sendNext(): void {
    if (this.running || !this.waiting) return;
    const job = this.waiting;
    this.waiting = null;
    if (!this.worker) {
      this.computeHere(job.input, job.overrides).then(job.resolve, job.reject);
      return;
    }
    this.running = { ...job, id: this.nextId++ };
    const fresh = job.input !== this.sentInput;
    this.sentInput = job.input;
    this.worker.postMessage({ id: this.running.id, overrides: job.overrides, ...(fresh ? { input: job.input } : {}) });
  }

  private answered(response: SensitivityResponse): void {
    const running = this.running;
    if (!running || response.id !== running.id) return;
    this.running = null;
    if ('result' in response) running.resolve(response.result);
    else running.reject(new Error(response.error));
    this.sendNext();
  }

  private fallBack(): void {
    this.worker?.terminate();
    this.worker = null;
    this.sentInput = null;
    const running = this.running;
    this.running = null;
    if (running) this.computeHere(running.input, running.overrides).then(running.resolve, running.reject);
    this.sendNext();
  }
}
