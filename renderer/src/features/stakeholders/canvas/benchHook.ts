import type { ReactFlowInstance } from '@xyflow/react';
import type { ActorFlowNode } from './ActorNode';
import type { Viewport } from './fitViewport';

/** What the canvas benchmark (tests/bench/stakeholders/canvasFps.ts) drives the map through. */
export interface MapBenchHook {
  setViewport: (v: Viewport) => void;
  getViewport: () => Viewport;
}

declare global {
  interface Window {
    /** Set by the benchmark before the page loads; never by the app. */
    __sentraMapBenchEnabled?: boolean;
    __sentraMapBench?: MapBenchHook;
  }
}

/** The performance mark of the canvas layer's first full draw after the map opens. */
export const FIRST_DRAW_MARK = 'sentra-map-drawn';

/** Puts the benchmark's handle on `window`, only in a benchmark run; returns its removal. */
export function exposeBenchHook(rf: ReactFlowInstance<ActorFlowNode>): (() => void) | undefined {
  if (window.__sentraMapBenchEnabled !== true) return undefined;
  window.__sentraMapBench = { setViewport: (v) => void rf.setViewport(v), getViewport: () => rf.getViewport() };
  return () => {
    delete window.__sentraMapBench;
  };
}
