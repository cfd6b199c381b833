import { describe, expect, it, vi } from 'vitest';
import { createWatchable, derived, watchNow } from './watchable.ts';

describe('createWatchable', () => {
  it('tells each listener of a change, and nobody of a value it already holds', () => {
    const step = createWatchable(0);
    const heard = vi.fn();
    const stop = step.subscribe(heard);
    step.set(1);
    step.set(1);
    expect(step.get()).toBe(1);
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
    step.set(2);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('tells a listener added while others are being told of the next change, not this one', () => {
    const value = createWatchable('a');
    const late = vi.fn();
    const stop = value.subscribe(() => {
      stop();
      value.subscribe(late);
    });
    value.set('b');
    expect(late).not.toHaveBeenCalled();
    value.set('c');
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('still tells the others when one listener throws, and reports the error', async () => {
    const value = createWatchable(0);
    const reported: unknown[] = [];
    const onError = (error: unknown) => reported.push(error);
    process.on('uncaughtException', onError);
    const others = vi.fn();
    value.subscribe(() => {
      throw new Error('panel gone');
    });
    value.subscribe(others);
    value.set(1);
    expect(others).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    process.off('uncaughtException', onError);
    expect(reported).toEqual([new Error('panel gone')]);
  });
});

describe('watchNow', () => {
  it('applies the value at once and after each change, until stopped', () => {
    const step = createWatchable(0);
    const applied: number[] = [];
    const stop = watchNow(step, (at) => applied.push(at));
    step.set(1);
    step.set(2);
    stop();
    step.set(3);
    expect(applied).toEqual([0, 1, 2]);
  });
});

describe('derived', () => {
  it('maps the value and tells its listener only when the mapped value changes', () => {
    const step = createWatchable(0);
    const featured = derived(step, (at) => at % 3 === 1);
    const heard = vi.fn();
    featured.subscribe(() => heard(featured.get()));
    for (let at = 1; at <= 6; at += 1) step.set(at);
    // true at 1, false at 2, true at 4, false at 5.
    expect(heard.mock.calls).toEqual([[true], [false], [true], [false]]);
    expect(featured.get()).toBe(false);
  });

  it('starts comparing from the value at the time it subscribed', () => {
    const step = createWatchable(1);
    const odd = derived(step, (at) => at % 2 === 1);
    const heard = vi.fn();
    const stop = odd.subscribe(heard);
    step.set(3);
    expect(heard).not.toHaveBeenCalled();
    step.set(4);
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
    step.set(5);
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
