import { useEffect, useState } from 'react';

/**
 * How many of `total` items to render now: `step` at first, then `step` more in each following
 * task until all are there, so a long list never blocks the page in one render.
 */
export function useGrowingCount(total: number, step: number): number {
  const [count, setCount] = useState(step);
  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(() => setCount((shown) => shown + step), 0);
    return () => clearTimeout(timer);
  }, [count, total, step]);
  return Math.min(count, total);
}
