import { useCallback, useEffect, useState } from 'react';

/** Runs `run` at some later moment; returns a function that calls it off. */
export type Later = (run: () => void) => () => void;

/**
 * Whether an element has come within `margin` of the viewport; once true it stays true, so a
 * chart drawn once is not torn down when the reader scrolls past it. With `later`, only an
 * element on the screen itself is near at once; one within the margin (just below the fold) is
 * near when `later` runs it, e.g. once the page is idle, or as soon as it comes onto the screen,
 * so what the reader sees is drawn first. With `soon` as well, an element on the screen is near
 * when `soon` runs it rather than at once (e.g. one per task, so no task builds several charts).
 * `later` and `soon` must be the same functions from render to render (module-level ones), or the
 * wait starts over. Without IntersectionObserver (old browsers, jsdom) everything counts as near.
 */
export function useNearViewport<T extends Element>(
  enabled: boolean,
  { margin = '300px', later, soon }: { margin?: string; later?: Later; soon?: Later } = {},
): [(element: T | null) => void, boolean] {
  const supported = typeof IntersectionObserver !== 'undefined';
  const [near, setNear] = useState(!enabled || !supported);
  const [element, setElement] = useState<T | null>(null);
  useEffect(() => {
    if (near || !element) return;
    const nowIfSeen = (entries: IntersectionObserverEntry[]) => {
      if (entries.some((entry) => entry.isIntersecting)) setNear(true);
    };
    if (!later) {
      const observer = new IntersectionObserver(nowIfSeen, { rootMargin: margin });
      observer.observe(element);
      return () => observer.disconnect();
    }
    // Two observers: the margin one only reports crossing the margin's edge, not a card that
    // moves on from the margin onto the screen, which the one without a margin reports.
    let cancelLater: (() => void) | undefined;
    let cancelSoon: (() => void) | undefined;
    const onScreen = new IntersectionObserver(
      soon
        ? (entries) => {
            if (entries.some((entry) => entry.isIntersecting))
              cancelSoon ??= soon(() => setNear(true));
          }
        : nowIfSeen,
    );
    const inMargin = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting))
          cancelLater ??= later(() => setNear(true));
      },
      { rootMargin: margin },
    );
    onScreen.observe(element);
    inMargin.observe(element);
    return () => {
      onScreen.disconnect();
      inMargin.disconnect();
      cancelLater?.();
      cancelSoon?.();
    };
  }, [near, element, margin, later, soon]);
  const ref = useCallback((node: T | null) => setElement(node), []);
  return [ref, near];
}
