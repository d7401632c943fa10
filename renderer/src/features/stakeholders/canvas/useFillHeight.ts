import { useLayoutEffect, useState, type RefObject } from 'react';

const SETTLE_MS = 600;

/**
 * The height that takes an element from where it starts down to the bottom of the window (less
 * `gap`), so the map fills the screen whatever the header, tabs and type scale above it take.
 */
export function useFillHeight(ref: RefObject<HTMLElement | null>, gap: number, deps: readonly unknown[]): number | undefined {
  const [height, setHeight] = useState<number | undefined>(undefined);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setHeight(Math.max(320, Math.floor(window.innerHeight - el.getBoundingClientRect().top - gap)));
    measure();
    // Every frame while the change above settles (presentation mode's type scale and header are
    // set after this effect): a single late measure left the map too tall or short for a moment.
    const until = performance.now() + SETTLE_MS;
    let frame = requestAnimationFrame(function again() {
      measure();
      if (performance.now() < until) frame = requestAnimationFrame(again);
    });
    window.addEventListener('resize', measure);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', measure);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-measured when what sits above the map changes
  }, [ref, gap, ...deps]);
  return height;
}
