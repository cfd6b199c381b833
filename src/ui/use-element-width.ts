import { useCallback, useEffect, useState } from 'react';

/**
 * The width of an element in CSS pixels, rounded down to `step` so that a resize by a pixel or
 * two does not redraw anything; undefined until the browser has laid it out, and where there is
 * no ResizeObserver (jsdom).
 */
export function useElementWidth<T extends Element>(
  step = 4,
): [(element: T | null) => void, number | undefined] {
  const [element, setElement] = useState<T | null>(null);
  const [width, setWidth] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const box = entries.at(-1)?.contentRect;
      if (box && box.width > 0) setWidth(Math.floor(box.width / step) * step);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, step]);
  const ref = useCallback((node: T | null) => setElement(node), []);
  return [ref, width];
}
