import { useCallback, useEffect, useState } from 'react';

/**
 * Whether an element has come within `margin` of the viewport; once true it stays true, so a
 * chart drawn once is not torn down when the reader scrolls past it. Without
 * IntersectionObserver (old browsers, jsdom) everything counts as near.
 */
export function useNearViewport<T extends Element>(
  enabled: boolean,
  margin = '300px',
): [(element: T | null) => void, boolean] {
  const supported = typeof IntersectionObserver !== 'undefined';
  const [near, setNear] = useState(!enabled || !supported);
  const [element, setElement] = useState<T | null>(null);
  useEffect(() => {
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, element, margin]);
  const ref = useCallback((node: T | null) => setElement(node), []);
  return [ref, near];
}
