import { computeResults } from '../results/computeResults';
import type { CellResult, SelectionInput, WeightOverrides } from '../results/types';
import { groupSensitivity } from './groupSensitivity';
import { linearModel } from './linearModel';
import type { SensitivityResult } from './types';

const cellKey = (clusterId: string, criterionId: string) => `${clusterId}\u0000${criterionId}`;

/** Cells nobody scored: the search refuses them, since a missing score is neither zero nor the best. */
export function unscoredCells(cells: readonly CellResult[]): number {
  return cells.reduce((n, c) => n + (c.value === null ? 1 : 0), 0);
}

/**
 * How robust each group's selection is to the weights (issue 8, "Sensitivity"): for every weight
 * of a dimension or criterion that counts, the factors within which the selection stays
 * (stability intervals), and per group the smallest single-weight change that alters it.
 * Computed around the weights as given (the rubric's, replaced by `overrides`: the sliders).
 *
 * Refused (ok: false) for input that gives no results (the results' first problem), when any cell
 * is unscored (`selectionExplain.refused.unscored`: a change "needed" against a missing score
 * would be invented), and when every weight is zero (`selectionExplain.refused.noWeight`).
 */
export function sensitivity(input: SelectionInput, overrides: WeightOverrides = {}): SensitivityResult {
  const results = computeResults(input, overrides);
  if (!results.ok) return { ok: false, problem: results.problems[0]! };
  const unscored = unscoredCells(results.cells);
  if (unscored > 0) return { ok: false, problem: { code: 'selectionExplain.refused.unscored', params: { count: unscored } } };
  const values = new Map(results.cells.map((c) => [cellKey(c.clusterId, c.criterionId), c.value!]));
  const model = linearModel(
    input.rubric,
    overrides,
    results.clusters.map((c) => c.clusterId),
    (clusterId, criterionId) => values.get(cellKey(clusterId, criterionId))!,
  );
  if (!model) return { ok: false, problem: { code: 'selectionExplain.refused.noWeight', params: {} } };
  return { ok: true, groups: results.groups.map((g) => groupSensitivity(model, g, input.rule)) };
}
