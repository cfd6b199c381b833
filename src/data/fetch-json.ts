// Fetching a JSON file the page needs (a bundle, the catalogue, the concept vocabulary) within a
// timeout and a size limit, and the words for what went wrong. Used on the page and in the
// validation worker (src/data/validate.worker.ts), so it imports nothing that starts a worker.
import type { BundleProblem } from './validate-bundle.ts';

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

/** `promise`, or its rejection with the signal's reason as soon as the signal aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * The text at `url`, within the bundle's timeout and size limit; any failure as a BundleLoadError,
 * except the caller's own abort, which rejects with the signal's reason. `early` is a request for
 * the same url already on its way (the first screen's check), taken over instead of a new one.
 */
export async function fetchText(
  url: string,
  signal: AbortSignal | undefined,
  early?: Promise<Response>,
): Promise<string> {
  // A plain timer rather than AbortSignal.timeout, so tests with a fake clock can reach it.
  const timeoutController = new AbortController();
  const timer = setTimeout(() => timeoutController.abort(), FETCH_TIMEOUT_MS);
  const timeout = timeoutController.signal;
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    return await readBody(url, combined, timeout, signal, early);
  } finally {
    clearTimeout(timer);
  }
}

async function readBody(
  url: string,
  combined: AbortSignal,
  timeout: AbortSignal,
  signal: AbortSignal | undefined,
  early: Promise<Response> | undefined,
): Promise<string> {
  let response: Response;
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
