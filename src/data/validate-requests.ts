// What the validation worker (src/data/validate.worker.ts) does with each request of the page:
// parse and validate a bundle, read the catalogue, or fetch a bundle and check it. Apart from the
// worker so the page's tests can answer as the worker does.
import { parseCatalog } from './catalog-schema.ts';
import { BundleLoadError, fetchText, parseJsonText } from './fetch-json.ts';
import { validateBundle } from './validate-bundle.ts';
import type { ValidateReply, ValidateRequest } from './validate-off-thread.ts';

/** The fetches on their way, by request id, so the page can call one off. */
const fetches = new Map<number, AbortController>();

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
    reply({ id, validation: validateBundle(json) });
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
      : { id, validation: validateBundle(json) },
  );
}
