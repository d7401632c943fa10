import { useEffect, useMemo, useState } from 'react';
import { compareMaps } from '../../../../../shared/domain/stakeholders/compare/compareMaps';
import type { MapState } from '../../../../../shared/domain/stakeholders/compare/types';
import type { Snapshot, StakeholderMap } from '../../../../../shared/domain/stakeholders/schemas';
import type { MapMetricsState } from '../metrics/useMapMetrics';
import { call } from '../../../app/client';
import { notifyError } from '../../../app/notify';

/** The choice that stands for the live map rather than a snapshot. */
export const NOW = 'now';

/**
 * Two states of a map and what changed between them. Snapshots are frozen, so each is loaded once
 * and kept while the screen is open; the live map is the page's own, so edits show at once.
 * Given the page's metrics of the live map (from its worker), the comparison waits for them rather
 * than computing the live map's betweenness again on the UI thread.
 */
export function useComparison(beforeId: string | null, afterId: string | null, map: StakeholderMap, live?: MapMetricsState) {
  const [loaded, setLoaded] = useState<Record<string, Snapshot>>({});
  useEffect(() => {
    let live = true;
    for (const id of [beforeId, afterId]) {
      if (!id || id === NOW || loaded[id]) continue;
      call('stakeholders.snapshots.get', { id }).then((s) => live && setLoaded((l) => ({ ...l, [id]: s })), notifyError);
    }
    return () => {
      live = false;
    };
  }, [beforeId, afterId, loaded]);

  const stateOf = (id: string | null): MapState | null => (id === NOW ? map : id ? (loaded[id] ?? null) : null);
  const before = stateOf(beforeId);
  const after = stateOf(afterId);
  const nowMetrics = live && !live.pending ? (live.metrics ?? undefined) : undefined;
  // Metrics that never come (no worker, an error) do not hold the comparison up: it computes them.
  const waiting = live?.pending === true && (beforeId === NOW || afterId === NOW);
  const comparison = useMemo(() => {
    if (!before || !after || before === after || waiting) return null;
    return compareMaps(before, after, { before: beforeId === NOW ? nowMetrics : undefined, after: afterId === NOW ? nowMetrics : undefined });
  }, [before, after, waiting, beforeId, afterId, nowMetrics]);
  return { before, after, comparison };
}
