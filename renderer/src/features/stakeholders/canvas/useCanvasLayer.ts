import { useStoreApi } from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Scene } from './buildScene';
import { drawScene, type DrawOptions } from './drawScene';
import type { Viewport } from './fitViewport';

/** What the layer's owner decides; the layer adds where and for which viewport it draws. */
export type LayerOptions = Omit<DrawOptions, 'viewport' | 'width' | 'height' | 'left' | 'top' | 'dpr'>;

/** The bitmap overhangs the pane by this share of its size on each side, so a pan shows drawn map. */
const MARGIN = 0.5;
/** While zooming, the bitmap is scaled until it is this much larger or smaller than drawn. */
const MAX_SCALE = 1.6;
/** Quiet time after the last move before the bitmap is redrawn sharp. */
const SETTLE_MS = 140;

/**
 * The canvas layer under React Flow's pane: ties always, and actors as shapes. It is drawn once
 * for a viewport, with margins, and while the view moves the same bitmap is only shifted and
 * scaled by a CSS transform (the compositor's work, no drawing); it is redrawn when the view
 * settles, when a move leaves the drawn margins, or when the zoom drifts too far from the drawn one.
 */
export function useCanvasLayer(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  size: { width: number; height: number },
  scene: Scene,
  options: LayerOptions,
  onDrawn?: () => void,
) {
  const store = useStoreApi();
  const state = useRef<{
    base: Viewport | null;
    settle: ReturnType<typeof setTimeout> | undefined;
    frame: number;
    scene: Scene;
    options: LayerOptions;
    onDrawn?: () => void;
  }>({
    base: null,
    settle: undefined,
    frame: 0,
    scene,
    options,
    onDrawn,
  });
  state.current.scene = scene;
  state.current.options = options;
  state.current.onDrawn = onDrawn;
  const dpr = Math.min(2, window.devicePixelRatio || 1);
  const mx = Math.round(size.width * MARGIN);
  const my = Math.round(size.height * MARGIN);

  const draw = useCallback(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    // Before React Flow has set its first viewport there is nothing to line up with.
    if (!canvas || !ctx || size.width === 0 || !store.getState().panZoom) return;
    const [x, y, zoom] = store.getState().transform;
    const viewport = { x, y, zoom };
    const s = state.current;
    drawScene(ctx, s.scene, { ...s.options, viewport, width: size.width + 2 * mx, height: size.height + 2 * my, left: -mx, top: -my, dpr });
    s.base = viewport;
    canvas.style.transform = '';
    s.onDrawn?.();
  }, [canvasRef, store, size.width, size.height, mx, my, dpr]);

  /** A full draw at the next frame; several asks in one frame draw once. */
  const redraw = useCallback(() => {
    if (state.current.frame) return;
    state.current.frame = requestAnimationFrame(() => {
      state.current.frame = 0;
      draw();
    });
  }, [draw]);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    canvas.width = Math.round((size.width + 2 * mx) * dpr);
    canvas.height = Math.round((size.height + 2 * my) * dpr);
    canvas.style.width = `${size.width + 2 * mx}px`;
    canvas.style.height = `${size.height + 2 * my}px`;
    canvas.style.left = `${-mx}px`;
    canvas.style.top = `${-my}px`;
    draw();
  }, [canvasRef, size.width, size.height, mx, my, dpr, draw]);

  useEffect(() => {
    redraw();
  }, [scene, options, redraw]);

  useEffect(() => {
    const s = state.current;
    const follow = (transform: [number, number, number]) => {
      const canvas = canvasRef.current;
      const base = s.base;
      if (!canvas) return;
      if (!base) return draw();
      const [x, y, zoom] = transform;
      const k = zoom / base.zoom;
      // The drawn bitmap, scaled by k about the pane's origin and shifted so the plane lines up.
      const dx = x - k * base.x + mx * (1 - k);
      const dy = y - k * base.y + my * (1 - k);
      // Which part of the bitmap the pane now shows; outside it nothing was drawn.
      const left = (mx - dx) / k;
      const top = (my - dy) / k;
      const covered = left >= 0 && top >= 0 && left + size.width / k <= size.width + 2 * mx && top + size.height / k <= size.height + 2 * my;
      if (!covered || k > MAX_SCALE || k < 1 / MAX_SCALE) draw();
      else canvas.style.transform = `translate(${dx}px, ${dy}px) scale(${k})`;
      clearTimeout(s.settle);
      s.settle = setTimeout(() => {
        const b = s.base;
        const [nx, ny, nz] = store.getState().transform;
        // A pure shift of a bitmap is exact; redraw only a scaled one, or one far from centre.
        if (!b || nz !== b.zoom || Math.abs(nx - b.x) > mx / 2 || Math.abs(ny - b.y) > my / 2) draw();
      }, SETTLE_MS);
    };
    const unsubscribe = store.subscribe((st, prev) => {
      if (st.transform !== prev.transform || (st.panZoom && !prev.panZoom)) follow(st.transform);
    });
    return () => {
      unsubscribe();
      clearTimeout(s.settle);
      cancelAnimationFrame(s.frame);
      s.frame = 0;
    };
  }, [store, canvasRef, draw, mx, my, size.width, size.height]);

  return { redraw, draw };
}
