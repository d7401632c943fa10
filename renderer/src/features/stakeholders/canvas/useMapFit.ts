import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PowerInterestGrid } from '../../../../../shared/domain/stakeholders/layouts/powerInterestQuadrants';
import { sceneBounds, type Box, type Scene } from './buildScene';
import { fitViewport } from './fitViewport';

/** A rectangle given by corner and size, as a box. */
export const rectBox = (b: { x: number; y: number; width: number; height: number }): Box => ({
  minX: b.x,
  minY: b.y,
  maxX: b.x + b.width,
  maxY: b.y + b.height,
});

/** The map's fitting of the view: to a box, to the whole map (grid included), and when it happens on its own. */
export interface MapFit {
  /** Shows a box whole, no closer than `maxZoom`. */
  fitBox: (b: Box | null, maxZoom?: number) => void;
  /** Shows the whole map. */
  fit: () => void;
  /** Shows the whole map once the next drawing is done (after a new layout). */
  refitSoon: () => void;
  /** The first view of a pane of this size: the whole map. */
  initialViewport: (width: number, height: number) => ReturnType<typeof fitViewport>;
}

/**
 * Fits the view of the map: on demand, after a new layout, after the pane changes size
 * (presentation mode on or off) and when a neighbourhood focus starts or ends. Inside a ReactFlowProvider.
 */
export function useMapFit(scene: Scene, grid: PowerInterestGrid | null, presentation: boolean, focusActorId: string | null): MapFit {
  const rf = useReactFlow();
  const store = useStoreApi();
  const fitBox = useCallback(
    (b: Box | null, maxZoom?: number) => {
      const { width, height } = store.getState();
      void rf.setViewport(fitViewport(b, width, height, 0.06, maxZoom), { duration: 0 });
    },
    [rf, store],
  );
  const wholeBox = useCallback(() => {
    const b = sceneBounds(scene);
    const g = grid ? rectBox(grid.bounds) : null;
    if (!b || !g) return b ?? g;
    return { minX: Math.min(b.minX, g.minX), minY: Math.min(b.minY, g.minY), maxX: Math.max(b.maxX, g.maxX), maxY: Math.max(b.maxY, g.maxY) };
  }, [scene, grid]);
  const fit = useCallback(() => fitBox(wholeBox()), [fitBox, wholeBox]);
  // A new layout or a new pane size (presentation mode) shows the whole map again, once drawn.
  const [refit, setRefit] = useState(0);
  useEffect(() => {
    if (refit > 0) fit();
    // only when asked: an edit must not move the view
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [refit]);
  const lastPresentation = useRef(presentation);
  useEffect(() => {
    if (lastPresentation.current === presentation) return;
    lastPresentation.current = presentation;
    const again = () => setRefit((n) => n + 1);
    // After the pane has taken its new size: the header, the type scale and the fill height settle
    // over a few frames, so every change of the pane's size for a while refits too.
    const timer = setTimeout(again, 450);
    const unsubscribe = store.subscribe((st, prev) => {
      if (st.width !== prev.width || st.height !== prev.height) again();
    });
    const stop = setTimeout(unsubscribe, 1500);
    return () => {
      clearTimeout(timer);
      clearTimeout(stop);
      unsubscribe();
    };
  }, [presentation, store]);
  const initialViewport = useCallback((w: number, h: number) => fitViewport(wholeBox(), w, h), [wholeBox]);

  // Focusing on a neighbourhood (or leaving it) shows the actors then shown.
  const lastFocus = useRef(focusActorId);
  useEffect(() => {
    if (lastFocus.current === focusActorId) return;
    lastFocus.current = focusActorId;
    fitBox(sceneBounds(scene), 1.2);
  }, [focusActorId, scene, fitBox]);

  const refitSoon = useCallback(() => setRefit((n) => n + 1), []);
  return { fitBox, fit, refitSoon, initialViewport };
}
