import { describe, expect, it } from 'vitest';
import { createIdleQueue } from './idle-queue.ts';

/** A scheduler the test drives: each call to `idle()` is one idle moment of the browser. */
function manualScheduler() {
  const pending: (() => void)[] = [];
  return {
    schedule: (run: () => void) => void pending.push(run),
    idle: () => pending.shift()?.(),
    get waiting() {
      return pending.length;
    },
  };
}

describe('createIdleQueue', () => {
  it('runs one item per idle moment, in order', () => {
    const scheduler = manualScheduler();
    const queue = createIdleQueue(scheduler.schedule);
    const ran: string[] = [];
    queue(() => ran.push('a'));
    queue(() => ran.push('b'));
    queue(() => ran.push('c'));
    expect(scheduler.waiting).toBe(1);
    scheduler.idle();
    expect(ran).toEqual(['a']);
    scheduler.idle();
    expect(ran).toEqual(['a', 'b']);
    scheduler.idle();
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(scheduler.waiting).toBe(0);
  });

  it('keeps to one item per idle moment when an item queues more', () => {
    const scheduler = manualScheduler();
    const queue = createIdleQueue(scheduler.schedule);
    const ran: string[] = [];
    queue(() => {
      ran.push('a');
      queue(() => ran.push('b'));
      queue(() => ran.push('c'));
    });
    scheduler.idle();
    expect(ran).toEqual(['a']);
    expect(scheduler.waiting).toBe(1);
    scheduler.idle();
    expect(ran).toEqual(['a', 'b']);
    scheduler.idle();
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(scheduler.waiting).toBe(0);
  });

  it('skips an item taken out before its turn and asks for no idle moment once empty', () => {
    const scheduler = manualScheduler();
    const queue = createIdleQueue(scheduler.schedule);
    const ran: string[] = [];
    queue(() => ran.push('a'));
    const cancelB = queue(() => ran.push('b'));
    cancelB();
    scheduler.idle();
    expect(ran).toEqual(['a']);
    expect(scheduler.waiting).toBe(0);
    queue(() => ran.push('c'));
    scheduler.idle();
    expect(ran).toEqual(['a', 'c']);
  });

  it('goes on with the next item when one throws', () => {
    const scheduler = manualScheduler();
    const queue = createIdleQueue(scheduler.schedule);
    const ran: string[] = [];
    queue(() => {
      throw new Error('broken item');
    });
    queue(() => ran.push('after'));
    expect(() => scheduler.idle()).toThrow('broken item');
    scheduler.idle();
    expect(ran).toEqual(['after']);
  });
});
