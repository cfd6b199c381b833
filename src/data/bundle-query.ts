import { queryOptions } from '@tanstack/react-query';
import { BundleLoadError, loadBundle, loadCatalog, resolveBundleUrl } from './load-bundle.ts';

export const CATALOG_URL = '/data/catalog.json';

/** Retries network-ish failures with back-off; a bundle that is wrong stays wrong. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!(error instanceof BundleLoadError)) return failureCount < 2;
  const { kind } = error.failure;
  const transient =
    kind === 'network' || kind === 'timeout' || (kind === 'http' && error.failure.status >= 500);
  return transient && failureCount < 2;
}

export const retryDelay = (attempt: number) => Math.min(1000 * 2 ** attempt, 30_000);

export const catalogQueryOptions = () =>
  queryOptions({
    queryKey: ['catalog'],
    queryFn: ({ signal }) => loadCatalog(CATALOG_URL, signal),
    staleTime: Infinity,
    retry: shouldRetry,
    retryDelay,
  });

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
    queryFn: async ({ signal }) => {
      const catalog = param && param.startsWith('/') ? [] : await loadCatalog(CATALOG_URL, signal);
      const url = resolveBundleUrl(param, catalog, window.location.origin);
      return { url, bundle: await loadBundle(url, signal), fetchedAt: Date.now() };
    },
    staleTime: refreshMinutes > 0 ? refreshMinutes * 60_000 : Infinity,
    refetchInterval: refreshMinutes > 0 ? refreshMinutes * 60_000 : false,
    refetchOnWindowFocus: false,
    retry: shouldRetry,
    retryDelay,
  });
