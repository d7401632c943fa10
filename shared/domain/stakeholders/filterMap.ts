import type { ActorKind, Sector, TieType } from './codes';
import type { MapActor, Tie } from './schemas';

/**
 * What the facilitator has chosen to see on a map: shared by the canvas, the table view and the
 * PNG / SVG export, which prints the filters it applied. Empty sets mean "all".
 */
export interface MapFilter {
  /** Part of a name, any case. */
  search: string;
  kinds: ReadonlySet<ActorKind>;
  sectors: ReadonlySet<Sector>;
  tieTypes: ReadonlySet<TieType>;
  /** Show only this actor and its neighbours. */
  focusActorId: string | null;
}

export const noFilter: MapFilter = { search: '', kinds: new Set(), sectors: new Set(), tieTypes: new Set(), focusActorId: null };

/** Whether any filter hides something. */
export function isFiltered(f: MapFilter): boolean {
  return f.search.trim() !== '' || f.kinds.size > 0 || f.sectors.size > 0 || f.tieTypes.size > 0 || f.focusActorId !== null;
}

/**
 * The actors and ties a filter lets through. Kind and sector filters hide actors (and their ties);
 * the tie-type filter hides ties only; the focus keeps one actor and the actors tied to it by the
 * visible ties; search keeps matching actors and the ties among them.
 */
export function filterMap<A extends MapActor, T extends Tie>(actors: readonly A[], ties: readonly T[], f: MapFilter): { actors: A[]; ties: T[] } {
  const needle = f.search.trim().toLocaleLowerCase();
  let shown = actors.filter(
    (a) =>
      (f.kinds.size === 0 || f.kinds.has(a.kind)) &&
      (f.sectors.size === 0 || f.sectors.has(a.sector)) &&
      (needle === '' || a.name.toLocaleLowerCase().includes(needle)),
  );
  let ids = new Set(shown.map((a) => a.id));
  let shownTies = ties.filter((t) => (f.tieTypes.size === 0 || f.tieTypes.has(t.type)) && ids.has(t.from) && ids.has(t.to));
  if (f.focusActorId !== null && ids.has(f.focusActorId)) {
    const focus = f.focusActorId;
    shownTies = shownTies.filter((t) => t.from === focus || t.to === focus);
    const near = new Set([focus, ...shownTies.flatMap((t) => [t.from, t.to])]);
    shown = shown.filter((a) => near.has(a.id));
    ids = near;
  }
  return { actors: shown, ties: shownTies };
}
