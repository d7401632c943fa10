import type { WhyLinkKind } from '../../../shared/domain/plan/codes';
import type { PlanContext } from '../../../shared/domain/plan/types';
import { boardReferences } from '../../../shared/domain/swot/references';
import { readBoard } from '../swot/boardRepository';
import type { WorkspaceReader } from '../workspace/WorkspaceReader';

/** What a plan may cite for its WHY and its strategies: the cluster's SWOT items and TOWS strategies, with their codes. */
export interface WhyTargets {
  swotItems: PlanContext['swotItems'];
  towsStrategies: PlanContext['towsStrategies'];
  /** The live code and text of a cited record; undefined when it is not (or no longer) this cluster's. */
  find: (kind: WhyLinkKind, id: string) => { code: string; text: string } | undefined;
}

/** Reads the cluster's SWOT board and numbers it as the board itself does (S1, SO2 …). */
export function readWhyTargets(r: WorkspaceReader, clusterId: string): WhyTargets {
  const board = readBoard(r, clusterId);
  const codes = boardReferences(board);
  const swotItems = board.items.map((i) => ({ id: i.id, code: codes.items.get(i.id) ?? '', quadrant: i.quadrant, text: i.text }));
  const towsStrategies = board.strategies.map((s) => ({ id: s.id, code: codes.strategies.get(s.id) ?? '', kind: s.kind, text: s.text }));
  const byKey = new Map<string, { code: string; text: string }>([
    ...swotItems.map((i) => [`swotItem/${i.id}`, i] as const),
    ...towsStrategies.map((s) => [`towsStrategy/${s.id}`, s] as const),
  ]);
  return { swotItems, towsStrategies, find: (kind, id) => byKey.get(`${kind}/${id}`) };
}
