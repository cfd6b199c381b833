import type { Bundle } from './bundle-schema.ts';
import type { CatalogParse } from './catalog-schema.ts';
import { BundleLoadError, FETCH_TIMEOUT_MS, type LoadFailure } from './fetch-json.ts';
import { rememberWarnings } from './known-warnings.ts';
import type { RestoredBundle } from './last-good-store.ts';
import type { BundleValidation } from './validate-bundle.ts';
import { ask, forget, nextRequestId, startWorker } from './validator-worker.ts';

export { warmValidator } from './validator-worker.ts';

export type ValidateRequest =
  | {
      id: number;
      /** What the text is: a bundle (the default) or the catalogue of bundles. */
      kind?: 'bundle' | 'catalog';
      /** The JSON text, as fetched. */
      text: string;
    }
  /** Fetch the bundle at `href` in the worker, then check it; failures name it `url`, as the page does. */
  | { id: number; kind: 'fetch-bundle'; url: string; href: string }
  /** The page no longer waits for request `id`: its fetch is called off. */
  | { id: number; kind: 'cancel' }
  /**
   * Keep a bundle as report `key`'s last good one: the one request `checkedBy` checked, if the
   * worker still holds it, or the `bundle` sent along.
   */
  | ({ id: number; kind: 'save-last-good'; key: string; build: string; savedAt: number } & (
      { checkedBy: number } | { bundle: Bundle }
    ))
  /** Give back report `key`'s last good bundle, checked again, if this build kept one. */
  | { id: number; kind: 'restore-last-good'; key: string; build: string };

export type ValidateReply =
  | { id: number; validation: BundleValidation }
  | { id: number; catalog: CatalogParse }
  | { id: number; unparsable: true }
  /** The bundle could not be fetched or read, said as the page says it. */
  | { id: number; failure: LoadFailure }
  /** Something the worker did not expect went wrong: the page does the work itself. */
  | { id: number; onPage: true }
  /** Whether the browser stored the last good bundle. */
  | { id: number; stored: boolean }
  /** The bundle to keep is no longer held by the worker: the page sends it along. */
  | { id: number; notHeld: true }
  | { id: number; restored: RestoredBundle | null };

/** Bundles the worker checked, by the request that checked them: it may still hold them. */
const checkedBy = new WeakMap<Bundle, number>();

/**
 * The request of the worker that checked `bundle`, if it did: a report's data keeps it beside the
 * bundle, since react-query may replace the bundle by an equal object of an earlier fetch.
 */
export function checkedByOf(bundle: Bundle): number | undefined {
  return checkedBy.get(bundle);
}

/** The reply's validation, noting its warnings and which request checked its bundle. */
function received(reply: { id: number; validation: BundleValidation }): BundleValidation {
  const { validation } = reply;
  if (validation.ok) {
    rememberWarnings(validation.bundle, validation.warnings);
    checkedBy.set(validation.bundle, reply.id);
  }
  return validation;
}

/**
 * Validates a bundle's JSON text in a worker where the browser has one, so the page stays free
 * to answer the reader meanwhile; the same checks on the page where it has none. `parse` turns
 * text the worker could not parse into the page's own error (it throws). The answer is the same
 * either way: nothing is shown before it says the bundle is valid.
 */
export async function validateBundleText(
  text: string,
  parse: (text: string) => unknown,
): Promise<BundleValidation> {
  const reply = await askWorker('bundle', text);
  if (reply && 'validation' in reply) return received(reply);
  if (reply) parse(text);
  // The schema's code loads only here, where the worker could not check: on the page's start
  // its zod schemas were a long task of their own.
  const { validateBundle } = await import('./validate-bundle.ts');
  const validation = validateBundle(parse(text));
  if (validation.ok) rememberWarnings(validation.bundle, validation.warnings);
  return validation;
}

/**
 * Reads the catalogue's JSON text as `parseCatalog` does, in the same worker: the schema's first
 * walk over the catalogue was a task of 50 ms at 1x on the page as a phone starts. `parse` as for
 * `validateBundleText`.
 */
export async function parseCatalogText(
  text: string,
  parse: (text: string) => unknown,
): Promise<CatalogParse> {
  const reply = await askWorker('catalog', text);
  if (reply && 'catalog' in reply) return reply.catalog;
  if (reply) parse(text);
  const { parseCatalog } = await import('./catalog-schema.ts');
  return parseCatalog(parse(text));
}

/**
 * Fetches and checks the bundle at `url` in the worker, so neither the text nor its parsing
 * touches the page: for a bundle of 10,000 figures the page's own reading of the response was a
 * task of 100-150 ms at 1x, and handing the text over to the worker another. The page receives
 * the checked bundle only. Undefined where there is no worker, or it could not do it: the page
 * then fetches and checks the bundle itself. A failure to fetch or read it is thrown as the page
 * would throw it; `signal` calls the request off.
 */
export async function fetchBundleOffPage(
  url: string,
  signal?: AbortSignal,
): Promise<BundleValidation | undefined> {
  if (signal?.aborted) throw signal.reason;
  const running = startWorker();
  if (!running) return undefined;
  const id = nextRequestId();
  // The page keeps the time limit, as it does for its own requests (fetchText): a fake clock in
  // the tests reaches it, and the worker's own limit is only a backstop.
  let stop: (error: Error) => void = () => {};
  const stopped = new Promise<never>((_, reject) => {
    stop = reject;
  });
  const onAbort = () => stop(signal?.reason as Error);
  const timer = setTimeout(
    () => stop(new BundleLoadError({ kind: 'timeout', url, seconds: FETCH_TIMEOUT_MS / 1000 })),
    FETCH_TIMEOUT_MS,
  );
  signal?.addEventListener('abort', onAbort, { once: true });
  let reply: ValidateReply | undefined;
  try {
    const href = new URL(url, document.baseURI).href;
    reply = await Promise.race([ask(running, { id, kind: 'fetch-bundle', url, href }), stopped]);
  } catch (error) {
    forget(id);
    running.postMessage({ id, kind: 'cancel' } satisfies ValidateRequest);
    throw error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
  if (!reply || 'onPage' in reply) return undefined;
  if ('failure' in reply) throw new BundleLoadError(reply.failure);
  return 'validation' in reply ? received(reply) : undefined;
}

/** A bundle to keep as a report's last good one; `checkedBy` the worker's request that checked it. */
export interface LastGoodSave {
  bundle: Bundle;
  build: string;
  at: number;
  checkedBy?: number;
}

/**
 * Keeps a report's last good bundle in the worker: named by the request that checked it, so
 * nothing is copied on the page, or sent along when `carry`. `not-held` when the worker no longer
 * holds it (or never checked it), `no-worker` where there is none: the caller decides how to copy.
 */
export async function saveOffPage(
  key: string,
  { bundle, build, at, checkedBy: checked = checkedBy.get(bundle) }: LastGoodSave,
  carry: boolean,
): Promise<'stored' | 'not-stored' | 'not-held' | 'no-worker'> {
  const running = startWorker();
  if (!running) return 'no-worker';
  if (!carry && checked === undefined) return 'not-held';
  const id = nextRequestId();
  const what = carry || checked === undefined ? { bundle } : { checkedBy: checked };
  const reply = await ask(running, {
    id,
    kind: 'save-last-good',
    key,
    build,
    savedAt: at,
    ...what,
  });
  if (!reply) return 'no-worker';
  if ('notHeld' in reply) return 'not-held';
  return 'stored' in reply && reply.stored ? 'stored' : 'not-stored';
}

/** Report `key`'s last good bundle, read and checked in the worker; `no-worker` where there is none. */
export async function restoreOffPage(
  key: string,
  build: string,
): Promise<RestoredBundle | undefined | 'no-worker'> {
  const running = startWorker();
  if (!running) return 'no-worker';
  const reply = await ask(running, { id: nextRequestId(), kind: 'restore-last-good', key, build });
  if (!reply) return 'no-worker';
  return 'restored' in reply ? (reply.restored ?? undefined) : undefined;
}

/** The worker's answer for `text`, or undefined where there is no worker or it failed. */
async function askWorker(
  kind: 'bundle' | 'catalog',
  text: string,
): Promise<ValidateReply | undefined> {
  const running = startWorker();
  return running ? ask(running, { id: nextRequestId(), kind, text }) : undefined;
}
