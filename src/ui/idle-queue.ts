import { whenIdle } from '../lib/schedule.ts';

/** The next idle moment, a second at the latest. */
const nextIdle = (run: () => void) => whenIdle(run, 1_000);

/**
 * Work that can wait, one item per idle moment: each item's consequences (say, a React render
 * that creates a chart) run in their own task before the next item starts, so nothing the reader
 * asks for meanwhile waits behind all of them at once.
 */
export function createIdleQueue(schedule: (run: () => void) => void = nextIdle) {
  const waiting: (() => void)[] = [];
  let scheduled = false;
  const next = () => {
    scheduled = false;
    try {
      waiting.shift()?.();
    } finally {
      // An item that throws does not strand the ones after it. One that queued more has already
      // asked for the next moment: a second request would run two rounds side by side.
      if (waiting.length > 0 && !scheduled) {
        scheduled = true;
        schedule(next);
      }
    }
  };
  /** Queues `run`; the returned function takes it out again if it has not run yet. */
  return (run: () => void): (() => void) => {
    waiting.push(run);
    if (!scheduled) {
      scheduled = true;
      schedule(next);
    }
    return () => {
      const at = waiting.indexOf(run);
      if (at >= 0) waiting.splice(at, 1);
    };
  };
}
