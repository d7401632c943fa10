import type { MapMetrics } from '../../../../../shared/domain/stakeholders/metrics/types';
import type { MetricsInput } from './metricsInput';

/** A request to the metrics worker; `id` ties the answer to it. */
export interface MetricsRequest {
  id: number;
  input: MetricsInput;
}
export type MetricsResponse = { id: number; metrics: MapMetrics } | { id: number; error: string };

/** The little of a Web Worker the client uses (so it can be tested without a browser). */
export interface MetricsWorkerLike {
  postMessage(request: MetricsRequest): void;
  terminate(): void;
  addEventListener(type: 'message', listener: (event: { data: MetricsResponse }) => void): void;
  addEventListener(type: 'error', listener: () => void): void;
}

/** Computes on the calling thread: used only when the worker could not load. */
export type ComputeHere = (input: MetricsInput) => Promise<MapMetrics>;

/**
 * Sends metrics requests to one worker, one at a time, latest wins: while the worker computes, a
 * newer request replaces any waiting one, whose promise never settles (its map is gone). Answers
 * are matched by request id. If the worker fails to load, the waiting and later requests are
 * computed by `computeHere` instead.
 */
export class MetricsClient {
  private nextId = 1;
  private running: { id: number; input: MetricsInput; resolve: (m: MapMetrics) => void; reject: (e: Error) => void } | null = null;
  private waiting: { input: MetricsInput; resolve: (m: MapMetrics) => void; reject: (e: Error) => void } | null = null;
  private worker: MetricsWorkerLike | null;

  constructor(
    makeWorker: () => MetricsWorkerLike | null,
    private readonly computeHere: ComputeHere,
  ) {
    this.worker = makeWorker();
    if (this.worker) {
      this.worker.addEventListener('message', ({ data }) => this.answered(data));
      // A worker that cannot load (a missing chunk, a strict policy) reports an error event.
      this.worker.addEventListener('error', () => this.fallBack());
    }
  }

  /** The metrics of `input`; a later call before this one is sent makes this one never settle. */
  compute(input: MetricsInput): Promise<MapMetrics> {
    return new Promise((resolve, reject) => {
      this.waiting = { input, resolve, reject };
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
    const { input, resolve, reject } = this.waiting;
    this.waiting = null;
    if (!this.worker) {
      this.computeHere(input).then(resolve, reject);
      return;
    }
    this.running = { id: this.nextId++, input, resolve, reject };
    this.worker.postMessage({ id: this.running.id, input });
  }

  private answered(response: MetricsResponse): void {
    const running = this.running;
    if (!running || response.id !== running.id) return;
    this.running = null;
    if ('metrics' in response) running.resolve(response.metrics);
    else running.reject(new Error(response.error));
    this.sendNext();
  }

  private fallBack(): void {
    this.worker?.terminate();
    this.worker = null;
    const running = this.running;
    this.running = null;
    if (running) this.computeHere(running.input).then(running.resolve, running.reject);
    this.sendNext();
  }
}
