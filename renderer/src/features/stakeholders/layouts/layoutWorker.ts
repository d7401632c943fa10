import { computeLayout } from '../../../../../shared/domain/stakeholders/layouts/computeLayout';
import type { LayoutReply, LayoutRequest } from './layoutMessages';

/** The layout worker: one request in, progress and the positions out, so no frame waits for the force layout. */
const scope = self as unknown as { onmessage: ((e: MessageEvent<LayoutRequest>) => void) | null; postMessage: (reply: LayoutReply) => void };

scope.onmessage = (e) => {
  const { layout, actors, ties } = e.data;
  try {
    const positions = computeLayout(layout, actors, ties, undefined, { onProgress: (done) => scope.postMessage({ kind: 'progress', done }) });
    scope.postMessage({ kind: 'done', positions });
  } catch (err) {
    scope.postMessage({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
  }
};
