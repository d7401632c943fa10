import Papa from 'papaparse';
import { parseAmount } from '../../amounts/parseAmount';
import { type HeaderMap, mapHeaders } from '../../stakeholders/io/importColumns';
import type { Aggregation } from '../codes';
import { NAME_MAX } from '../../clusters/limits';
import { type Rubric, WEIGHT_MAX } from '../schemas';
import type { SelectionInput, SelectionProblem, SelectionRuleSpec } from '../results/types';
import { PROBLEMS_MAX } from '../results/validateSelectionInput';
import { requiredScoresFields, type ScoresField, scoresColumns } from './scoresColumns';

/** A problem of a scores file, at a row as a spreadsheet numbers it (the header is row 1); null for the whole file. */
export interface ScoresCsvProblem extends SelectionProblem {
  row: number | null;
}

export type ParsedScores = { ok: true; input: SelectionInput } | { ok: false; problems: ScoresCsvProblem[] };

/** More rows than any selection a working group scores (100 clusters × 20 dimensions × 15 scorers is 30,000). */
export const SCORES_ROWS_MAX = 100_000;

export interface ScoresCsvOptions {
  /** Names the rubric the file's dimensions make (the file's name). */
  source: string;
  aggregation: Aggregation;
  rule: SelectionRuleSpec;
}

/** Names compare without case and outer spaces: "Kebumen " and "kebumen" are one cluster. */
const nameKey = (s: string) => s.trim().toLocaleLowerCase('id');

/** A score or weight cell: "7", "7.5" or "7,5" (decimal comma); undefined for text. */
function readNumber(text: string): number | null | undefined {
  const parsed = parseAmount(text, { decimal: ',', units: false, currency: false });
  return parsed.ok ? parsed.value : undefined;
}

/** Distinct names in first-seen order, each with the first spelling seen. */
class Names {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  add(name: string): number {
    const key = nameKey(name);
    let at = this.index.get(key);
    if (at === undefined) {
      at = this.list.length;
      this.index.set(key, at);
      this.list.push(name.trim());
    }
    return at;
  }
}

function grid(text: string): string[][] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // The header row decides the separator (comma, semicolon or tab): the one it has most fields by.
  const delimiter = Papa.parse<string[]>(body, { preview: 1, delimitersToGuess: [',', ';', '\t'] }).meta.delimiter;
  return Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false }).data;
}

/** Required columns that are missing (named in both languages) and columns given twice: problems of row 1. */
function headerProblems(headers: HeaderMap<ScoresField>): ScoresCsvProblem[] {
  const missing = requiredScoresFields.filter((f) => !headers.index.has(f)).map((f) => scoresColumns.find((c) => c.field === f)!);
  return [
    ...(missing.length > 0
      ? [{ row: 1, code: 'selectionIo.csv.missingColumns', params: { columns: missing.map((c) => `${c.en} / ${c.id}`).join(', ') } }]
      : []),
    ...headers.repeated.map((r) => ({ row: 1, code: 'selectionIo.csv.repeatedColumn', params: { column: r.column } })),
  ];
}

/** One dimension with one criterion per dimension name of the file, required and on. */
function fileRubric(source: string, names: readonly string[], max: readonly number[], weight: readonly number[]): Rubric {
  return {
    name: source.slice(0, NAME_MAX) || 'CSV',
    note: '',
    dimensions: names.map((name, d) => ({
      id: `d${d + 1}`,
      name,
      description: '',
      total: max[d]!,
      weight: weight[d]!,
      optional: false,
      enabled: true,
      criteria: [{ id: `c${d + 1}`, name, description: '', max: max[d]!, weight: 1, determinant: null }],
    })),
  };
}

/**
 * Reads a scores file (`group,cluster,dimension,score,max` in any order, English or Indonesian
 * headers, optional `scorer` and `weight`; one row per cluster, dimension and scorer) into a
 * selection input: one dimension with one criterion per dimension name, groups and clusters
 * in the order first seen. An empty score cell is a missing score. Every problem is reported
 * with its row; a file with any gives no input at all.
 */
export function parseScoresCsv(text: string, options: ScoresCsvOptions): ParsedScores {
  const problems: ScoresCsvProblem[] = [];
  const fail = (row: number | null, code: string, params: SelectionProblem['params'] = {}) => void problems.push({ row, code, params });
  const [head, ...body] = grid(text);
  if (!head || (head.every((c) => c.trim() === '') && body.every((r) => r.every((c) => c.trim() === '')))) {
    return { ok: false, problems: [{ row: null, code: 'selectionIo.csv.empty', params: {} }] };
  }
  const headers = mapHeaders(head, scoresColumns);
  problems.push(...headerProblems(headers));
  if (problems.length > 0) return { ok: false, problems };
  if (body.length > SCORES_ROWS_MAX) return { ok: false, problems: [{ row: null, code: 'selectionIo.csv.tooManyRows', params: { limit: SCORES_ROWS_MAX } }] };

  const col = (cells: string[], f: ScoresField) => {
    const i = headers.index.get(f);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const groups = new Names();
  const clusters = new Names();
  const dims = new Names();
  const scorers = new Names();
  const clusterGroup: number[] = [];
  const dimMax: number[] = [];
  const dimWeight: number[] = [];
  const seen = new Map<string, number>();
  const scores: SelectionInput['scores'] = [];
  const hasScorer = headers.index.has('scorer');
  const hasWeight = headers.index.has('weight');
  if (!hasScorer) scorers.add('');

  body.forEach((cells, at) => {
    const row = at + 2;
    if (problems.length >= PROBLEMS_MAX || cells.every((c) => c.trim() === '')) return;
    const named: Partial<Record<ScoresField, string>> = {};
    for (const f of ['group', 'cluster', 'dimension', ...(hasScorer ? (['scorer'] as const) : [])] as const) {
      const v = col(cells, f);
      if (v === '') fail(row, 'selectionIo.csv.emptyCell', { column: head[headers.index.get(f)!]!.trim() });
      else if (v.length > NAME_MAX) fail(row, 'selectionIo.csv.nameTooLong', { column: head[headers.index.get(f)!]!.trim(), max: NAME_MAX });
      else named[f] = v;
    }
    const max = readNumber(col(cells, 'max'));
    const scoreText = col(cells, 'score');
    const score = readNumber(scoreText);
    const weightText = hasWeight ? col(cells, 'weight') : '';
    const weight = weightText === '' ? 1 : readNumber(weightText);
    if (max === undefined || max === null || !Number.isInteger(max) || max < 1) fail(row, 'selectionIo.csv.badMax', { value: col(cells, 'max') });
    if (score === undefined) fail(row, 'selectionIo.csv.scoreNotNumber', { value: scoreText });
    const badWeight = weight === undefined || weight === null || weight < 0 || weight > WEIGHT_MAX;
    if (badWeight) fail(row, 'selectionIo.csv.badWeight', { value: weightText, max: WEIGHT_MAX });
    if (named.group === undefined || named.cluster === undefined || named.dimension === undefined || (hasScorer && named.scorer === undefined)) return;
    if (max === undefined || max === null || !Number.isInteger(max) || max < 1 || score === undefined || badWeight) return;

    const g = groups.add(named.group);
    const c = clusters.add(named.cluster);
    const d = dims.add(named.dimension);
    const s = hasScorer ? scorers.add(named.scorer!) : 0;
    if (clusterGroup[c] === undefined) clusterGroup[c] = g;
    else if (clusterGroup[c] !== g)
      fail(row, 'selectionIo.csv.clusterInTwoGroups', { cluster: named.cluster, group: named.group, other: groups.list[clusterGroup[c]]! });
    if (dimMax[d] === undefined) dimMax[d] = max;
    else if (dimMax[d] !== max) fail(row, 'selectionIo.csv.maxInconsistent', { dimension: named.dimension, value: max, first: dimMax[d] });
    if (dimWeight[d] === undefined) dimWeight[d] = weight;
    else if (dimWeight[d] !== weight) fail(row, 'selectionIo.csv.weightInconsistent', { dimension: named.dimension, value: weight, first: dimWeight[d] });
    const key = `${c} ${d} ${s}`;
    const first = seen.get(key);
    if (first !== undefined) fail(row, 'selectionIo.csv.duplicateRow', { first });
    else seen.set(key, row);
    if (score === null) return;
    if (score < 0) fail(row, 'selectionIo.csv.scoreBelowZero', { value: scoreText });
    else if (score > max) fail(row, 'selectionIo.csv.scoreAboveMax', { value: scoreText, max });
    else scores.push({ clusterId: `k${c + 1}`, criterionId: `c${d + 1}`, scorerId: `s${s + 1}`, value: score });
  });
  if (problems.length === 0 && clusters.list.length === 0) fail(null, 'selectionIo.csv.noRows');
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, PROBLEMS_MAX) };

  return {
    ok: true,
    input: {
      rubric: fileRubric(options.source, dims.list, dimMax, dimWeight),
      groups: groups.list.map((name, i) => ({ id: `g${i + 1}`, name })),
      candidates: clusters.list.map((name, i) => ({ clusterId: `k${i + 1}`, name, groupId: `g${clusterGroup[i]! + 1}` })),
      scorers: scorers.list.map((name, i) => ({ id: `s${i + 1}`, name })),
      scores,
      consensus: [],
      aggregation: options.aggregation,
      rule: options.rule,
    },
  };
}
