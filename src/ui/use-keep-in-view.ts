import { useLayoutEffect, useState, type RefObject } from 'react';

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
 * popover; measured before paint, and again when the window's width changes.
 */
export function useKeepInView(
  ref: RefObject<HTMLElement | null>,
  open: boolean,
): { translate?: string } {
  const [shift, setShift] = useState(0);
  useLayoutEffect(() => {
    if (!open) return;
    const place = () => {
      const element = ref.current;
      if (!element) return;
      const box = element.getBoundingClientRect();
      // The box as it sits unmoved: the shift in force is taken back out.
      const moved = Number.parseFloat(element.style.translate) || 0;
      setShift(
        inViewShift(box.left - moved, box.right - moved, document.documentElement.clientWidth),
      );
    };
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [ref, open]);
  return shift === 0 ? {} : { translate: `${shift}px 0` };
}
