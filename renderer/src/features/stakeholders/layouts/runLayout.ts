import type { Layout, Position, StakeholderMap } from '../../../../../shared/domain/stakeholders/schemas';
import type { LayoutReply, LayoutRequest } from './layoutMessages';

/** The error a layout run rejects with when a newer run (or cancelLayout) replaced it. */
export class LayoutCancelled extends Error {
  constructor() {
    super('layout cancelled');
    this.name = 'LayoutCancelled';
  }
}

let running: { worker: Worker; reject: (e: Error) => void } | null = null;

/** Stops the layout in progress, if any; its promise rejects with LayoutCancelled. */
export function cancelLayout(): void {
  if (!running) return;
  running.worker.terminate();
  running.reject(new LayoutCancelled());
  running = null;
}

/**
 * Lays the map out in a Web Worker and resolves with one position per actor (centres, map units).
 * Starting a run cancels the one before, whose promise rejects with LayoutCancelled. `onProgress`
 * hears the share done (0–1) of the force layout. `free` keeps the positions and needs no worker.
 */
export function runLayout(layout: Layout, map: StakeholderMap, onProgress?: (done: number) => void): Promise<Position[]> {
  cancelLayout();
  if (layout === 'free') return Promise.resolve(map.actors.map((a) => ({ actorId: a.id, x: a.x, y: a.y })));
  const worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
  return new Promise<Position[]>((resolve, reject) => {
    const run = { worker, reject };
    running = run;
    const finish = () => {
      worker.terminate();
      if (running === run) running = null;
    };
    worker.onmessage = (e: MessageEvent<LayoutReply>) => {
      const reply = e.data;
      if (reply.kind === 'progress') {
        onProgress?.(reply.done);
        return;
      }
      finish();
      if (reply.kind === 'done') resolve(reply.positions);
      else reject(new Error(reply.message));
    };
    worker.onerror = (e) => {
      finish();
      reject(new Error(e.message));
    };
    const request: LayoutRequest = { layout, actors: map.actors, ties: map.ties };
    worker.postMessage(request);
  });
}
