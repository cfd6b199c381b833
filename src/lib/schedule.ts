// Work that can wait for the browser to be idle (a task of its own is `nextTask` in in-turn.ts).

/**
 * Runs `run` in the browser's next idle moment, at the latest after `timeout` ms (a page that is
 * never idle, on a slow CPU or with an endless animation, still gets there); where there is no idle
 * callback (Safari), after a frame and a task.
 */
export function whenIdle(run: () => void, timeout: number): void {
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(run, { timeout });
  } else {
    requestAnimationFrame(() => setTimeout(run, 0));
  }
}
