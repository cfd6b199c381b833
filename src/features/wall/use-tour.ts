import { useEffect, useRef, useState } from 'react';
import { createWatchable, type Watchable } from '../../lib/watchable.ts';
import { useUpdateBetweenSteps } from './use-update-between-steps.ts';

/** Quiet time after the last pointer or key before the tour moves again. */
export const RESUME_AFTER_MS = 30_000;

export interface Tour {
  /** Steps taken so far. */
  step: Watchable<number>;
  /** Whether pointer or key activity holds the tour. */
  paused: Watchable<boolean>;
}

/**
 * Counts tour steps every `intervalSeconds`; any pointer or key activity pauses it until the room
 * has been quiet for RESUME_AFTER_MS. It starts at `startStep` (a wall picking up after a reload). The count lives outside React: a step renders nothing by
 * itself, and what it changes on the screen subscribes to it (see wall-page.tsx).
 */
export function useTour(intervalSeconds: number, startStep = 0): Tour {
  const [tour] = useState(() => ({
    step: createWatchable(startStep),
    paused: createWatchable(false),
  }));
  // Kept across a change of interval, so a pause still lasts its quiet spell.
  const lastActivity = useRef(-Infinity);
  useEffect(() => {
    const onActivity = () => {
      lastActivity.current = Date.now();
      tour.paused.set(true);
    };
    const events = ['pointerdown', 'pointermove', 'keydown', 'wheel'] as const;
    for (const name of events) window.addEventListener(name, onActivity, { passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity.current < RESUME_AFTER_MS) return;
      tour.paused.set(false);
      tour.step.set(tour.step.get() + 1);
    }, intervalSeconds * 1000);
    return () => {
      window.clearInterval(timer);
      for (const name of events) window.removeEventListener(name, onActivity);
    };
  }, [intervalSeconds, tour]);
  useUpdateBetweenSteps(tour.step);
  return tour;
}
