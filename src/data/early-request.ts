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

let preloadWindowOpen = true;

/**
 * Whether the page preloads `url` (index.html preloads the catalogue and the default bundle) and
 * this is the page's first bundle request: only that request, made from the page, takes the
 * preload's response. A later one (a report opened for comparison, say) is fetched afresh, off the
 * page: by then the preload was used, or is of no use, and a failed fetch from the page writes a
 * line of its own in the browser's console.
 */
export function takePreload(url: string): boolean {
  if (typeof document === 'undefined' || !preloadWindowOpen) return false;
  preloadWindowOpen = false;
  return [...document.querySelectorAll('link[rel="preload"][as="fetch"]')].some(
    (link) => link.getAttribute('href') === url,
  );
}

/** Opens the first request's window again; for tests, each of which is a fresh page. */
export function resetPreloadWindowForTests(): void {
  preloadWindowOpen = true;
}
