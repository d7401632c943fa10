// STUB: helper "selection services" replaces this file.
import type { SelectionCallName } from '../../../shared/contract/selection';
import { stubHandlers } from '../stubHandlers';
import type { HandlerMap } from '../types';
import type { WorkspaceRegistry } from '../workspace/WorkspaceRegistry';

/** Calls of sessions, groups, candidates, scorers, scores, consensus, log and the rubric library. */
export type SessionCallName = Exclude<SelectionCallName, 'selection.rubrics.export' | 'selection.rubrics.import' | 'selection.export.results'>;

export function sessionHandlers(_registry: WorkspaceRegistry): HandlerMap<SessionCallName> {
  return stubHandlers([
    'selection.sessions.list',
    'selection.sessions.create',
    'selection.sessions.update',
    'selection.sessions.delete',
    'selection.sessions.get',
    'selection.sessions.setRubric',
    'selection.sessions.reveal',
    'selection.groups.add',
    'selection.groups.rename',
    'selection.groups.move',
    'selection.groups.delete',
    'selection.candidates.add',
    'selection.candidates.move',
    'selection.candidates.remove',
    'selection.scorers.add',
    'selection.scorers.update',
    'selection.scorers.remove',
    'selection.scores.set',
    'selection.consensus.set',
    'selection.log.list',
    'selection.rubrics.list',
    'selection.rubrics.get',
    'selection.rubrics.save',
    'selection.rubrics.delete',
  ]);
}
