import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ROW_SLICE, useRowSlices } from './use-row-slices.ts';

describe('useRowSlices', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('renders one slice first, then the rest a slice at a time', async () => {
    const { result } = renderHook(() => useRowSlices(100, -1, 'draft'));
    expect(result.current).toBe(ROW_SLICE);
    await act(() => vi.advanceTimersToNextTimerAsync());
    expect(result.current).toBe(2 * ROW_SLICE);
    for (let slice = 2; slice < Math.ceil(100 / ROW_SLICE); slice += 1)
      await act(() => vi.advanceTimersToNextTimerAsync());
    expect(result.current).toBe(100);
  });

  it('renders at once up to a row chosen elsewhere, and starts over for a new draft', async () => {
    const { result, rerender } = renderHook(({ must, key }) => useRowSlices(300, must, key), {
      initialProps: { must: -1, key: 'a' },
    });
    rerender({ must: 250, key: 'a' });
    expect(result.current).toBe(251);
    rerender({ must: -1, key: 'b' });
    expect(result.current).toBe(ROW_SLICE);
  });
});
