import { rubricSchema } from '../schemas';
import { allCriteria } from './effectiveRubric';
import type { SelectionInput, SelectionProblem, WeightOverrides } from './types';

/** Problems are reported up to this many: enough to fix a file, not a flood. */
export const PROBLEMS_MAX = 50;

const problem = (code: string, params: SelectionProblem['params'] = {}): SelectionProblem => ({ code, params });

function rubricProblems(input: SelectionInput): SelectionProblem[] {
  const parsed = rubricSchema.safeParse(input.rubric);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => {
    const d = typeof i.path[1] === 'number' ? input.rubric.dimensions[i.path[1]] : undefined;
    const extra = (i as { params?: Record<string, string | number> }).params ?? {};
    return problem('selectionIo.problems.rubric', { ...extra, where: d?.name ?? input.rubric.name, reason: i.message });
  });
}

function candidateProblems(input: SelectionInput): SelectionProblem[] {
  const out: SelectionProblem[] = [];
  const groups = new Set(input.groups.map((g) => g.id));
  const seen = new Set<string>();
  const used = new Set<string>();
  if (input.candidates.length === 0) out.push(problem('selectionIo.problems.noCandidates'));
  for (const c of input.candidates) {
    if (!groups.has(c.groupId)) out.push(problem('selectionIo.problems.unknownGroup', { cluster: c.name }));
    if (seen.has(c.clusterId)) out.push(problem('selectionIo.problems.duplicateCandidate', { cluster: c.name }));
    seen.add(c.clusterId);
    used.add(c.groupId);
  }
  for (const g of input.groups) if (!used.has(g.id)) out.push(problem('selectionIo.problems.emptyGroup', { group: g.name }));
  return out;
}

/** A score or consensus value: a finite number from 0 to the criterion's maximum. */
function valueProblem(value: number, cluster: string, criterion: { name: string; max: number }): SelectionProblem | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return problem('selectionIo.problems.scoreNotNumber', { cluster, criterion: criterion.name });
  if (value < 0) return problem('selectionIo.problems.scoreBelowZero', { cluster, criterion: criterion.name, value });
  if (value > criterion.max) return problem('selectionIo.problems.scoreAboveMax', { cluster, criterion: criterion.name, value, max: criterion.max });
  return null;
}

function scoreProblems(input: SelectionInput): SelectionProblem[] {
  const out: SelectionProblem[] = [];
  // Index maps and one flag per scorer × cell (consensus as one more scorer): no per-score strings.
  const clusters = new Map(input.candidates.map((c, i) => [c.clusterId, i]));
  const criteriaList = allCriteria(input.rubric);
  const criteria = new Map(criteriaList.map((c, j) => [c.id, j]));
  const scorers = new Map(input.scorers.map((s, k) => [s.id, k]));
  const slots = input.scorers.length + 1;
  const seen = new Uint8Array(input.candidates.length * criteriaList.length * slots);
  const check = (clusterId: string, criterionId: string, value: number, scorerId: string | null) => {
    const i = clusters.get(clusterId);
    const j = criteria.get(criterionId);
    const k = scorerId === null ? input.scorers.length : scorers.get(scorerId);
    if (i === undefined) out.push(problem('selectionIo.problems.unknownCluster', { cluster: clusterId }));
    if (j === undefined) out.push(problem('selectionIo.problems.unknownCriterion', { criterion: criterionId }));
    if (k === undefined) out.push(problem('selectionIo.problems.unknownScorer', { scorer: scorerId ?? '' }));
    if (i === undefined || j === undefined || k === undefined) return;
    const cluster = input.candidates[i]!.name;
    const criterion = criteriaList[j]!;
    const bad = valueProblem(value, cluster, criterion);
    if (bad) out.push(bad);
    // Two scores for one cell would make the result depend on which one is read.
    const at = (i * criteriaList.length + j) * slots + k;
    if (seen[at] === 1) out.push(problem('selectionIo.problems.duplicateScore', { cluster, criterion: criterion.name, scorer: input.scorers[k]?.name ?? '' }));
    seen[at] = 1;
  };
  for (const s of input.scores) {
    check(s.clusterId, s.criterionId, s.value, s.scorerId);
    if (out.length >= PROBLEMS_MAX) return out;
  }
  for (const c of input.consensus) check(c.clusterId, c.criterionId, c.value, null);
  return out;
}

/** The problems of what-if weights and switches: a weight that is not a number from 0 up, nothing left on. */
export function weightProblems(input: SelectionInput, overrides: WeightOverrides): SelectionProblem[] {
  const out: SelectionProblem[] = [];
  for (const [key, w] of [...Object.entries(overrides.dimensions ?? {}), ...Object.entries(overrides.criteria ?? {})]) {
    if (!Number.isFinite(w) || w < 0) out.push(problem('selectionIo.problems.badWeight', { key }));
  }
  // The rubric's own switches are its schema's to check; here only what the overrides switch off.
  const on = input.rubric.dimensions.some((d) => (d.optional ? (overrides.enabled?.[d.id] ?? d.enabled) : true));
  if (!on && input.rubric.dimensions.some((d) => d.enabled)) out.push(problem('selectionIo.problems.noDimensionOn'));
  return out;
}

function ruleProblems(input: SelectionInput): SelectionProblem[] {
  const r = input.rule;
  if (r.kind === 'topN' && !(Number.isInteger(r.n) && r.n >= 1)) return [problem('selectionIo.problems.badTopN', { value: r.n })];
  if (r.kind === 'threshold' && !(Number.isFinite(r.percent) && r.percent >= 0 && r.percent <= 100))
    return [problem('selectionIo.problems.badThreshold', { value: r.percent })];
  return [];
}

/**
 * Why an input cannot give results, as catalog keys of `selectionIo.problems` with their
 * parameters (names, not ids, where the input has them); empty when it can. Scores are
 * checked against the rubric (0 to the criterion's maximum, a finite number, one per scorer
 * and cell), candidates against the groups, the rubric against its schema (maxima adding up).
 */
export function validateSelectionInput(input: SelectionInput, overrides: WeightOverrides = {}): SelectionProblem[] {
  return [...inputProblems(input), ...weightProblems(input, overrides)].slice(0, PROBLEMS_MAX);
}

/** The problems of the input itself, whatever the overrides (kept per input by computeResults). */
export function inputProblems(input: SelectionInput): SelectionProblem[] {
  const out = [...rubricProblems(input), ...candidateProblems(input), ...ruleProblems(input)];
  if (out.length < PROBLEMS_MAX) out.push(...scoreProblems(input));
  return out.slice(0, PROBLEMS_MAX);
}
