import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useMemo, useRef, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sceneBounds, type Box, type Scene } from './buildScene';

const W = 200;
const H = 140;

/**
 * An overview of the whole map with the part in view framed; a click or drag on it moves the
 * view there. Its own small canvas: the actors are drawn once per change of the map and only the
 * frame follows the view (React Flow's MiniMap would add an SVG element per actor).
 */
export function MapMiniMap({ scene, extra }: { scene: Scene; extra: Box | null }) {
  const { t } = useTranslation();
  const rf = useReactFlow();
  const store = useStoreApi();
  const ref = useRef<HTMLCanvasElement>(null);
  const dots = useRef<HTMLCanvasElement | null>(null);
  const fit = useMemo(() => {
    const b = sceneBounds(scene);
    const all =
      b && extra
        ? { minX: Math.min(b.minX, extra.minX), minY: Math.min(b.minY, extra.minY), maxX: Math.max(b.maxX, extra.maxX), maxY: Math.max(b.maxY, extra.maxY) }
        : (b ?? extra);
    if (!all) return null;
    const k = Math.min((W - 8) / Math.max(1, all.maxX - all.minX), (H - 8) / Math.max(1, all.maxY - all.minY));
    return { k, ox: (W - k * (all.maxX - all.minX)) / 2 - k * all.minX, oy: (H - k * (all.maxY - all.minY)) / 2 - k * all.minY };
  }, [scene, extra]);

  useEffect(() => {
    const frame = () => {
      const c = ref.current?.getContext('2d');
      if (!c || !dots.current) return;
      c.clearRect(0, 0, W, H);
      c.drawImage(dots.current, 0, 0);
      if (!fit) return;
      const { transform, width, height } = store.getState();
      const [x, y, z] = transform;
      c.strokeStyle = '#c92a2a';
      c.lineWidth = 2;
      c.strokeRect(fit.ox + fit.k * (-x / z), fit.oy + fit.k * (-y / z), (fit.k * width) / z, (fit.k * height) / z);
    };
    const off = document.createElement('canvas');
    off.width = W;
    off.height = H;
    const c = off.getContext('2d');
    if (c && fit) {
      for (let i = 0; i < scene.actorIds.length; i++) {
        c.fillStyle = scene.colour[i]!;
        const s = Math.max(2, scene.r[i]! * fit.k * 2);
        c.fillRect(fit.ox + fit.k * scene.x[i]! - s / 2, fit.oy + fit.k * scene.y[i]! - s / 2, s, s);
      }
    }
    dots.current = off;
    frame();
    return store.subscribe((st, prev) => {
      if (st.transform !== prev.transform || st.width !== prev.width) frame();
    });
  }, [scene, fit, store]);

  const moveTo = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!fit || e.buttons !== 1) return;
    const r = e.currentTarget.getBoundingClientRect();
    const fx = (e.clientX - r.left - fit.ox) / fit.k;
    const fy = (e.clientY - r.top - fit.oy) / fit.k;
    const { width, height, transform } = store.getState();
    const z = transform[2];
    void rf.setViewport({ x: width / 2 - fx * z, y: height / 2 - fy * z, zoom: z });
  };

  return (
    <canvas
      ref={ref}
      width={W}
      height={H}
      className="map-minimap"
      role="img"
      aria-label={t('stakeholderMap.minimap')}
      data-testid="map-minimap"
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        moveTo(e);
      }}
      onPointerMove={moveTo}
    />
  );
}
