/*
 * The metrics worker: betweenness of a large map takes a few hundred milliseconds, so it runs here
 * and no frame of the canvas waits for it.
 */
import { computeMapMetrics } from '../../../../../shared/domain/stakeholders/metrics/computeMapMetrics';
import type { MetricsRequest, MetricsResponse } from './metricsClient';

const scope = self as unknown as { onmessage: ((event: MessageEvent<MetricsRequest>) => void) | null; postMessage(response: MetricsResponse): void };

scope.onmessage = ({ data: { id, input } }) => {
  try {
    scope.postMessage({ id, metrics: computeMapMetrics(input) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
