import { useCallback, useEffect, useState } from 'react';

/** Runs `run` at some later moment; returns a function that calls it off. */
export type Later = (run: () => void) => () => void;

/** Whether a box the observer reported is on the screen itself, not only within the margin. */
function onScreen(rect: DOMRectReadOnly): boolean {
  return (
    rect.bottom > 0 &&
    rect.right > 0 &&
    rect.top < window.innerHeight &&
    rect.left < window.innerWidth
  );
}

/**
 * Whether an element has come within `margin` of the viewport; once true it stays true, so a
 * chart drawn once is not torn down when the reader scrolls past it. An element on the screen
 * itself is near at once; one only within the margin (just below the fold) is near when `later`
 * says so, e.g. once the page is idle, so what the reader sees is drawn first. Without
 * IntersectionObserver (old browsers, jsdom) everything counts as near.
 */
export function useNearViewport<T extends Element>(
  enabled: boolean,
  { margin = '300px', later }: { margin?: string; later?: Later } = {},
): [(element: T | null) => void, boolean] {
  const supported = typeof IntersectionObserver !== 'undefined';
  const [near, setNear] = useState(!enabled || !supported);
  const [element, setElement] = useState<T | null>(null);
  useEffect(() => {
    if (near || !element) return;
    let cancelLater: (() => void) | undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.at(-1);
        if (!entry?.isIntersecting) return;
        if (!later || onScreen(entry.boundingClientRect)) setNear(true);
        else cancelLater ??= later(() => setNear(true));
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      cancelLater?.();
    };
  }, [near, element, margin, later]);
  const ref = useCallback((node: T | null) => setElement(node), []);
  return [ref, near];
}
