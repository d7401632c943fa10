import type { MapComparison, MapState } from '../../../../../shared/domain/stakeholders/compare/types';
import type { DiffMarks } from '../../../../../shared/domain/stakeholders/drawing/mapToSvg';
import type { MapActor, Tie } from '../../../../../shared/domain/stakeholders/schemas';

/**
 * What the drawing of a comparison shows: the "after" map plus what was removed, at the places it
 * stood before, so one picture holds both states; the marks say which is which.
 */
export function diffDrawing(after: MapState, comparison: MapComparison): { actors: MapActor[]; ties: Tie[]; marks: DiffMarks } {
  const ids = (...lists: { id: string }[][]) => new Set(lists.flat().map((r) => r.id));
  return {
    actors: [...after.actors, ...comparison.actors.removed],
    ties: [...after.ties, ...comparison.ties.removed],
    marks: {
      added: ids(comparison.actors.added, comparison.ties.added),
      removed: ids(comparison.actors.removed, comparison.ties.removed),
      changed: ids(
        comparison.actors.changed.map((c) => c.after),
        comparison.ties.changed.map((c) => c.after),
      ),
    },
  };
}
