import { renderHook } from '@testing-library/react';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { beforeUpdate, offerUpdate, resetUpdateForTests } from '../../ui/app-update.ts';
import { useTour } from './use-tour.ts';

describe('a new version on the wall', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    resetUpdateForTests();
  });
  afterEach(() => {
    vi.useRealTimers();
    resetUpdateForTests();
  });

  it('is taken as the tour steps to the next view, never in the middle of one, and once', () => {
    const { result } = renderHook(() => useTour(10));
    const take = vi.fn();
    const stepWhenSaved: number[] = [];
    beforeUpdate(() => stepWhenSaved.push(result.current.step.get()));
    act(() => vi.advanceTimersByTime(12_000));
    offerUpdate(take);
    act(() => vi.advanceTimersByTime(7_000));
    expect(take).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1_000));
    expect(take).toHaveBeenCalledTimes(1);
    expect(stepWhenSaved).toEqual([2]);
    act(() => vi.advanceTimersByTime(30_000));
    expect(take).toHaveBeenCalledTimes(1);
  });

  it('waits while someone holds the tour', () => {
    const { result } = renderHook(() => useTour(5));
    const take = vi.fn();
    offerUpdate(take);
    act(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' })));
    act(() => vi.advanceTimersByTime(25_000));
    expect(result.current.paused.get()).toBe(true);
    expect(take).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(10_000));
    expect(take).toHaveBeenCalledTimes(1);
  });
});
