// When work runs: in the browser's next idle moment, or in a task of its own (the promise form of
// the latter is `nextTask` in in-turn.ts).

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

/** Runs `run` in the first idle moment after the page's load event (see `whenIdle`). */
export function whenLoadedAndIdle(run: () => void, timeout: number): void {
  const start = () => whenIdle(run, timeout);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

/**
 * Runs `run` in a task of its own, as soon as the browser can: where it can say so, ahead of idle
 * work and behind input (`scheduler.postTask` at "user-visible"), else after a zero timeout.
 */
export function inOwnTask(run: () => void): void {
  const scheduler = (
    globalThis as {
      scheduler?: { postTask?: (run: () => void, options: { priority: string }) => unknown };
    }
  ).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    void scheduler.postTask(run, { priority: 'user-visible' });
  } else {
    setTimeout(run, 0);
  }
}
