import { useMemo } from 'react';
import { computeResults } from '../../../../../shared/domain/selection/results/computeResults';
import { toSelectionInput } from '../../../../../shared/domain/selection/results/toSelectionInput';
import type { SessionState } from '../../../../../shared/domain/selection/schemas';

/**
 * The session's results with the rubric's own weights, computed here from the session as the
 * service showed it (the same functions the CLI and the exports use). Recomputed only when the
 * session changes: the grid, the results and the sensitivity tabs read the same object.
 */
export function useSessionResults(state: SessionState) {
  const input = useMemo(() => toSelectionInput(state), [state]);
  const results = useMemo(() => computeResults(input), [input]);
  return { input, results };
}
