import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RESUME_AFTER_MS, useTour } from './use-tour.ts';

describe('useTour', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('steps every interval without rendering the component that holds it', () => {
    let renders = 0;
    const { result } = renderHook(() => {
      renders += 1;
      return useTour(5);
    });
    const rendersAtStart = renders;
    const heard: number[] = [];
    result.current.step.subscribe(() => heard.push(result.current.step.get()));
    act(() => {
      vi.advanceTimersByTime(15_000);
    });
    expect(heard).toEqual([1, 2, 3]);
    expect(renders).toBe(rendersAtStart);
  });

  it('pauses on a key press and resumes once the room has been quiet', () => {
    const { result } = renderHook(() => useTour(5));
    const { step, paused } = result.current;
    act(() => {
      vi.advanceTimersByTime(5_000);
    });
    expect(step.get()).toBe(1);
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
    });
    expect(paused.get()).toBe(true);
    act(() => {
      vi.advanceTimersByTime(RESUME_AFTER_MS - 5_000);
    });
    expect(step.get()).toBe(1);
    act(() => {
      vi.advanceTimersByTime(5_000);
    });
    expect(paused.get()).toBe(false);
    expect(step.get()).toBe(2);
  });

  it('stops stepping once unmounted', () => {
    const { result, unmount } = renderHook(() => useTour(5));
    unmount();
    act(() => {
      vi.advanceTimersByTime(20_000);
    });
    expect(result.current.step.get()).toBe(0);
  });
});
