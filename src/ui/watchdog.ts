/** Why the wall reloads itself. */
export type ReloadReason = 'stalled' | 'charts' | 'memory';

export interface WatchdogLimits {
  /** The tour's step, in milliseconds: a step unchanged for 3× this is a stall. */
  intervalMs: number;
  /** Chart failures seen at once that count as failing repeatedly. */
  maxChartFailures: number;
  /** Heap in bytes past which the page is reloaded; none where the browser does not say. */
  maxHeapBytes?: number;
}

/** What the wall looks like at one check. */
export interface WallObservation {
  now: number;
  step: number;
  /** The tour is held by someone at the screen: an unchanged step is not a stall then. */
  paused: boolean;
  /** Steps in one full pass over the panels: a cycle ends when the step is a multiple of it. */
  cycleLength: number;
  chartFailures: number;
  heapBytes?: number;
}

export interface WatchdogState {
  step: number;
  /** When the step last changed (or the tour last stood paused). */
  since: number;
  /** A reason found, waiting for the end of the tour's cycle. */
  pending?: ReloadReason;
}

/** The watchdog's state at `now`, for a wall standing at `step`. */
export function startWatch(now: number, step: number): WatchdogState {
  return { step, since: now };
}

/**
 * One check of the wall: the state after it, and the reason to reload now, if any. A stall
 * reloads at once (a stalled tour never ends its cycle); failing charts and a grown heap wait
 * for the end of a tour cycle, so the room never sees a page cut off mid-view.
 */
export function checkWall(
  state: WatchdogState,
  seen: WallObservation,
  limits: WatchdogLimits,
): { state: WatchdogState; reload?: ReloadReason } {
  const moved = seen.step !== state.step;
  const since = moved || seen.paused ? seen.now : state.since;
  if (!seen.paused && seen.now - since >= 3 * limits.intervalMs) {
    return { state: { step: seen.step, since }, reload: 'stalled' };
  }
  const found: ReloadReason | undefined =
    seen.chartFailures >= limits.maxChartFailures
      ? 'charts'
      : limits.maxHeapBytes !== undefined &&
          seen.heapBytes !== undefined &&
          seen.heapBytes > limits.maxHeapBytes
        ? 'memory'
        : undefined;
  const pending = state.pending ?? found;
  const cycleEnds = moved && seen.cycleLength > 0 && seen.step % seen.cycleLength === 0;
  if (pending && cycleEnds) return { state: { step: seen.step, since }, reload: pending };
  return { state: { step: seen.step, since, pending }, reload: undefined };
}

/** The earliest reload after one at `lastAt`, the `recent`th in a row: 10 min, doubling to 4 h. */
export const RELOAD_GAP_MS = 10 * 60_000;
export const MAX_RELOAD_GAP_MS = 4 * 60 * 60_000;

/** Reloads past this long ago no longer make the next one wait longer. */
export const RELOAD_MEMORY_MS = 24 * 60 * 60_000;

/**
 * Whether the wall may reload at `now`, given the times of its earlier reloads: never a loop, at
 * most one per RELOAD_GAP_MS, and the gap doubles with each reload of the last day.
 */
export function mayReload(now: number, reloads: readonly number[]): boolean {
  const recent = reloads.filter((at) => now - at < RELOAD_MEMORY_MS);
  const last = Math.max(-Infinity, ...recent);
  if (recent.length === 0) return true;
  const gap = Math.min(RELOAD_GAP_MS * 2 ** (recent.length - 1), MAX_RELOAD_GAP_MS);
  return now - last >= gap;
}
