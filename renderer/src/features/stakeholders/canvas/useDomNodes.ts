import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import type { Box, Scene } from './buildScene';
import { visibleBox } from './fitViewport';

/** Below this zoom names are too small to read and shapes too small to grab: the canvas draws everything. */
export const DOM_ZOOM = 0.5;
/** More DOM nodes than this and React Flow stops keeping up (its maintainers' limit is near 1,000). */
const DOM_MAX = 500;
/** The DOM nodes cover the view and this share of it beyond each side, so a pan does not outrun them. */
const PAD = 0.4;

const contains = (outer: Box, inner: Box) => inner.minX >= outer.minX && inner.minY >= outer.minY && inner.maxX <= outer.maxX && inner.maxY <= outer.maxY;

/**
 * The actors React Flow draws as DOM nodes: those near the view when zoomed in enough, none
 * when zoomed out (null). Recomputed only when the view leaves the covered area or the zoom
 * changes much, so a steady pan re-renders React Flow's nodes rarely. `frozen` holds the set
 * still during a drag (a node that left the set would drop out of React Flow's hands).
 */
export function useDomNodes(scene: Scene, size: { width: number; height: number }, frozen: boolean): number[] | null {
  const store = useStoreApi();
  const [found, setFound] = useState<{ scene: Scene; box: Box | null; indices: number[] | null }>({ scene, box: null, indices: null });
  const covered = useRef<{ box: Box; zoom: number; scene: Scene } | null>(null);
  const frozenRef = useRef(frozen);
  frozenRef.current = frozen;

  useEffect(() => {
    const update = (force: boolean) => {
      if (frozenRef.current || size.width === 0 || !store.getState().panZoom) return;
      const [x, y, zoom] = store.getState().transform;
      const c = covered.current;
      if (zoom < DOM_ZOOM) {
        if (c !== null || force) {
          covered.current = null;
          setFound({ scene, box: null, indices: null });
        }
        return;
      }
      const view = visibleBox({ x, y, zoom }, size.width, size.height);
      if (!force && c && c.scene === scene && contains(c.box, view) && zoom < c.zoom * 2) return;
      const box = visibleBox({ x, y, zoom }, size.width, size.height, PAD);
      covered.current = { box, zoom, scene };
      setFound({ scene, box, indices: limit(actorsNear(scene, box)) });
    };
    update(true);
    return store.subscribe((st, prev) => {
      if (st.transform !== prev.transform || (st.panZoom && !prev.panZoom)) update(false);
    });
  }, [store, scene, size.width, size.height]);

  useEffect(() => {
    // A drag ended: catch up with where the view went meanwhile.
    if (!frozen) covered.current = null;
  }, [frozen]);

  // Indices of an older scene (before an edit, a filter) name other actors in this one: the same area, looked up again.
  if (found.scene === scene) return found.indices;
  return found.box ? limit(actorsNear(scene, found.box)) : null;
}

const limit = (indices: number[]) => (indices.length > DOM_MAX ? null : indices);

function actorsNear(scene: Scene, box: Box): number[] {
  const out: number[] = [];
  for (let i = 0; i < scene.actorIds.length; i++) {
    const rr = scene.r[i]! * 2;
    if (scene.x[i]! + rr >= box.minX && scene.x[i]! - rr <= box.maxX && scene.y[i]! + rr >= box.minY && scene.y[i]! - rr <= box.maxY) out.push(i);
  }
  return out;
}
