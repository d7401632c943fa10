import type { TFunction } from 'i18next';
import type { ImportProblem } from '../../../../../shared/contract/stakeholders';

/**
 * The sentence for one import problem in the user's language. The service names it by a full
 * catalog key (`stakeholderIo.problems.*` or a schema's `validation.*`); its parameters are the
 * file's own text (a value, a column), shown as written, never looked up.
 */
export function problemText(problem: ImportProblem, t: TFunction, exists: (key: string) => boolean): string {
  return exists(problem.code) ? t(problem.code, problem.params ?? {}) : t('stakeholderImport.report.unknownProblem', { code: problem.code });
}
