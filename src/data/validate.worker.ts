// Parses and validates a bundle off the main thread: on a phone the schema's walk over a report
// of fifty figures is a task of half a second, which would block the page as it starts.
import { validateBundle } from './validate-bundle.ts';
import type { ValidateReply, ValidateRequest } from './validate-off-thread.ts';

self.onmessage = (event: MessageEvent<ValidateRequest>) => {
  const { id, text } = event.data;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // The page parses it again to say why, in its own words.
    self.postMessage({ id, unparsable: true } satisfies ValidateReply);
    return;
  }
  self.postMessage({ id, validation: validateBundle(json) } satisfies ValidateReply);
};
