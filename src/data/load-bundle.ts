import type { Bundle } from './bundle-schema.ts';
import { describeCatalogProblem, NOT_A_CATALOG } from './catalog-problems.ts';
import type { CatalogEntry } from './catalog-schema.ts';
import { takeEarlyRequest } from './early-request.ts';
import type { BundleProblem } from './validate-bundle.ts';
import { parseCatalogText, validateBundleText, warmValidator } from './validate-off-thread.ts';

/** Why a bundle could not be loaded, in a form the UI can translate. */
export type LoadFailure =
  | { kind: 'http'; url: string; status: number }
  | { kind: 'network'; url: string }
  | { kind: 'timeout'; url: string; seconds: number }
  | { kind: 'parse'; url: string; detail: string }
  | { kind: 'html'; url: string }
  | { kind: 'tooLarge'; url: string; size: number; limit: number }
  | { kind: 'invalid'; url: string; problems: BundleProblem[] }
  | { kind: 'refused'; value: string }
  | { kind: 'unknownBundle'; id: string }
  /**
   * `detail`: a reason the page words (`errors.catalogDetail.<detail>`) or an HTTP status.
   * `transient`: the catalogue could not be fetched for a reason that may pass by itself. */
  | { kind: 'catalog'; detail: string; transient?: boolean }
  /** The concept vocabulary could not be read; `detail` as for the catalogue. */
  | { kind: 'concepts'; detail: string; transient?: boolean };

/** Whether a failure may pass by itself (no network, a timeout, a 5xx); a wrong bundle stays wrong. */
export function isTransientFailure(failure: LoadFailure): boolean {
  if (failure.kind === 'catalog' || failure.kind === 'concepts') return failure.transient === true;
  return (
    failure.kind === 'network' ||
    failure.kind === 'timeout' ||
    (failure.kind === 'http' && failure.status >= 500)
  );
}

export class BundleLoadError extends Error {
  readonly failure: LoadFailure;
  constructor(failure: LoadFailure) {
    super(`bundle load failed: ${failure.kind}`);
    this.name = 'BundleLoadError';
    this.failure = failure;
  }
}

export const MAX_BUNDLE_BYTES = 20 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 15_000;

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

/** `promise`, or its rejection with the signal's reason as soon as the signal aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function fetchText(url: string, signal: AbortSignal | undefined): Promise<string> {
  // A plain timer rather than AbortSignal.timeout, so tests with a fake clock can reach it.
  const timeoutController = new AbortController();
  const timer = setTimeout(() => timeoutController.abort(), FETCH_TIMEOUT_MS);
  const timeout = timeoutController.signal;
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    return await readBody(url, combined, timeout, signal);
  } finally {
    clearTimeout(timer);
  }
}

async function readBody(
  url: string,
  combined: AbortSignal,
  timeout: AbortSignal,
  signal: AbortSignal | undefined,
): Promise<string> {
  let response: Response;
  // The first screen's check may have asked for this already (src/app/boot.ts): take that over.
  const early = takeEarlyRequest(url);
  try {
    response = await (early
      ? untilAborted(early, combined)
      : fetch(url, { signal: combined, headers: { Accept: 'application/json' } }));
  } catch (error) {
    if (timeout.aborted) {
      throw new BundleLoadError({ kind: 'timeout', url, seconds: FETCH_TIMEOUT_MS / 1000 });
    }
    if (signal?.aborted) throw error;
    throw new BundleLoadError({ kind: 'network', url });
  }
  if (!response.ok) throw new BundleLoadError({ kind: 'http', url, status: response.status });
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_BUNDLE_BYTES) {
    throw new BundleLoadError({ kind: 'tooLarge', url, size: declared, limit: MAX_BUNDLE_BYTES });
  }
  try {
    const text = await untilAborted(response.text(), combined);
    if (text.length > MAX_BUNDLE_BYTES) {
      throw new BundleLoadError({
        kind: 'tooLarge',
        url,
        size: text.length,
        limit: MAX_BUNDLE_BYTES,
      });
    }
    return text;
  } catch (error) {
    if (error instanceof BundleLoadError) throw error;
    if (timeout.aborted) {
      throw new BundleLoadError({ kind: 'timeout', url, seconds: FETCH_TIMEOUT_MS / 1000 });
    }
    throw new BundleLoadError({ kind: 'network', url });
  }
}

/** Parses JSON text, telling an HTML page or a cut-off body apart from other garbage. */
export function parseJsonText(url: string, text: string): unknown {
  const head = text.trimStart().slice(0, 200).toLowerCase();
  if (head.startsWith('<!doctype') || head.startsWith('<html') || head.startsWith('<')) {
    throw new BundleLoadError({ kind: 'html', url });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new BundleLoadError({ kind: 'parse', url, detail: detail.slice(0, 200) });
  }
}

/** Fetches, parses and validates a bundle: the one way untrusted JSON enters the app. */
export async function loadBundle(url: string, signal?: AbortSignal): Promise<Bundle> {
  performance.mark('bundle:fetch-start');
  warmValidator();
  const text = await fetchText(url, signal);
  performance.mark('bundle:fetched');
  const result = await validateBundleText(text, (fetched) => parseJsonText(url, fetched));
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
  return asSideFailure(kind, async () => parseJsonText(url, await fetchText(url, signal)));
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
    parseCatalogText(await fetchText(url, signal), (text) => parseJsonText(url, text)),
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
