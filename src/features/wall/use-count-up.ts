import { useEffect, useRef, useState } from 'react';

const DURATION_MS = 1600;

function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/**
 * A figure as shown: its target from the first render on (the wall's figures are there the
 * moment the screen is), counting from the old target to a new one when a refresh changes it;
 * under reduced motion it jumps there. `previous` is the target counted from while counting,
 * else the target itself, so the caller can hold room for both.
 */
export function useCountUp(target: number): { shown: number; previous: number } {
  const [shown, setShown] = useState(target);
  const [previous, setPrevious] = useState(target);
  const from = useRef(target);
  useEffect(() => {
    const origin = from.current;
    if (origin === target) return;
    if (prefersReducedMotion()) {
      from.current = target;
      setShown(target);
      setPrevious(target);
      return;
    }
    setPrevious(origin);
    const start = performance.now();
    let frame = requestAnimationFrame(function tick(now) {
      const progress = Math.min(1, (now - start) / DURATION_MS);
      const eased = 1 - (1 - progress) ** 3;
      const value = origin + (target - origin) * eased;
      from.current = progress < 1 ? value : target;
      setShown(progress < 1 ? value : target);
      if (progress < 1) frame = requestAnimationFrame(tick);
      else setPrevious(target);
    });
    return () => cancelAnimationFrame(frame);
  }, [target]);
  return { shown, previous };
}
