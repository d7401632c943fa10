import { AppError } from '../../../../shared/contract/errors';
import { computeResults } from '../../../../shared/domain/selection/results/computeResults';
import { toSelectionInput } from '../../../../shared/domain/selection/results/toSelectionInput';
import type { SelectionProblem } from '../../../../shared/domain/selection/results/types';
import { type Table31Cell, table31Rows } from '../../../../shared/domain/selection/io/table31';
import { wordParams } from '../../../../shared/i18n/wordParams';
import { catalogText } from '../../stakeholders/io/catalogText';
import type { WorkspaceReader } from '../../workspace/WorkspaceReader';
import { readSessionState } from '../sessionState';

type Lang = 'id' | 'en';

/** The results of a stored session laid out as Table 3.1, with what a title block says about them. */
export interface ResultsExport {
  sessionName: string;
  /** The day the session was held, else the day of the export (YYYY-MM-DD). */
  date: string;
  /** The rubric's note (e.g. that JICA published only totals); '' when it has none. */
  rubricNote: string;
  /** Header row, cluster rows, then note rows (one cell each). */
  rows: Table31Cell[][];
}

/** A problem of the results in words, in the export's language, so the refusal reads whole. */
function problemText(lang: Lang, p: SelectionProblem): string {
  const translate = (key: string, values?: Record<string, unknown>) => catalogText(lang, key, (values ?? {}) as Record<string, string | number>);
  return translate(p.code, wordParams(p.params, translate));
}

/**
 * The results of a session for a file: refused (`scoresHidden`) while hidden mode withholds the
 * scores, and (`selectionInvalid`, with the first problem in words) when they cannot be computed
 * — a file never shows results the screen would not.
 */
export function resultsExport(r: WorkspaceReader, sessionId: string, lang: Lang): ResultsExport {
  const state = readSessionState(r, sessionId, null);
  if (state.withheld) throw new AppError('scoresHidden');
  const input = toSelectionInput(state);
  const results = computeResults(input);
  if (!results.ok) throw new AppError('selectionInvalid', { reason: problemText(lang, results.problems[0]!) });
  const rows = table31Rows(input, results, (key, params) => catalogText(lang, key, (params ?? {}) as Record<string, string | number>));
  return {
    sessionName: state.session.name,
    date: state.session.heldOn ?? new Date().toISOString().slice(0, 10),
    rubricNote: state.session.rubric.note.trim(),
    rows,
  };
}
