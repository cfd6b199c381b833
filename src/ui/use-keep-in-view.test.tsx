import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EDGE_ROOM, inViewShift, useKeepInView } from './use-keep-in-view.ts';

describe('inViewShift', () => {
  it('leaves a box inside the window where it is', () => {
    expect(inViewShift(100, 600, 1366)).toBe(0);
  });

  it('moves a box past the left edge right, to the edge room', () => {
    expect(inViewShift(-160, 384, 1366)).toBe(160 + EDGE_ROOM);
  });

  it('moves a box past the right edge left', () => {
    expect(inViewShift(1000, 1400, 1366)).toBe(1366 - EDGE_ROOM - 1400);
  });

  it('starts a box wider than the window at its left edge', () => {
    expect(inViewShift(300, 800, 400)).toBe(EDGE_ROOM - 300);
  });
});

/** Where the popover sits unmoved, as the test says; its shift is added the way a browser would. */
const movedBy = (element: HTMLElement) =>
  Number(/translateX\((-?[\d.]+)px\)/.exec(element.style.transform)?.[1] ?? 0);
let unmoved = { left: 0, right: 0 };

function Popover({ open }: { open: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const style = useKeepInView(ref, open);
  return open ? (
    <div ref={ref} style={style} data-testid="popover">
      list
    </div>
  ) : null;
}

describe('useKeepInView', () => {
  afterEach(() => vi.restoreAllMocks());

  function placeAt(left: number, right: number) {
    unmoved = { left, right };
  }

  it('moves an open popover back inside the window, and again when the window changes', () => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: HTMLElement,
    ) {
      const moved = movedBy(this);
      return { left: unmoved.left + moved, right: unmoved.right + moved } as DOMRect;
    });
    vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(1366);
    placeAt(-160, 384);
    const { rerender } = render(<Popover open />);
    expect(screen.getByTestId('popover').style.transform).toBe(`translateX(${160 + EDGE_ROOM}px)`);

    // The header's buttons moved to the right: the popover, unmoved, now fits.
    placeAt(700, 1244);
    act(() => {
      window.dispatchEvent(new Event('resize'));
    });
    expect(screen.getByTestId('popover').style.transform).toBe('');

    // Closed, then opened again under a button at the left once more: moved in again.
    rerender(<Popover open={false} />);
    expect(screen.queryByTestId('popover')).toBeNull();
    placeAt(-40, 504);
    rerender(<Popover open />);
    expect(screen.getByTestId('popover').style.transform).toBe(`translateX(${40 + EDGE_ROOM}px)`);
  });
});
