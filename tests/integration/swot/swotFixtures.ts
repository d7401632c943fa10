import { invoke, type Services } from '../../../electron/services/createServices';
import type { Quadrant, StrategyKind } from '../../../shared/domain/swot/codes';
import type { SwotBoard, SwotItemFields } from '../../../shared/domain/swot/schemas';
import { sampleCluster } from '../helpers';

/** An item's fields: no determinant and no evidence unless given. */
export function itemFields(quadrant: Quadrant, text: string, overrides: Partial<SwotItemFields> = {}): SwotItemFields {
  return { quadrant, text, determinant: null, evidence: '', ...overrides };
}

/** A new workspace with one cluster; returns the cluster's id. */
export async function workspaceWithCluster(services: Services, dir: string, name = 'Genteng Kebumen'): Promise<string> {
  await invoke(services, 'workspace.create', { dir, fileName: 'swot', programName: 'Program' });
  return (await invoke(services, 'clusters.create', sampleCluster(name))).id;
}

/** Adds items by quadrant and text (in order); returns the board after the last one. */
export async function addItems(services: Services, clusterId: string, items: readonly [Quadrant, string][]): Promise<SwotBoard> {
  let board = await invoke(services, 'swot.board.get', { clusterId });
  for (const [quadrant, text] of items) board = await invoke(services, 'swot.items.create', { clusterId, fields: itemFields(quadrant, text) });
  return board;
}

/** The id of the item with this text on the board. */
export function itemId(board: SwotBoard, text: string): string {
  const item = board.items.find((i) => i.text === text);
  if (!item) throw new Error(`no item "${text}"`);
  return item.id;
}

/** The board's items as `quadrant position text` lines, in board order: what order checks compare. */
export const layout = (board: SwotBoard) => board.items.map((i) => `${i.quadrant} ${i.position} ${i.text}`);

/** A strategy's fields. */
export const strategyFields = (kind: StrategyKind, text: string, itemIds: string[]) => ({ kind, text, itemIds });

/** Row counts of the SWOT tables: what "nothing written" is checked against. */
export function tableCounts(services: Services): Record<string, number> {
  const r = services.registry.current('local').reader;
  const tables = ['swot_boards', 'swot_items', 'swot_voters', 'swot_votes', 'tows_strategies', 'tows_links'];
  return Object.fromEntries(tables.map((t) => [t, r.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${t}`)!.n]));
}
