import type { CatalogParse } from './catalog-schema.ts';
import { rememberWarnings } from './known-warnings.ts';
import type { BundleValidation } from './validate-bundle.ts';

export interface ValidateRequest {
  id: number;
  /** What the text is: a bundle (the default) or the catalogue of bundles. */
  kind?: 'bundle' | 'catalog';
  /** The JSON text, as fetched. */
  text: string;
}

export type ValidateReply =
  | { id: number; validation: BundleValidation }
  | { id: number; catalog: CatalogParse }
  | { id: number; unparsable: true };

let worker: Worker | undefined;
/** Set once the worker could not start or answer: every later bundle is checked on the page. */
let workerFailed = false;
let nextId = 0;
const waiting = new Map<number, (reply: ValidateReply | undefined) => void>();

function startWorker(): Worker | undefined {
  if (workerFailed || typeof Worker === 'undefined') return undefined;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    workerFailed = true;
    return undefined;
  }
  worker.onmessage = (event: MessageEvent<ValidateReply>) => {
    waiting.get(event.data.id)?.(event.data);
    waiting.delete(event.data.id);
  };
  // A worker that cannot load (a blocked script, an old browser) answers nothing: those waiting
  // are checked on the page, and so is every bundle after them.
  const fail = () => {
    workerFailed = true;
    worker?.terminate();
    worker = undefined;
    for (const resolve of waiting.values()) resolve(undefined);
    waiting.clear();
  };
  worker.onerror = fail;
  worker.onmessageerror = fail;
  return worker;
}

/**
 * Starts the worker now, if it is not running, so its code loads while the text it will check is
 * still on its way: started only when the text had arrived, a 2 MB bundle waited for it.
 */
export function warmValidator(): void {
  startWorker();
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
  let validation: BundleValidation;
  if (reply && 'validation' in reply) {
    validation = reply.validation;
  } else {
    if (reply) parse(text);
    // The schema's code loads only here, where the worker could not check: on the page's start
    // its zod schemas were a long task of their own.
    const { validateBundle } = await import('./validate-bundle.ts');
    validation = validateBundle(parse(text));
  }
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

/** The worker's answer for `text`, or undefined where there is no worker or it failed. */
async function askWorker(
  kind: 'bundle' | 'catalog',
  text: string,
): Promise<ValidateReply | undefined> {
  const running = startWorker();
  if (!running) return undefined;
  const id = nextId++;
  return new Promise<ValidateReply | undefined>((resolve) => {
    waiting.set(id, resolve);
    running.postMessage({ id, kind, text } satisfies ValidateRequest);
  });
}
