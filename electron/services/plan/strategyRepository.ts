import { AppError } from '../../../shared/contract/errors';
import type { MediumStrategyInput } from '../../../shared/domain/plan/schemas';
import type { Row, RowWriter } from '../workspace/RowWriter';
import type { WorkspaceReader } from '../workspace/WorkspaceReader';
import type { StrategyRow } from './planTableRows';
import { type StoredPiece, deletePiece, getPiece, insertPieceRow, movePiece, savePiece } from './planPieces';
import { positioned, syncRows } from './syncRows';
import type { WhyTargets } from './readWhyTargets';

/*
 * The 3-year strategies of a plan, numbered 0, 1, 2 … by `position`, each with its indicators.
 * A strategy taken from TOWS keeps the TOWS strategy's id and the code and text it last saw.
 */

/** One strategy row; notFound when there is none. */
export const getPlanStrategy = (r: WorkspaceReader, id: string) => getPiece<StrategyRow>(r, 'plan_strategies', id);

/** The strategy's own columns, with the TOWS strategy's code and text as they are now (or as last seen, when it is gone). */
function strategyColumns(s: MediumStrategyInput, tows: { code: string; text: string }): Row {
  return { text: s.text, objective: s.objective, area: s.area, tows_strategy_id: s.towsStrategyId, tows_code: tows.code, tows_text: tows.text };
}

function syncIndicators(w: RowWriter, strategyId: string, s: MediumStrategyInput): boolean {
  return syncRows(
    w,
    'plan_strategy_indicators',
    'strategy_id',
    strategyId,
    positioned(s.indicators, (i) => ({
      id: i.id,
      name: i.name,
      unit: i.unit,
      baseline: i.baseline,
      target1: i.targets[0],
      target2: i.targets[1],
      target3: i.targets[2],
    })),
  );
}

/** What an imported strategy keeps, with the TOWS strategy's code and text as last seen. */
export interface StoredPlanStrategy extends StoredPiece {
  tows?: { code: string; text: string };
}

/** Writes a new strategy with its indicators. The caller checks the plan exists and the id is free. */
export function insertPlanStrategy(w: RowWriter, planId: string, s: MediumStrategyInput, stored: StoredPlanStrategy = {}): void {
  insertPieceRow(w, 'plan_strategies', planId, s.id, strategyColumns(s, stored.tows ?? { code: '', text: '' }), stored);
  syncIndicators(w, s.id, s);
}

/**
 * Creates or replaces a strategy of the cluster's plan (creating the plan on its first piece).
 * Refused before writing: an id another plan's strategy has (planRowTaken), a TOWS strategy not of
 * this cluster (notFound) — unless it is the one the strategy already cites, deleted since.
 */
export function savePlanStrategy(w: RowWriter, clusterId: string, s: MediumStrategyInput, targets: WhyTargets): void {
  const existing = w.get<StrategyRow>('SELECT * FROM plan_strategies WHERE id = ?', s.id);
  if (existing && existing.plan_id !== clusterId) throw new AppError('planRowTaken', { query: s.id });
  let tows = { code: '', text: '' };
  if (s.towsStrategyId !== null) {
    const live = targets.find('towsStrategy', s.towsStrategyId);
    if (live) tows = { code: live.code, text: live.text };
    else if (existing?.tows_strategy_id === s.towsStrategyId) tows = { code: existing.tows_code, text: existing.tows_text };
    else throw new AppError('notFound', { query: s.towsStrategyId });
  }
  savePiece(w, 'plan_strategies', clusterId, existing, {
    insert: () => insertPlanStrategy(w, clusterId, s, { tows }),
    columns: strategyColumns(s, tows),
    syncRows: () => syncIndicators(w, s.id, s),
  });
}

/** Deletes a strategy with its indicators; programs serving it stay, serving none (the foreign key's SET NULL, recorded). */
export const deletePlanStrategy = (w: RowWriter, id: string) => deletePiece(w, 'plan_strategies', id);

/** Moves a strategy to `position` (0-based, clamped) and renumbers the others. */
export const movePlanStrategy = (w: RowWriter, id: string, position: number) => movePiece(w, 'plan_strategies', id, position);
