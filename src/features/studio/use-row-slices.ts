import { useEffect, useState } from 'react';

/** Rows rendered at once, then per idle slice: a long list never blocks the page in one task. */
export const ROW_SLICE = 10;

const later = (run: () => void): (() => void) => {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: 200 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(run, 0);
  return () => window.clearTimeout(handle);
};

/**
 * How many of `total` rows to render: the first slice at once, one more slice per idle moment, and
 * at least up to `mustShow` (a row chosen from the text that is not rendered yet). Starts again
 * from one slice when `resetKey` changes (a new draft). `slice` rows make a slice.
 */
export function useRowSlices(
  total: number,
  mustShow: number,
  resetKey: unknown,
  slice = ROW_SLICE,
): number {
  const [state, setState] = useState({ key: resetKey, count: slice });
  // A new draft: adjust during render, so its first paint holds one slice only.
  if (state.key !== resetKey) setState({ key: resetKey, count: slice });
  const count = Math.max(state.count, mustShow + 1);
  useEffect(() => {
    if (count >= total) return;
    return later(() =>
      setState((current) =>
        current.key === resetKey
          ? { key: resetKey, count: Math.max(current.count, count) + slice }
          : current,
      ),
    );
  }, [count, total, resetKey, slice]);
  return Math.min(count, total);
}
