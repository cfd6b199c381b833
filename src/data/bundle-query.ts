import { queryOptions } from '@tanstack/react-query';
import type { Bundle } from './bundle-schema.ts';
import { loadBundle, loadCatalog, resolveBundleUrl } from './load-bundle.ts';
import { BundleLoadError, isTransientFailure } from './fetch-json.ts';
import { DRAFT_PARAM_PREFIX, loadDraftBundle } from './studio-drafts.ts';
import { checkedByOf } from './validate-off-thread.ts';

export const CATALOG_URL = '/data/catalog.json';

/** Whether an error may pass by itself; anything but a known load failure is taken to. */
export function isTransient(error: unknown): boolean {
  return !(error instanceof BundleLoadError) || isTransientFailure(error.failure);
}

/**
 * Two quick retries of a transient failure before the page says what went wrong; after that the
 * app keeps trying by itself at the back-off's pace (useBundleSync), so a wall that was switched
 * on during an outage shows its figures once the server is back.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return isTransient(error) && failureCount < 2;
}

/** 1 s, 2 s, 4 s… up to 30 s before attempt `attempt` (from 0). */
export const retryDelay = (attempt: number) => Math.min(1000 * 2 ** attempt, 30_000);

export const catalogQueryOptions = () =>
  queryOptions({
    queryKey: ['catalog'],
    queryFn: ({ signal }) => loadCatalog(CATALOG_URL, signal),
    staleTime: Infinity,
    retry: shouldRetry,
    retryDelay,
  });

/** A report's bundle as fetched; `checkedBy` the validation worker's request that checked it. */
export interface LoadedBundle {
  url: string;
  bundle: Bundle;
  fetchedAt: number;
  checkedBy?: number;
}

/** The bundle named by `?bundle=` (or the catalogue's first), fetched and validated. */
export const bundleQueryOptions = ({
  param,
  refreshMinutes,
}: {
  param: string | undefined;
  refreshMinutes: number;
}) =>
  queryOptions({
    queryKey: ['bundle', param ?? '(default)'],
    queryFn: async ({ signal, client }): Promise<LoadedBundle> => {
      if (param?.startsWith(DRAFT_PARAM_PREFIX)) {
        return { url: param, bundle: await loadDraftBundle(param), fetchedAt: Date.now() };
      }
      // Through the catalogue's own query, so a comparison over 200 reports reads it once, not
      // once per report.
      const catalog =
        param && param.startsWith('/') ? [] : await client.fetchQuery(catalogQueryOptions());
      const url = resolveBundleUrl(param, catalog, window.location.origin);
      const bundle = await loadBundle(url, signal);
      // Kept beside the bundle: an equal bundle of an earlier fetch may stand in for this one.
      return { url, bundle, fetchedAt: Date.now(), checkedBy: checkedByOf(bundle) };
    },
    staleTime: refreshMinutes > 0 ? refreshMinutes * 60_000 : Infinity,
    refetchInterval: refreshMinutes > 0 ? refreshMinutes * 60_000 : false,
    refetchOnWindowFocus: false,
    retry: shouldRetry,
    retryDelay,
  });
