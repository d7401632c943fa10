import { AppError } from '../../../shared/contract/errors';
import { TOP_N_MAX } from '../../../shared/domain/selection/schemas';
import { computeResults } from '../../../shared/domain/selection/results/computeResults';
import type { SelectionInput, SelectionRuleSpec } from '../../../shared/domain/selection/results/types';
import { jsonOption } from '../../cli/commonArgs';
import { type CliCommand, type CliContext, type CommandArgs, UsageError } from '../../cli/types';
import { readScoresFile } from './cli/readScoresFile';
import { problemLine, resultsJson, resultsTable } from './cli/resultsOutput';
import { SessionNotFound, sessionInput } from './cli/sessionInput';

const NAME = 'site-selection';

/** The rule the command line asks for, or null to keep the session's (or top 1 for a file). */
function ruleOption(values: CommandArgs['values']): SelectionRuleSpec | null {
  const top = values.top as string | undefined;
  const threshold = values.threshold as string | undefined;
  if (top !== undefined && threshold !== undefined) throw new UsageError('selectionIo.cli.topAndThreshold', {}, NAME);
  if (top !== undefined) {
    const n = Number(top);
    if (!/^\d+$/.test(top.trim()) || n < 1 || n > TOP_N_MAX) throw new UsageError('selectionIo.cli.badTop', { value: top, max: String(TOP_N_MAX) }, NAME);
    return { kind: 'topN', n };
  }
  if (threshold !== undefined) {
    const p = Number(threshold.trim().replace(',', '.'));
    if (threshold.trim() === '' || !Number.isFinite(p) || p < 0 || p > 100) throw new UsageError('selectionIo.cli.badThreshold', { value: threshold }, NAME);
    return { kind: 'threshold', percent: p };
  }
  return null;
}

/** Problems of the input, on stderr under one error line; exit code 1 and nothing on stdout. */
function refuse(
  ctx: CliContext,
  code: 'scoresCsvInvalid' | 'selectionInvalid',
  problems: { code: string; params: Record<string, string | number>; row?: number | null }[],
): number {
  ctx.reportError(new AppError(code, { reason: 'selectionIo.cli.problemsFound', count: problems.length }));
  for (const p of problems) ctx.err(problemLine(ctx, p));
  return 1;
}

async function inputOf(args: CommandArgs, ctx: CliContext): Promise<SelectionInput | number> {
  const { positionals, values } = args;
  const scores = values.scores as string | undefined;
  const session = values.session as string | undefined;
  if ((scores === undefined) === (session === undefined))
    throw new UsageError(scores === undefined ? 'selectionIo.cli.noSource' : 'selectionIo.cli.bothSources', {}, NAME);
  const rule = ruleOption(values);
  const median = values.median === true;
  if (scores !== undefined) {
    if (positionals.length > 0) throw new UsageError('selectionIo.cli.fileWithScores', { value: positionals[0]! }, NAME);
    const parsed = readScoresFile(ctx, scores, { aggregation: median ? 'median' : 'mean', rule: rule ?? { kind: 'topN', n: 1 } });
    return parsed.ok ? parsed.input : refuse(ctx, 'scoresCsvInvalid', parsed.problems);
  }
  const file = positionals[0];
  if (file === undefined) throw new UsageError('selectionIo.cli.sessionNeedsFile', {}, NAME);
  try {
    const input = await sessionInput(ctx, file, session!);
    return { ...input, rule: rule ?? input.rule, aggregation: median ? 'median' : input.aggregation };
  } catch (e) {
    if (e instanceof SessionNotFound) return 1;
    throw e;
  }
}

const siteSelection: CliCommand = {
  name: NAME,
  summaryKey: 'selectionIo.cli.summary',
  positionals: [{ name: 'FILE', descriptionKey: 'selectionIo.cli.fileArg', optional: true }],
  options: {
    scores: { type: 'string', valueName: 'F.csv', descriptionKey: 'selectionIo.cli.scoresOption' },
    session: { type: 'string', valueName: 'X', descriptionKey: 'selectionIo.cli.sessionOption' },
    top: { type: 'string', valueName: 'N', descriptionKey: 'selectionIo.cli.topOption' },
    threshold: { type: 'string', valueName: 'P', descriptionKey: 'selectionIo.cli.thresholdOption' },
    median: { type: 'boolean', descriptionKey: 'selectionIo.cli.medianOption' },
    json: jsonOption,
  },
  noteKeys: ['selectionIo.cli.columnsNote', 'selectionIo.cli.example', 'selectionIo.cli.exampleSession'],
  run: async (args, ctx) => {
    const input = await inputOf(args, ctx);
    if (typeof input === 'number') return input;
    const results = computeResults(input);
    if (!results.ok) return refuse(ctx, 'selectionInvalid', results.problems);
    if (args.values.json === true) ctx.out(JSON.stringify(resultsJson(input, results), null, 2));
    else for (const line of resultsTable(ctx, input, results)) ctx.out(line);
    return 0;
  },
};

/** `site-selection`: results from a scores CSV or from a session stored in a workspace. */
export const selectionCli: readonly CliCommand[] = [siteSelection];
