import { useCallback } from 'react';
import type { CallInput } from '../../../../shared/contract';
import type { PlanCallName } from '../../../../shared/contract/plan';
import type { FundingSource, PlanView } from '../../../../shared/domain/plan/types';
import { call } from '../../app/client';
import { useCommit } from '../../app/useCommit';
import { useWorkspaceData } from '../../app/useWorkspaceData';

/**
 * The tables a plan view is read from — its own and those it links to (the map's actors and
 * ties, SWOT items, TOWS strategies, the cluster's name): undo or redo in any of them reloads it.
 */
export const PLAN_TABLES = [
  'plans',
  'plan_targets',
  'plan_approvals',
  'plan_strategies',
  'plan_strategy_indicators',
  'plan_programs',
  'plan_program_links',
  'plan_participants',
  'plan_activities',
  'plan_program_indicators',
  'plan_budget_lines',
  'plan_versions',
  'funding_sources',
  'clusters',
  'actors',
  'map_placements',
  'ties',
  'swot_items',
  'tows_strategies',
] as const;

/** The calls that change a plan and answer with the whole view. */
export type PlanEditName =
  | 'plan.header.save'
  | 'plan.strategies.save'
  | 'plan.strategies.delete'
  | 'plan.strategies.move'
  | 'plan.programs.save'
  | 'plan.programs.delete'
  | 'plan.programs.move'
  | 'plan.versions.freeze'
  | 'plan.versions.delete';

/** The calls that change the workspace's funding sources and answer with the list. */
export type FundingEditName = Extract<PlanCallName, 'plan.funding.save' | 'plan.funding.delete' | 'plan.funding.move'>;

/**
 * One cluster's plan and the ways to change it: `edit` runs a call as one undoable step and
 * shows the view it answers with; `editFunding` changes the funding sources and puts the new
 * list in the view. A refused call is shown to the user in their language and rethrown.
 */
export function usePlan(clusterId: string) {
  const load = useCallback(() => call('plan.get', { clusterId }), [clusterId]);
  const { data: view, error, setData: setView } = useWorkspaceData(load, [load], { tables: PLAN_TABLES });
  const commit = useCommit();
  const edit = useCallback(
    async <K extends PlanEditName>(name: K, input: CallInput<K>): Promise<PlanView> => {
      const next = (await commit(() => call(name, input))) as PlanView;
      setView(next);
      return next;
    },
    [commit, setView],
  );
  const editFunding = useCallback(
    async <K extends FundingEditName>(name: K, input: CallInput<K>): Promise<FundingSource[]> => {
      const funding = (await commit(() => call(name, input))) as FundingSource[];
      setView((v) => v && { ...v, funding });
      return funding;
    },
    [commit, setView],
  );
  const reload = useCallback(() => {
    void load().then(setView, () => undefined);
  }, [load, setView]);
  return { view, error, edit, editFunding, reload };
}

export type PlanEdit = ReturnType<typeof usePlan>['edit'];
export type FundingEdit = ReturnType<typeof usePlan>['editFunding'];

/** Runs an edit whose failure the user has already been told about (useCommit shows it). */
export function quietly(p: Promise<unknown>): void {
  p.catch(() => undefined);
}
