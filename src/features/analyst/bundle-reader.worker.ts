// Fetches, parses and validates bundles off the main thread, for a comparison that reads every
// report of the catalogue: each bundle's JSON and schema check would otherwise be a task of the
// page's own. Requests come with an id; the answer is the valid bundle or the load failure.
import { BundleLoadError, loadBundle } from '../../data/load-bundle.ts';
import type { ReadReply, ReadRequest } from './bundle-reader.ts';

self.onmessage = async (event: MessageEvent<ReadRequest>) => {
  const { id, url } = event.data;
  let reply: ReadReply;
  try {
    reply = { id, ok: true, bundle: await loadBundle(new URL(url, self.location.origin).href) };
  } catch (error) {
    reply = {
      id,
      ok: false,
      failure:
        error instanceof BundleLoadError
          ? error.failure
          : { kind: 'network', url: error instanceof Error ? error.message : String(error) },
    };
  }
  self.postMessage(reply);
};
