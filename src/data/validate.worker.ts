// Parses and validates a bundle, or reads the catalogue, off the main thread: on a phone the
// schema's walk over a report of fifty figures is a task of half a second, which would block the
// page as it starts.
import { parseCatalog } from './catalog-schema.ts';
import { validateBundle } from './validate-bundle.ts';
import type { ValidateReply, ValidateRequest } from './validate-off-thread.ts';

self.onmessage = (event: MessageEvent<ValidateRequest>) => {
  const { id, kind, text } = event.data;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // The page parses it again to say why, in its own words.
    self.postMessage({ id, unparsable: true } satisfies ValidateReply);
    return;
  }
  self.postMessage(
    (kind === 'catalog'
      ? { id, catalog: parseCatalog(json) }
      : { id, validation: validateBundle(json) }) satisfies ValidateReply,
  );
};
