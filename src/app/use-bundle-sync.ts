import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { bundleQueryOptions, isTransient, retryDelay } from '../data/bundle-query.ts';
import { BundleLoadError, type LoadFailure } from '../data/fetch-json.ts';
import type { LoadStatus } from '../data/load-status.ts';
import { restoreLastGood, saveLastGoodSoon } from '../data/persisted-bundle.ts';
import { useDashboard, useDashboardStore } from '../store/store-context.tsx';
import type { BundleIndex } from '../store/bundle-index.ts';

declare const __BUILD_ID__: string;
/** The build this page is; a saved bundle from another build is dropped. */
export const BUILD_ID = typeof __BUILD_ID__ === 'string' ? __BUILD_ID__ : 'dev';

/** What went wrong with a query, as the page words failures. */
export function toFailure(error: unknown): LoadFailure | undefined {
  if (!error) return undefined;
  if (error instanceof BundleLoadError) return error.failure;
  return { kind: 'network', url: String((error as Error)?.message ?? error) };
}

/**
 * Fetches the bundle the URL names and keeps the store's copy the last good one; not `enabled`
 * on a wall touring several reports, which useTourSync loads.
 */
export function useBundleSync(enabled = true): LoadStatus {
  const param = useDashboard((state) => state.bundleParam);
  const refresh = useDashboard((state) => state.refresh);
  const store = useDashboardStore();
  const query = useQuery({ ...bundleQueryOptions({ param, refreshMinutes: refresh }), enabled });
  const storageKey = param ?? '(default)';
  const restoredOnce = useRef(false);

  useEffect(() => {
    if (!query.data) return;
    store.getState().setBundle(query.data.bundle, { at: query.data.fetchedAt });
    const { bundle, fetchedAt, checkedBy } = query.data;
    saveLastGoodSoon(storageKey, bundle, BUILD_ID, fetchedAt, checkedBy);
  }, [query.data, store, storageKey]);

  const failed = query.isError || query.failureCount > 0;
  useEffect(() => {
    if (!failed) return;
    const state = store.getState();
    if (state.index) {
      state.markStale(query.errorUpdatedAt || Date.now());
      return;
    }
    if (restoredOnce.current) return;
    restoredOnce.current = true;
    void restoreLastGood(storageKey, BUILD_ID).then((saved) => {
      const now = store.getState();
      // A fetch that succeeded meanwhile is the truth; the copy is not needed.
      if (!saved || now.index) return;
      now.setBundle(saved.bundle, { at: saved.savedAt, restored: true });
      now.markStale(Date.now());
    });
  }, [failed, query.errorUpdatedAt, store, storageKey]);

  // After the query's own quick retries, a transient failure is tried again on the back-off's
  // pace, without end: nobody may be at the wall to press Retry. Success starts the count again.
  const laterAttempts = useRef(0);
  const { refetch } = query;
  const transientFailure = query.isError && isTransient(query.error);
  useEffect(() => {
    if (query.isSuccess) laterAttempts.current = 0;
  }, [query.isSuccess, query.dataUpdatedAt]);
  useEffect(() => {
    if (!transientFailure) return;
    // The query's two retries waited 1 s and 2 s; carry on from 4 s.
    const timer = window.setTimeout(() => void refetch(), retryDelay(laterAttempts.current + 2));
    laterAttempts.current += 1;
    return () => window.clearTimeout(timer);
  }, [transientFailure, query.errorUpdatedAt, refetch]);

  return {
    failure: query.isError ? toFailure(query.error) : undefined,
    fetching: query.isFetching,
    retry: () => void refetch(),
    retryingByItself: transientFailure,
  };
}

/** The loaded bundle's index, when there is one. */
export function useBundleIndex(): BundleIndex | undefined {
  return useDashboard((state) => state.index);
}
