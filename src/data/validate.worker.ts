// Parses and validates a bundle, or reads the catalogue, off the main thread: on a phone the
// schema's walk over a report of fifty figures is a task of half a second, which would block the
// page as it starts. It also fetches a bundle itself when asked (fetchBundleOffPage), so a large
// bundle's text never reaches the page.
import { answerRequest } from './validate-requests.ts';
import type { ValidateReply, ValidateRequest } from './validate-off-thread.ts';

self.onmessage = (event: MessageEvent<ValidateRequest>) => {
  answerRequest(event.data, (message: ValidateReply) => self.postMessage(message));
};
