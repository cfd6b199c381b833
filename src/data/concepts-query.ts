import { queryOptions } from '@tanstack/react-query';
import { retryDelay, shouldRetry } from './bundle-query.ts';
import type { Concept } from './concept-schema.ts';
import { fetchSideJson } from './load-bundle.ts';
import { BundleLoadError } from './fetch-json.ts';

export const CONCEPTS_URL = '/data/concepts.json';

/**
 * Fetches the concept vocabulary with the catalogue's limits and checks. A wrong entry is left out
 * and said in the console; a vocabulary that cannot be read at all is a `concepts` load failure,
 * and the comparison goes on without it, every figure added by hand.
 */
export async function loadConcepts(url: string, signal?: AbortSignal): Promise<Concept[]> {
  // The vocabulary's schema loads with it, not with the desk's cards and filters.
  const [{ describeConceptProblem, NOT_CONCEPTS, parseConcepts }, json] = await Promise.all([
    import('./concept-schema.ts'),
    fetchSideJson(url, 'concepts', signal),
  ]);
  const parsed = parseConcepts(json);
  if (!parsed.ok) {
    // "Not a vocabulary at all" has its words in the locale files; other reasons name the field.
    const detail = parsed.message === NOT_CONCEPTS ? 'shape' : parsed.message;
    throw new BundleLoadError({ kind: 'concepts', detail });
  }
  for (const problem of parsed.problems) console.warn(`${url}: ${describeConceptProblem(problem)}`);
  return parsed.concepts;
}

export const conceptsQueryOptions = () =>
  queryOptions({
    queryKey: ['concepts'],
    queryFn: ({ signal }) => loadConcepts(CONCEPTS_URL, signal),
    staleTime: Infinity,
    retry: shouldRetry,
    retryDelay,
  });
