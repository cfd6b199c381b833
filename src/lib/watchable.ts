// A value that changes outside React's renders, for work that must not re-render anything: the
// wall's tour, which steps every few seconds for days, toggles a class and a chart's emphasis
// directly. Components read it with `useSyncExternalStore` where a change should render.

/** A value read with `get` and watched with `subscribe`; a listener hears every change. */
export interface Watchable<T> {
  get(): T;
  /** Calls `listener` after each change; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
}

/** A watchable value with a setter; setting the value it already holds notifies nobody. */
export function createWatchable<T>(initial: T): Watchable<T> & { set(value: T): void } {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      // Those listening now; one that fails is reported and the others still hear the change.
      for (const listener of [...listeners]) {
        try {
          listener();
        } catch (error) {
          queueMicrotask(() => {
            throw error;
          });
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/**
 * Calls `apply` with the value now and again after each change; returns the function that stops
 * it. For an effect that keeps something outside React (a class, a chart's state) in step.
 */
export function watchNow<T>(watchable: Watchable<T>, apply: (value: T) => void): () => void {
  apply(watchable.get());
  return watchable.subscribe(() => apply(watchable.get()));
}

/**
 * `map` of a watchable's value. A listener hears only the changes that change the mapped value
 * (compared with Object.is), so map to primitives: a panel watching "am I featured?" hears two
 * of every ten tour steps.
 */
export function derived<S, T>(source: Watchable<S>, map: (value: S) => T): Watchable<T> {
  return {
    get: () => map(source.get()),
    subscribe(listener) {
      let last = map(source.get());
      return source.subscribe(() => {
        const next = map(source.get());
        if (Object.is(next, last)) return;
        last = next;
        listener();
      });
    },
  };
}
