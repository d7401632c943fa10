import { type ParsedScores, parseScoresCsv, type ScoresCsvOptions } from '../../../../shared/domain/selection/io/parseScoresCsv';
import { readNamedFile } from '../../../cli/readNamedFile';
import type { CliContext } from '../../../cli/types';

/**
 * Reads the scores file the user named (UTF-8, with or without BOM) and parses it. A file that
 * is missing, a folder or too large is refused as an AppError (readNamedFile); one that is not
 * UTF-8, or has other problems, comes back with them.
 */
export function readScoresFile(ctx: CliContext, name: string, options: Omit<ScoresCsvOptions, 'source'>): ParsedScores {
  const { fileName, bytes } = readNamedFile(ctx, name);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problems: [{ row: null, code: 'selectionIo.csv.notUtf8', params: {} }] };
  }
  return parseScoresCsv(text, { ...options, source: fileName });
}
