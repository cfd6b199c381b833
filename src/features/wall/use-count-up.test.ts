import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCountUp } from './use-count-up.ts';

/** Animation frames run by hand, at the times the test says. */
let frames: FrameRequestCallback[] = [];
function runFrame(now: number) {
  const due = frames;
  frames = [];
  for (const callback of due) callback(now);
}

beforeEach(() => {
  frames = [];
  vi.spyOn(performance, 'now').mockReturnValue(0);
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.push(callback);
    return frames.length;
  });
  vi.stubGlobal('cancelAnimationFrame', () => {
    frames = [];
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('useCountUp', () => {
  it('shows the figure itself on the first render, with no frame to wait for', () => {
    const { result } = renderHook(() => useCountUp(525_800));
    expect(result.current).toEqual({ shown: 525_800, previous: 525_800 });
    expect(frames).toHaveLength(0);
  });

  it('counts from the old figure to a changed one, holding the old one as room while counting', () => {
    const { result, rerender } = renderHook(({ target }) => useCountUp(target), {
      initialProps: { target: 100 },
    });
    rerender({ target: 200 });
    expect(result.current.shown).toBe(100);
    expect(result.current.previous).toBe(100);
    act(() => runFrame(800));
    expect(result.current.shown).toBeGreaterThan(100);
    expect(result.current.shown).toBeLessThan(200);
    expect(result.current.previous).toBe(100);
    act(() => runFrame(1_600));
    expect(result.current).toEqual({ shown: 200, previous: 200 });
    expect(frames).toHaveLength(0);
  });

  it('jumps to a changed figure under reduced motion', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce') }));
    const { result, rerender } = renderHook(({ target }) => useCountUp(target), {
      initialProps: { target: 100 },
    });
    rerender({ target: 300 });
    expect(result.current).toEqual({ shown: 300, previous: 300 });
  });
});
