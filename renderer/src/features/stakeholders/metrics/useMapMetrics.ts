import { useEffect, useMemo, useRef, useState } from 'react';
import { computeMapMetrics } from '../../../../../shared/domain/stakeholders/metrics/computeMapMetrics';
import type { MapMetrics } from '../../../../../shared/domain/stakeholders/metrics/types';
import type { StakeholderMap } from '../../../../../shared/domain/stakeholders/schemas';
import { MetricsClient } from './metricsClient';
import { type MetricsInput, metricsInputOf, sameMetricsInput } from './metricsInput';

/** The metrics of the map shown, computed off the UI thread; `pending` while they are being recomputed. */
export interface MapMetricsState {
  metrics: MapMetrics | null;
  pending: boolean;
}

/** Edits come in bursts (a drag, undo pressed repeatedly): wait this long for the map to settle. */
const DEBOUNCE_MS = 150;

function startClient(): MetricsClient {
  return new MetricsClient(
    () => (typeof Worker === 'undefined' ? null : new Worker(new URL('./metricsWorker.ts', import.meta.url), { type: 'module' })),
    // Only if the worker cannot load (the snapshot comparison has the metrics in the main bundle anyway).
    (input) => Promise.resolve(computeMapMetrics(input)),
  );
}

/**
 * The metrics of `map`, from a Web Worker. A new map object whose actors and ties are the same
 * for the metrics (a move, a notes edit) computes nothing; a changed one waits a moment, then asks
 * the worker, and an answer for a map that has changed since is dropped. While a new answer is
 * awaited the last metrics of the same cluster stay shown, with `pending` set.
 */
export function useMapMetrics(map: StakeholderMap | null): MapMetricsState {
  const built = useMemo(() => (map ? metricsInputOf(map) : null), [map]);
  // Keep the same input object while nothing the metrics read has changed (React's "adjust state
  // while rendering" pattern), so the effect below runs only on real changes.
  const [input, setInput] = useState<MetricsInput | null>(built);
  if (built !== input && !(built && input && sameMetricsInput(built, input))) setInput(built);

  const [result, setResult] = useState<{ input: MetricsInput; metrics: MapMetrics | null } | null>(null);
  const client = useRef<MetricsClient | null>(null);
  useEffect(() => {
    const started = startClient();
    client.current = started;
    return () => {
      started.dispose();
      client.current = null;
    };
  }, []);

  useEffect(() => {
    if (!input) return;
    let current = true;
    const timer = setTimeout(() => {
      client.current?.compute(input).then(
        (metrics) => current && setResult({ input, metrics }),
        (error: unknown) => {
          // A failure is a bug, not a state to show: log it and stop saying "pending".
          console.error(error);
          if (current) setResult({ input, metrics: null });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [input]);

  if (!input) return { metrics: null, pending: false };
  const sameCluster = result !== null && result.input.clusterId === input.clusterId;
  return { metrics: sameCluster ? result.metrics : null, pending: result?.input !== input };
}
