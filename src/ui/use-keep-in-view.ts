import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

/** Room kept between a popover and the window's edges, in CSS pixels. */
export const EDGE_ROOM = 8;

/**
 * How far to move a box sideways so that it stays inside a window `viewportWidth` wide: `left`
 * and `right` are where it sits unmoved. A box wider than the room left starts at the left edge.
 */
export function inViewShift(left: number, right: number, viewportWidth: number): number {
  if (left < EDGE_ROOM) return EDGE_ROOM - left;
  if (right > viewportWidth - EDGE_ROOM)
    return Math.max(EDGE_ROOM - left, viewportWidth - EDGE_ROOM - right);
  return 0;
}

/**
 * A popover anchored to one side of its button, moved sideways while `open` so it never runs
 * past the window's edge: the header puts its buttons at the right beside a short title and at
 * the left under a long one, and one anchor cannot fit both. Returns the style to spread on the
 * popover; measured before paint after every render while open (a language switch moves the
 * button) and when the window's width changes.
 */
export function useKeepInView(
  ref: RefObject<HTMLElement | null>,
  open: boolean,
): { transform?: string } {
  const [shift, setShift] = useState(0);
  const place = useCallback(() => {
    const element = ref.current;
    if (!element) return;
    // The box as it sits unmoved: measured with the shift in force taken off for the moment, so
    // the answer never depends on the last one (a loop where a browser drew no shift).
    const applied = element.style.transform;
    element.style.transform = '';
    const box = element.getBoundingClientRect();
    element.style.transform = applied;
    setShift(inViewShift(box.left, box.right, document.documentElement.clientWidth));
  }, [ref]);
  // No dependencies: after every render, while open. The same shift again renders nothing more.
  useLayoutEffect(() => {
    if (open) place();
  });
  useLayoutEffect(() => {
    if (!open) return;
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [open, place]);
  return shift === 0 ? {} : { transform: `translateX(${shift}px)` };
}
