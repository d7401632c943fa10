import { useEffect, useMemo, useRef, useState } from 'react';
import type { SelectionInput, WeightOverrides } from '../../../../../shared/domain/selection/results/types';
import { sensitivity } from '../../../../../shared/domain/selection/sensitivity/sensitivity';
import type { SensitivityResult } from '../../../../../shared/domain/selection/sensitivity/types';
import { SensitivityClient } from './sensitivityClient';

/** The sensitivity of the weights shown, computed off the UI thread; `pending` while it is being recomputed. */
export interface SensitivityState {
  result: SensitivityResult | null;
  pending: boolean;
}

/** A slider drag sends many values: wait this long for the weights to settle before asking. */
const SETTLE_MS = 150;

/** Whether an answer for `a` may stand in while `b`'s is awaited: the same groups (another session's would mislead). */
const sameGroups = (a: SelectionInput, b: SelectionInput) => a.groups.length === b.groups.length && a.groups.every((g, i) => g.id === b.groups[i]!.id);

function startClient(): SensitivityClient {
  return new SensitivityClient(
    () => (typeof Worker === 'undefined' ? null : new Worker(new URL('./sensitivityWorker.ts', import.meta.url), { type: 'module' })),
    // Only if the worker cannot load.
    (input, overrides) => Promise.resolve(sensitivity(input, overrides)),
  );
}

/**
 * The sensitivity of `input` under `overrides`, from a Web Worker. Overrides that are equal in
 * value (a new object from a re-render) compute nothing; a change waits a moment, then asks the
 * worker, and an answer for weights that have changed since is dropped. While a new answer is
 * awaited the last one for the same groups stays shown, with `pending` set. Null input (hidden scores, invalid
 * results) shows nothing.
 */
export function useSensitivity(input: SelectionInput | null, overrides: WeightOverrides): SensitivityState {
  const weightsKey = useMemo(() => JSON.stringify(overrides), [overrides]);
  // Keep the same overrides object while its values are the same (React's "adjust state while
  // rendering" pattern), so the effect below runs only on real changes.
  const [weights, setWeights] = useState({ key: weightsKey, overrides });
  if (weights.key !== weightsKey) setWeights({ key: weightsKey, overrides });

  const [answer, setAnswer] = useState<{ input: SelectionInput; key: string; result: SensitivityResult | null } | null>(null);
  const client = useRef<SensitivityClient | null>(null);
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
      client.current?.compute(input, weights.overrides).then(
        (result) => current && setAnswer({ input, key: weights.key, result }),
        (error: unknown) => {
          // A failure is a bug, not a state to show: log it and stop saying "pending".
          console.error(error);
          if (current) setAnswer({ input, key: weights.key, result: null });
        },
      );
    }, SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [input, weights]);

  if (!input) return { result: null, pending: false };
  const shown = answer && sameGroups(answer.input, input) ? answer.result : null;
  return { result: shown, pending: answer?.input !== input || answer.key !== weights.key };
}
