// A request made before the app's script ran (src/app/boot.ts), kept for the app to take over.

const earlyRequests = new Map<string, Promise<Response>>();

/**
 * Fetches `url` for the first screen's check and keeps the response for the app, so the app's
 * own first request for it is not a second trip to the server.
 */
export function startEarlyRequest(url: string): Promise<Response> {
  const request = fetch(url);
  earlyRequests.set(url, request);
  return request;
}

/** The response of an early request for `url`, handed out once; later requests fetch anew. */
export function takeEarlyRequest(url: string): Promise<Response> | undefined {
  const request = earlyRequests.get(url);
  earlyRequests.delete(url);
  return request;
}

const preloadsTaken = new Set<string>();

/**
 * Whether the page preloads `url` (index.html preloads the catalogue and the default bundle) and
 * no request has taken that response yet: only a request from the page itself takes it, not one
 * from a worker. True once per url; later requests are fetched afresh.
 */
export function takePreload(url: string): boolean {
  if (typeof document === 'undefined' || preloadsTaken.has(url)) return false;
  const preloaded = [...document.querySelectorAll('link[rel="preload"][as="fetch"]')].some(
    (link) => link.getAttribute('href') === url,
  );
  if (preloaded) preloadsTaken.add(url);
  return preloaded;
}
