/** The parts of a wake lock sentinel the wall uses. */
interface Sentinel {
  released: boolean;
  release: () => Promise<void>;
}

/** The parts of `navigator` and `document` a wake lock needs, so tests can hand in their own. */
export interface WakeLockHost {
  wakeLock?: { request: (type: 'screen') => Promise<Sentinel> };
  visibilityState: () => DocumentVisibilityState;
  onVisibilityChange: (listener: () => void) => () => void;
}

/** The browser's own navigator and document. */
export function browserWakeLockHost(): WakeLockHost {
  return {
    wakeLock: (navigator as { wakeLock?: WakeLockHost['wakeLock'] }).wakeLock,
    visibilityState: () => document.visibilityState,
    onVisibilityChange: (listener) => {
      document.addEventListener('visibilitychange', listener);
      return () => document.removeEventListener('visibilitychange', listener);
    },
  };
}

/**
 * Keeps the screen on where the browser offers a wake lock. The browser lets go of it when the tab
 * is hidden; it is taken again when the tab is shown. A refusal (battery saver, policy) is left
 * alone: the wall still runs, the screen may dim. Returns the way to let go.
 */
export function keepScreenOn(host: WakeLockHost): () => void {
  const { wakeLock } = host;
  if (!wakeLock) return () => {};
  let sentinel: Sentinel | undefined;
  let stopped = false;
  let asking = false;
  const take = () => {
    if (stopped || asking || host.visibilityState() !== 'visible') return;
    if (sentinel && !sentinel.released) return;
    asking = true;
    wakeLock.request('screen').then(
      (taken) => {
        asking = false;
        if (stopped) void taken.release();
        else sentinel = taken;
      },
      () => {
        asking = false;
      },
    );
  };
  take();
  const stopWatching = host.onVisibilityChange(take);
  return () => {
    stopped = true;
    stopWatching();
    if (sentinel && !sentinel.released) void sentinel.release();
  };
}
