// What the validation worker (src/data/validate.worker.ts) does with each request of the page:
// parse and validate a bundle, read the catalogue, fetch a bundle and check it, or keep a checked
// bundle as a report's last good one and give it back. Apart from the worker so the page's tests
// can answer as the worker does.
import type { Bundle } from './bundle-schema.ts';
import { parseCatalog } from './catalog-schema.ts';
import { BundleLoadError, fetchText, parseJsonText } from './fetch-json.ts';
import { readLastGood, writeLastGood } from './last-good-store.ts';
import { validateBundle, type BundleValidation } from './validate-bundle.ts';
import type { ValidateReply, ValidateRequest } from './validate-off-thread.ts';

/** The fetches on their way, by request id, so the page can call one off. */
const fetches = new Map<number, AbortController>();

/**
 * Bundles this worker checked and the page may still ask to keep as a report's last good one, by
 * the request that checked them: the page names that request, so the bundle is not sent back over.
 * A bundle is let go once kept; of those never asked for (a comparison reads hundreds of reports)
 * only the newest few stay, and the page sends an older one along itself.
 */
const held = new Map<number, Bundle>();
export const HELD_AT_MOST = 8;

function hold(id: number, validation: BundleValidation): BundleValidation {
  if (!validation.ok) return validation;
  held.set(id, validation.bundle);
  for (const oldest of held.keys()) {
    if (held.size <= HELD_AT_MOST) break;
    held.delete(oldest);
  }
  return validation;
}

async function fetchBundle(
  id: number,
  url: string,
  href: string,
  reply: (message: ValidateReply) => void,
): Promise<void> {
  const controller = new AbortController();
  fetches.set(id, controller);
  try {
    const json = parseJsonText(url, await fetchText(href, controller.signal));
    reply({ id, validation: hold(id, validateBundle(json)) });
  } catch (error) {
    // Called off: nobody waits for an answer.
    if (controller.signal.aborted) return;
    if (!(error instanceof BundleLoadError)) {
      reply({ id, onPage: true });
      return;
    }
    const { failure } = error;
    reply({ id, failure: 'url' in failure ? { ...failure, url } : failure });
  } finally {
    fetches.delete(id);
  }
}

/** Answers one request of the page through `reply`; a fetch answers once it has arrived. */
export function answerRequest(
  request: ValidateRequest,
  reply: (message: ValidateReply) => void,
): void {
  if (request.kind === 'cancel') {
    fetches.get(request.id)?.abort();
    return;
  }
  if (request.kind === 'fetch-bundle') {
    void fetchBundle(request.id, request.url, request.href, reply);
    return;
  }
  if (request.kind === 'save-last-good') {
    const { id, key, build, savedAt } = request;
    const bundle = 'bundle' in request ? request.bundle : held.get(request.checkedBy);
    if ('checkedBy' in request) held.delete(request.checkedBy);
    if (!bundle) {
      reply({ id, notHeld: true });
      return;
    }
    void writeLastGood(key, bundle, build, savedAt).then((stored) => reply({ id, stored }));
    return;
  }
  if (request.kind === 'restore-last-good') {
    const { id, key, build } = request;
    void readLastGood(key, build).then((restored) => reply({ id, restored: restored ?? null }));
    return;
  }
  const { id, kind, text } = request;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // The page parses it again to say why, in its own words.
    reply({ id, unparsable: true });
    return;
  }
  reply(
    kind === 'catalog'
      ? { id, catalog: parseCatalog(json) }
      : { id, validation: hold(id, validateBundle(json)) },
  );
}
