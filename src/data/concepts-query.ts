import { queryOptions } from '@tanstack/react-query';
import { describeConceptProblem, parseConcepts, type Concept } from './concept-schema.ts';

export const CONCEPTS_URL = '/data/concepts.json';

/**
 * Fetches the concept vocabulary. A wrong entry is left out and said in the console; without a
 * vocabulary the comparison still works, with every figure added by hand.
 */
export async function loadConcepts(url: string, signal?: AbortSignal): Promise<Concept[]> {
  const response = await fetch(url, { signal, credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const parsed = parseConcepts(await response.json());
  if (!parsed.ok) throw new Error(`${url}: ${parsed.message}`);
  for (const problem of parsed.problems) console.warn(`${url}: ${describeConceptProblem(problem)}`);
  return parsed.concepts;
}

export const conceptsQueryOptions = () =>
  queryOptions({
    queryKey: ['concepts'],
    queryFn: ({ signal }) => loadConcepts(CONCEPTS_URL, signal),
    staleTime: Infinity,
    retry: 1,
  });
