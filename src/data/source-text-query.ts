import { queryOptions } from '@tanstack/react-query';

/** The report's own text, for showing a quote in its context. Same-origin paths only. */
export const sourceTextQueryOptions = (path: string | undefined) =>
  queryOptions({
    queryKey: ['source-text', path],
    enabled: Boolean(path && path.startsWith('/') && !path.startsWith('//')),
    staleTime: Infinity,
    retry: 1,
    queryFn: async ({ signal }) => {
      const response = await fetch(path as string, { signal });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    },
  });
