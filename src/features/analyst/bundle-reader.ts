import type { Bundle } from '../../data/bundle-schema.ts';
import { BundleLoadError, loadBundle, type LoadFailure } from '../../data/load-bundle.ts';

export interface ReadRequest {
  id: number;
  url: string;
}

export type ReadReply =
  { id: number; ok: true; bundle: Bundle } | { id: number; ok: false; failure: LoadFailure };

export interface BundleReader {
  /** The bundle at `url` (a path on this site), fetched and validated; rejects with BundleLoadError. */
  read: (url: string) => Promise<Bundle>;
  dispose: () => void;
}

/**
 * Reads bundles in a worker where there is one, so fetching, parsing and validating hundreds of
 * them leaves the page's thread free; without a worker (tests, a blocked script) it reads them
 * on the page, as the page's own bundle is read.
 */
export function createBundleReader(): BundleReader {
  let worker: Worker | undefined;
  try {
    worker = new Worker(new URL('./bundle-reader.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = undefined;
  }
  const waiting = new Map<
    number,
    { url: string; resolve: (bundle: Bundle) => void; reject: (error: unknown) => void }
  >();
  let nextId = 0;
  const inPage = (url: string) => loadBundle(url);
  if (worker) {
    worker.onmessage = (event: MessageEvent<ReadReply>) => {
      const reply = event.data;
      const request = waiting.get(reply.id);
      if (!request) return;
      waiting.delete(reply.id);
      if (reply.ok) request.resolve(reply.bundle);
      else request.reject(new BundleLoadError(reply.failure));
    };
    worker.onerror = () => {
      // A worker that cannot start: what it was asked is read on the page instead.
      worker?.terminate();
      worker = undefined;
      for (const [id, request] of waiting) {
        waiting.delete(id);
        inPage(request.url).then(request.resolve, request.reject);
      }
    };
  }
  return {
    read: (url) => {
      if (!worker) return inPage(url);
      const id = (nextId += 1);
      return new Promise<Bundle>((resolve, reject) => {
        waiting.set(id, { url, resolve, reject });
        worker?.postMessage({ id, url } satisfies ReadRequest);
      });
    },
    dispose: () => {
      worker?.terminate();
      worker = undefined;
      for (const [id, request] of waiting) {
        waiting.delete(id);
        request.reject(new Error('reader disposed'));
      }
    },
  };
}
