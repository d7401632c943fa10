import type { PlanCallName } from '../../../shared/contract/plan';
import { labelText } from '../../../shared/domain/swot/labelText';
import type { FeatureDeps } from '../feature';
import { assertCluster } from '../stakeholders/actorRepository';
import type { HandlerMap } from '../types';
import type { RowWriter } from '../workspace/RowWriter';
import { exportPlan } from './export/exportPlan';
import { deleteFundingSource, getFundingSource, moveFundingSource, readFundingSources, saveFundingSource } from './fundingRepository';
import { ensurePlan, saveHeader } from './headerRepository';
import { deleteProgram, getProgram, moveProgram, resolveProgram, saveProgram } from './programRepository';
import { previewPlan } from './print/previewPlan';
import { readPlanDoc } from './readPlanDoc';
import { listPlans, readPlanView } from './readPlanView';
import { readWhyTargets } from './readWhyTargets';
import { deletePlanStrategy, getPlanStrategy, movePlanStrategy, savePlanStrategy } from './strategyRepository';
import { getVersionRow, insertVersion, readVersion } from './versionRepository';

const label = (key: string, params: Record<string, string> = {}) => ({ key: `plan.history.${key}`, params });

/**
 * The plan's calls: each write is one undoable edit (ADR 002) that checks before it writes, so a
 * refused call leaves nothing behind, and answers with the cluster's whole plan view (the funding
 * calls with the list). Typing merges into one step per record.
 */
export function planHandlers({ registry, env }: FeatureDeps): HandlerMap<PlanCallName> {
  const ws = (clientId: string) => registry.current(clientId);
  /** Runs one edit and answers with the view of the plan it touched. */
  const write = (clientId: string, clusterId: string, key: string, params: Record<string, string>, fn: (w: RowWriter) => void, mergeKey?: string) => {
    const s = ws(clientId);
    s.edit(label(key, params), fn, mergeKey ? { mergeKey } : {});
    return readPlanView(s.reader, clusterId);
  };
  /** Runs one edit of the funding list and answers with the list. */
  const writeFunding = (clientId: string, key: string, params: Record<string, string>, fn: (w: RowWriter) => void) => {
    const s = ws(clientId);
    s.edit(label(key, params), fn);
    return readFundingSources(s.reader);
  };
  return {
    'plan.list': (_input, { clientId }) => listPlans(ws(clientId).reader),
    'plan.get': ({ clusterId }, { clientId }) => readPlanView(ws(clientId).reader, clusterId),
    'plan.header.save': ({ clusterId, fields }, { clientId }) =>
      write(
        clientId,
        clusterId,
        'saveHeader',
        {},
        (w) => {
          assertCluster(w, clusterId);
          saveHeader(w, clusterId, fields);
        },
        `plan-header:${clusterId}`,
      ),

    'plan.strategies.save': ({ clusterId, strategy }, { clientId }) => {
      const known = ws(clientId).reader.get('SELECT 1 AS one FROM plan_strategies WHERE id = ?', strategy.id);
      return write(
        clientId,
        clusterId,
        known ? 'updateStrategy' : 'createStrategy',
        { text: labelText(strategy.text) },
        (w) => savePlanStrategy(w, clusterId, strategy, readWhyTargets(w, clusterId)),
        // Typing merges into one step, but never into the step that made the strategy: undo keeps it.
        known ? `plan-strategy:${strategy.id}` : undefined,
      );
    },
    'plan.strategies.delete': ({ id }, { clientId }) => {
      const strategy = getPlanStrategy(ws(clientId).reader, id);
      return write(clientId, strategy.plan_id, 'deleteStrategy', { text: labelText(strategy.text) }, (w) => deletePlanStrategy(w, id));
    },
    'plan.strategies.move': ({ id, position }, { clientId }) => {
      const strategy = getPlanStrategy(ws(clientId).reader, id);
      return write(clientId, strategy.plan_id, 'moveStrategy', { text: labelText(strategy.text) }, (w) => movePlanStrategy(w, id, position));
    },

    'plan.programs.save': ({ clusterId, program }, { clientId }) => {
      const known = ws(clientId).reader.get('SELECT 1 AS one FROM plan_programs WHERE id = ?', program.id);
      return write(
        clientId,
        clusterId,
        known ? 'updateProgram' : 'createProgram',
        { name: labelText(program.name) },
        (w) => saveProgram(w, clusterId, resolveProgram(w, clusterId, program, readWhyTargets(w, clusterId))),
        // Typing merges into one step, but never into the step that made the program: undo keeps it.
        known ? `plan-program:${program.id}` : undefined,
      );
    },
    'plan.programs.delete': ({ id }, { clientId }) => {
      const program = getProgram(ws(clientId).reader, id);
      return write(clientId, program.plan_id, 'deleteProgram', { name: labelText(program.name) }, (w) => deleteProgram(w, id));
    },
    'plan.programs.move': ({ id, position }, { clientId }) => {
      const program = getProgram(ws(clientId).reader, id);
      return write(clientId, program.plan_id, 'moveProgram', { name: labelText(program.name) }, (w) => moveProgram(w, id, position));
    },

    'plan.funding.list': (_input, { clientId }) => readFundingSources(ws(clientId).reader),
    'plan.funding.save': ({ source }, { clientId }) => {
      const known = ws(clientId).reader.get('SELECT 1 AS one FROM funding_sources WHERE id = ?', source.id);
      return writeFunding(clientId, known ? 'renameFunding' : 'addFunding', { name: labelText(source.name) }, (w) => saveFundingSource(w, source));
    },
    'plan.funding.delete': ({ id }, { clientId }) => {
      getFundingSource(ws(clientId).reader, id);
      return writeFunding(clientId, 'deleteFunding', {}, (w) => deleteFundingSource(w, id));
    },
    'plan.funding.move': ({ id, position }, { clientId }) => {
      getFundingSource(ws(clientId).reader, id);
      return writeFunding(clientId, 'moveFunding', {}, (w) => moveFundingSource(w, id, position));
    },

    'plan.versions.freeze': ({ clusterId, label: versionLabel }, { clientId }) =>
      write(clientId, clusterId, 'freezeVersion', { label: labelText(versionLabel) }, (w) => {
        assertCluster(w, clusterId);
        ensurePlan(w, clusterId);
        insertVersion(w, clusterId, versionLabel, readPlanDoc(w, clusterId));
      }),
    'plan.versions.get': ({ id }, { clientId }) => readVersion(ws(clientId).reader, id),
    'plan.versions.delete': ({ id }, { clientId }) => {
      const version = getVersionRow(ws(clientId).reader, id);
      return write(clientId, version.plan_id, 'deleteVersion', { label: labelText(version.label) }, (w) => w.delete('plan_versions', id));
    },

    'plan.preview': (input, { clientId }) => previewPlan(ws(clientId).reader, input),
    'plan.export': (input, { clientId }) => exportPlan(env, ws(clientId).reader, input),
  };
}
