import { useCallback, useMemo, useState } from 'react';
import type { MapActor, Position, StakeholderMap } from '../../../../../shared/domain/stakeholders/schemas';

/**
 * The map's actors where the user last put them: a move shows at once, before its call has
 * written it and the map has been reloaded. A moved place is forgotten once the reloaded map
 * holds it, so an undo that puts actors back is shown as it is.
 */
export function useMovedActors(map: StakeholderMap): { actors: MapActor[]; moveLocally: (positions: Position[]) => void } {
  const [moved, setMoved] = useState<{ map: StakeholderMap; at: ReadonlyMap<string, Position> }>({ map, at: new Map() });
  // A reloaded map: keep only the moves it does not hold yet (still being written).
  let current = moved;
  if (moved.map !== map) {
    const byId = new Map(map.actors.map((a) => [a.id, a]));
    const pending = new Map(
      [...moved.at].filter(([id, p]) => {
        const a = byId.get(id);
        return a !== undefined && (a.x !== p.x || a.y !== p.y);
      }),
    );
    current = { map, at: pending };
    setMoved(current);
  }
  const at = current.at;
  const actors = useMemo(
    () =>
      at.size === 0
        ? map.actors
        : map.actors.map((a) => {
            const p = at.get(a.id);
            return p ? { ...a, x: p.x, y: p.y } : a;
          }),
    [map, at],
  );
  const moveLocally = useCallback((positions: Position[]) => {
    setMoved((m) => {
      const next = new Map(m.at);
      for (const p of positions) next.set(p.actorId, p);
      return { map: m.map, at: next };
    });
  }, []);
  return { actors, moveLocally };
}
