import { describe, expect, it } from 'vitest';
import {
  checkWall,
  mayReload,
  MAX_RELOAD_GAP_MS,
  RELOAD_GAP_MS,
  startWatch,
  type ReloadReason,
  type WallObservation,
  type WatchdogLimits,
  type WatchdogState,
} from './watchdog.ts';

const LIMITS: WatchdogLimits = { intervalMs: 10_000, maxChartFailures: 2, maxHeapBytes: 1_000 };

/** A fake clock: a wall checked every second, its tour stepping when the test says. */
function watchedWall(limits = LIMITS) {
  let now = 0;
  let state: WatchdogState = startWatch(now, 0);
  const seen: Omit<WallObservation, 'now'> = {
    step: 0,
    paused: false,
    cycleLength: 6,
    chartFailures: 0,
  };
  const reloads: { at: number; reason: ReloadReason }[] = [];
  const wall = {
    seen,
    reloads,
    /** Runs the clock `ms` forward, one check a second; steps the tour every `stepEvery` ms. */
    run(ms: number, stepEvery?: number) {
      for (let tick = 0; tick < ms; tick += 1_000) {
        now += 1_000;
        if (stepEvery && now % stepEvery === 0) seen.step += 1;
        const checked = checkWall(state, { ...seen, now }, limits);
        state = checked.state;
        if (checked.reload) reloads.push({ at: now, reason: checked.reload });
      }
      return wall;
    },
  };
  return wall;
}

describe('checkWall', () => {
  it('leaves a touring wall alone for a day', () => {
    const wall = watchedWall().run(24 * 3_600_000, 10_000);
    expect(wall.reloads).toEqual([]);
  });

  it('reloads a wall whose step has not changed for three intervals, not before', () => {
    const wall = watchedWall().run(60_000, 10_000);
    const stalledAt = 60_000;
    wall.run(29_000);
    expect(wall.reloads).toEqual([]);
    wall.run(1_000);
    expect(wall.reloads).toEqual([{ at: stalledAt + 30_000, reason: 'stalled' }]);
  });

  it('takes a tour held by someone at the screen for no stall', () => {
    const wall = watchedWall();
    wall.seen.paused = true;
    wall.run(10 * 60_000);
    wall.seen.paused = false;
    wall.run(29_000);
    expect(wall.reloads).toEqual([]);
  });

  it('waits for the end of the tour cycle to reload for failing charts', () => {
    const wall = watchedWall().run(20_000, 10_000);
    wall.seen.chartFailures = 2;
    // Steps 3, 4 and 5 pass; step 6 (a multiple of the cycle of 6) ends the cycle.
    wall.run(30_000, 10_000);
    expect(wall.reloads).toEqual([]);
    wall.run(10_000, 10_000);
    expect(wall.reloads).toEqual([{ at: 60_000, reason: 'charts' }]);
  });

  it('reloads for a single failing chart never', () => {
    const wall = watchedWall();
    wall.seen.chartFailures = 1;
    wall.run(10 * 60_000, 10_000);
    expect(wall.reloads).toEqual([]);
  });

  it('waits for the end of the cycle to reload for a grown heap, and only past the bound', () => {
    const wall = watchedWall();
    wall.seen.heapBytes = 1_000;
    wall.run(70_000, 10_000);
    expect(wall.reloads).toEqual([]);
    wall.seen.heapBytes = 1_001;
    wall.run(40_000, 10_000);
    expect(wall.reloads).toEqual([]);
    wall.run(10_000, 10_000);
    expect(wall.reloads).toEqual([{ at: 120_000, reason: 'memory' }]);
  });

  it('ignores the heap where the browser does not report it', () => {
    const wall = watchedWall({ ...LIMITS, maxHeapBytes: undefined });
    wall.seen.heapBytes = 10 ** 12;
    wall.run(10 * 60_000, 10_000);
    expect(wall.reloads).toEqual([]);
  });
});

describe('mayReload', () => {
  const minute = 60_000;
  it('lets the first reload through at once', () => {
    expect(mayReload(0, [])).toBe(true);
  });

  it('allows one reload per gap, the gap doubling with each reload of the last day', () => {
    expect(mayReload(RELOAD_GAP_MS - 1, [0])).toBe(false);
    expect(mayReload(RELOAD_GAP_MS, [0])).toBe(true);
    const twice = [0, 10 * minute];
    expect(mayReload(10 * minute + 2 * RELOAD_GAP_MS - 1, twice)).toBe(false);
    expect(mayReload(10 * minute + 2 * RELOAD_GAP_MS, twice)).toBe(true);
  });

  it('never waits longer than the longest gap, and forgets reloads of days ago', () => {
    const many = Array.from({ length: 15 }, (_, at) => at * minute);
    const last = 14 * minute;
    expect(mayReload(last + MAX_RELOAD_GAP_MS - 1, many)).toBe(false);
    expect(mayReload(last + MAX_RELOAD_GAP_MS, many)).toBe(true);
    expect(mayReload(3 * 24 * 60 * minute, many)).toBe(true);
  });

  it('cannot loop: a wall that stalls at once after every reload reloads ever more rarely', () => {
    const reloads: number[] = [];
    for (let now = 0; now < 24 * 60 * minute; now += 30_000) {
      if (mayReload(now, reloads)) reloads.push(now);
    }
    expect(reloads.length).toBeLessThanOrEqual(10);
    const gaps = reloads.slice(1).map((at, index) => at - (reloads[index] ?? 0));
    for (const [index, gap] of gaps.entries()) {
      expect(gap).toBeGreaterThanOrEqual(gaps[index - 1] ?? RELOAD_GAP_MS);
    }
  });
});
