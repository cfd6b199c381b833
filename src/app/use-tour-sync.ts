import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { bundleQueryOptions, isTransient, type LoadedBundle } from '../data/bundle-query.ts';
import type { Bundle } from '../data/bundle-schema.ts';
import type { LoadStatus } from '../data/load-status.ts';
import { restoreLastGood, saveLastGoodSoon } from '../data/persisted-bundle.ts';
import { indexBundle, type BundleIndex } from '../store/bundle-index.ts';
import { useDashboard } from '../store/store-context.tsx';
import { createWatchable } from '../lib/watchable.ts';
import type { TourReport } from '../features/wall/report-tour.ts';
import { BUILD_ID, toFailure } from './use-bundle-sync.ts';

/** A report that failed for a reason that may pass (no network, a 5xx) is asked for again this often. */
const RETRY_FAILED_MS = 30_000;

type Loaded = LoadedBundle;

const indexes = new WeakMap<Bundle, BundleIndex>();
function indexOnce(bundle: Bundle): BundleIndex {
  const index = indexes.get(bundle) ?? indexBundle(bundle);
  indexes.set(bundle, index);
  return index;
}

type Restored = Awaited<ReturnType<typeof restoreLastGood>>;

// Read and validated once per report: a failing report retried every half minute keeps the same
// saved copy, and its charts their options. The check is asynchronous (the schema's code loads
// when a report first fails); `restoredCount` tells the hook that one more has come back.
const saved = new Map<string, Restored | 'pending'>();
const restoredCount = createWatchable(0);
function restoreOnce(param: string): Restored {
  const known = saved.get(param);
  if (known === undefined && !saved.has(param)) {
    saved.set(param, 'pending');
    void restoreLastGood(param, BUILD_ID).then((copy) => {
      saved.set(param, copy);
      restoredCount.set(restoredCount.get() + 1);
    });
  }
  return known === 'pending' ? undefined : known;
}

/** One report of the tour as its query stands. */
function toReport(param: string, query: UseQueryResult<Loaded>): TourReport {
  const failed = query.isError;
  if (query.data) {
    return {
      param,
      index: indexOnce(query.data.bundle),
      fetchedAt: query.data.fetchedAt,
      staleSince: failed ? query.errorUpdatedAt : undefined,
    };
  }
  if (!failed) return { param };
  const copy = restoreOnce(param);
  if (!copy) return { param, failure: toFailure(query.error) };
  return {
    param,
    index: indexOnce(copy.bundle),
    fetchedAt: copy.savedAt,
    restored: true,
    staleSince: query.errorUpdatedAt,
  };
}

/**
 * Loads every report of a wall's tour (`bundle=a,b,c`) through the same query as one bundle
 * (catalogue or same-origin path, fetched and validated by the bundle schema, refetched on
 * `refresh=`), each on its own: one that fails is reported and the others run. A report that
 * fails with nothing fetched yet shows its last good copy saved in this browser, as one bundle
 * does. `settled` once every report has loaded or failed.
 */
export function useTourSync(params: readonly string[]): {
  reports: TourReport[];
  settled: boolean;
  status: LoadStatus;
} {
  const refresh = useDashboard((state) => state.refresh);
  // Read so the reports are worked out again once a saved copy has been checked.
  const restored = useSyncExternalStore(restoredCount.subscribe, restoredCount.get);
  const combine = useCallback(
    (queries: UseQueryResult<Loaded>[]) => ({
      reports: queries.map((query, at) => toReport(params[at] ?? '', query)),
      settled: queries.every((query) => query.status !== 'pending'),
      fetching: queries.some((query) => query.isFetching),
      transient: queries.some((query) => query.isError && isTransient(query.error)),
      refetch: queries.map((query) => query.refetch),
      saved: queries.map((query) => query.data?.fetchedAt ?? 0).join(' '),
      checks: queries.map((query) => query.data?.checkedBy),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `restored` changes what toReport reads
    [params, restored],
  );
  const result = useQueries({
    queries: params.map((param) => ({
      ...bundleQueryOptions({ param, refreshMinutes: refresh }),
      refetchInterval: (query: { state: { status: string; error: unknown } }) =>
        query.state.status === 'error' && isTransient(query.state.error)
          ? RETRY_FAILED_MS
          : refresh > 0
            ? refresh * 60_000
            : false,
    })),
    combine,
  });
  const { reports, settled, saved: savedKey, checks } = result;

  // Each good fetch is kept for a wall that restarts offline, under the report's own name.
  useEffect(() => {
    reports.forEach((report, at) => {
      if (report.index && !report.restored && report.fetchedAt) {
        const { bundle } = report.index;
        saveLastGoodSoon(report.param, bundle, BUILD_ID, report.fetchedAt, checks[at]);
      }
    });
    // Saved again only when a fetch brought data, not when a failure changes the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [savedKey]);

  const loaded = reports.some((report) => report.index);
  const { refetch } = result;
  return {
    reports,
    settled,
    status: {
      failure: settled && !loaded ? reports.find((report) => report.failure)?.failure : undefined,
      fetching: result.fetching,
      retry: () => {
        for (const again of refetch) void again();
      },
      retryingByItself: !loaded && result.transient,
    },
  };
}
