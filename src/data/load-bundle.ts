import type { Bundle } from './bundle-schema.ts';
import { describeCatalogProblem, NOT_A_CATALOG } from './catalog-problems.ts';
import type { CatalogEntry } from './catalog-schema.ts';
import { takeEarlyRequest, takePreload } from './early-request.ts';
import {
  BundleLoadError,
  fetchText,
  isTransientFailure,
  parseJsonText,
  type LoadFailure,
} from './fetch-json.ts';
import {
  fetchBundleOffPage,
  parseCatalogText,
  validateBundleText,
  warmValidator,
} from './validate-off-thread.ts';

export type { CatalogEntry };

/**
 * Decides which bundle URL `?bundle=` names: a catalog id, or a path on this site.
 * Anything that would leave the origin (another host, `//host`, another scheme) is refused.
 */
export function resolveBundleUrl(
  param: string | undefined,
  catalog: readonly CatalogEntry[],
  origin: string,
): string {
  if (!param) {
    const first = catalog[0];
    if (!first) throw new BundleLoadError({ kind: 'catalog', detail: 'empty' });
    return first.url;
  }
  const entry = catalog.find((item) => item.id === param);
  if (entry) return entry.url;
  if (/^[a-z0-9][a-z0-9-]*$/.test(param))
    throw new BundleLoadError({ kind: 'unknownBundle', id: param });
  if (!param.startsWith('/') || param.startsWith('//') || param.includes('\\')) {
    throw new BundleLoadError({ kind: 'refused', value: param });
  }
  let url: URL;
  try {
    url = new URL(param, origin);
  } catch {
    throw new BundleLoadError({ kind: 'refused', value: param });
  }
  if (url.origin !== origin) throw new BundleLoadError({ kind: 'refused', value: param });
  return url.pathname + url.search;
}

/** `url`'s text, taking over the first screen's request for it where there is one (src/app/boot.ts). */
const fetchOnPage = (url: string, signal: AbortSignal | undefined) =>
  fetchText(url, signal, takeEarlyRequest(url));

/**
 * Fetches, parses and validates a bundle: the one way untrusted JSON enters the app. In the
 * validation worker where the browser has one, unless the first screen's check has the response
 * already or the page preloads it; on the page otherwise.
 */
export async function loadBundle(url: string, signal?: AbortSignal): Promise<Bundle> {
  performance.mark('bundle:fetch-start');
  // Started now, if it is not running, even where the page fetches: its code loads meanwhile.
  warmValidator();
  const early = takeEarlyRequest(url);
  // A preloaded first bundle is fetched on the page, which alone can take the preload's response:
  // from the worker, a page the first screen did not take (`?view=table`, the studio, the print
  // briefing) fetched the default bundle twice. Asked first, so the first request closes the window.
  const preloaded = takePreload(url);
  const onPage = early !== undefined || preloaded;
  const checked = onPage ? undefined : await fetchBundleOffPage(url, signal);
  const result =
    checked ??
    (await validateBundleText(await fetchText(url, signal, early), (fetched) =>
      parseJsonText(url, fetched),
    ));
  performance.mark('bundle:validated');
  if (!result.ok) throw new BundleLoadError({ kind: 'invalid', url, problems: result.problems });
  return result.bundle;
}

/**
 * Fetches and parses a file the page needs beside its bundle (the catalogue, the concept
 * vocabulary) with the bundle's timeout and size limit; any failure is said as one of `kind`.
 */
export async function fetchSideJson(
  url: string,
  kind: 'catalog' | 'concepts',
  signal?: AbortSignal,
): Promise<unknown> {
  return asSideFailure(kind, async () => parseJsonText(url, await fetchOnPage(url, signal)));
}

/** `read`'s result; a load failure in it is said as one of `kind`. */
async function asSideFailure<T>(kind: 'catalog' | 'concepts', read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof BundleLoadError) {
      throw new BundleLoadError({
        kind,
        detail: describeBriefly(error.failure),
        transient: isTransientFailure(error.failure),
      });
    }
    throw error;
  }
}

/** Fetches the catalogue of available bundles: its valid entries, in order. */
export async function loadCatalog(url: string, signal?: AbortSignal): Promise<CatalogEntry[]> {
  warmValidator();
  const catalog = await asSideFailure('catalog', async () =>
    parseCatalogText(await fetchOnPage(url, signal), (text) => parseJsonText(url, text)),
  );
  if (!catalog.ok) {
    // "Not a catalogue at all" has its words in the locale files; other reasons name the field.
    const detail = catalog.message === NOT_A_CATALOG ? 'shape' : catalog.message;
    throw new BundleLoadError({ kind: 'catalog', detail });
  }
  // A wrong entry is left out, not fatal: the page still opens the others. Whoever keeps the
  // catalogue finds why in the console (and `npm run bundle:check` fails on it).
  for (const problem of catalog.problems) {
    console.warn(`${url}: ${describeCatalogProblem(problem)}`);
  }
  return catalog.entries;
}

function describeBriefly(failure: LoadFailure): string {
  if (failure.kind === 'http') return `HTTP ${failure.status}`;
  return failure.kind;
}
