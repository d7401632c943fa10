import { useEffect, useRef } from 'react';
import type { Position } from '../../../../../shared/domain/stakeholders/schemas';
import type { Scene } from './buildScene';

/** How long the arrow keys rest before a nudge is written, in ms. */
const WRITE_AFTER = 500;

/**
 * Moving the selected actors by the arrow keys: at once on screen (`moveLocally`), and written
 * (`write`) in one edit once the keys rest, so a held key makes one undo step, not dozens.
 */
export function useNudge(
  scene: Scene,
  selected: ReadonlySet<string>,
  moveLocally: (positions: Position[]) => void,
  write: (positions: Position[]) => void,
): (dx: number, dy: number) => void {
  const nudged = useRef<{ timer: ReturnType<typeof setTimeout> | undefined; positions: Map<string, Position> }>({ timer: undefined, positions: new Map() });
  useEffect(() => () => clearTimeout(nudged.current.timer), []);
  return (dx, dy) => {
    const n = nudged.current;
    const moved = [...selected].flatMap((id) => {
      const i = scene.indexOf.get(id);
      return i === undefined ? [] : [{ actorId: id, x: Math.round(scene.x[i]! + dx), y: Math.round(scene.y[i]! + dy) }];
    });
    moveLocally(moved);
    for (const p of moved) n.positions.set(p.actorId, p);
    clearTimeout(n.timer);
    n.timer = setTimeout(() => {
      const positions = [...n.positions.values()];
      n.positions = new Map();
      if (positions.length) write(positions);
    }, WRITE_AFTER);
  };
}
