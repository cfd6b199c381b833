import { startTransition, useEffect, useReducer } from 'react';

export interface LazyModuleState<T> {
  /** The module, once its code has arrived; at once on every later mount. */
  module?: T;
  /**
   * Why the code could not be fetched (e.g. a new deploy removed the old file). The browser
   * remembers a module that failed, so only a reload of the page asks for it again.
   */
  error?: Error;
}

export interface LazyModule<T> {
  /** Starts fetching now, without waiting for a component to ask. */
  preload: () => void;
  /**
   * Settles once the fetch has ended, either way (starting it if need be; after a failure that
   * is a new request, though the browser answers it from the failure it remembers).
   */
  settled: () => Promise<void>;
  /** The module for a component; fetched after the first commit unless `enabled` is false. */
  use: (enabled?: boolean) => LazyModuleState<T>;
}

/**
 * Code split off the first paint, without React.lazy: a lazy component that has suspended once
 * is revealed no sooner than 300 ms after the last fallback React showed, and a page of lazy
 * charts paid that wait several times over. Here the placeholder is ordinary state, the module is
 * rendered once it is there (as a transition: in slices, the page free between them), and a failed
 * fetch is an error the caller shows (with a way to reload), not a throw that takes the page down.
 */
export function lazyModule<T>(load: () => Promise<T>): LazyModule<T> {
  let module: T | undefined;
  let error: Error | undefined;
  let pending: Promise<void> | undefined;
  const listeners = new Set<() => void>();
  const fetchModule = () => {
    pending ??= load().then(
      (loaded) => {
        module = loaded;
        error = undefined;
        // What the code shows is rendered as a transition, which React renders in slices with
        // the page free between them; an ordinary update rendered it all in one task (300 ms at
        // 1x when a report of 10,000 figures got its filters and cards).
        startTransition(() => listeners.forEach((listener) => listener()));
      },
      (reason: unknown) => {
        error = reason instanceof Error ? reason : new Error(String(reason));
        pending = undefined;
        listeners.forEach((listener) => listener());
      },
    );
    return pending;
  };
  return {
    preload: () => void fetchModule(),
    settled: () => fetchModule(),
    use(enabled = true) {
      const [, changed] = useReducer((count: number) => count + 1, 0);
      const rendered = module;
      const renderedError = error;
      useEffect(() => {
        if (!enabled) return;
        listeners.add(changed);
        if (module === undefined && error === undefined) void fetchModule();
        // Arrived, or failed, between this render and its effect (a render sliced as a transition
        // lets the fetch settle in between): render again with it. A failure missed here had left
        // the placeholder up for good.
        else if (module !== rendered || error !== renderedError) startTransition(changed);
        return () => {
          listeners.delete(changed);
        };
      }, [enabled, rendered, renderedError]);
      return { module, error };
    },
  };
}
