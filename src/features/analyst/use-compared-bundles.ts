import { useQueries, useQuery } from '@tanstack/react-query';
import { bundleQueryOptions, catalogQueryOptions } from '../../data/bundle-query.ts';
import { conceptsQueryOptions } from '../../data/concepts-query.ts';
import { BundleLoadError, type LoadFailure } from '../../data/fetch-json.ts';
import type { BundleIndex } from '../../store/bundle-index.ts';
import type { LoadedBundle } from '../../store/compare-reports.ts';

/**
 * The bundles a comparison names, loaded lazily through the same queries as the page's own bundle
 * (each fetched once and shared), with the catalogue (for each entry's years) and the vocabulary.
 * `concepts` is undefined until the vocabulary is there, and stays so when it cannot be read:
 * `conceptsFailure` then says why, and the comparison goes on without it.
 */
export function useComparedBundles(index: BundleIndex, bundleIds: readonly string[]) {
  const catalog = useQuery(catalogQueryOptions());
  const concepts = useQuery(conceptsQueryOptions());
  const current = index.bundle.id;
  const others = [...new Set(bundleIds)].filter((id) => id !== current);
  const results = useQueries({
    queries: others.map((id) => bundleQueryOptions({ param: id, refreshMinutes: 0 })),
  });
  const yearsOf = (id: string) => catalog.data?.find((entry) => entry.id === id)?.period?.years;
  const loaded = new Map<string, LoadedBundle>([
    [current, { bundle: index.bundle, catalogYears: yearsOf(current) }],
  ]);
  others.forEach((id, position) => {
    const data = results[position]?.data;
    if (data) loaded.set(id, { bundle: data.bundle, catalogYears: yearsOf(id) });
  });
  const conceptsFailure: LoadFailure | undefined =
    concepts.error instanceof BundleLoadError
      ? concepts.error.failure
      : concepts.error
        ? { kind: 'concepts', detail: String(concepts.error) }
        : undefined;
  return {
    loaded,
    pending: results.some((result) => result.isPending) || concepts.isPending,
    error: results.find((result) => result.error)?.error ?? undefined,
    concepts: concepts.data,
    conceptsFailure,
    catalog: catalog.data ?? [],
  };
}
