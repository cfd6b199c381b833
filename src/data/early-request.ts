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
  const links = [...document.querySelectorAll('link[rel="preload"][as="fetch"]')];
  const taken = links.some((link) => link.getAttribute('href') === url);
  if (!taken) {
    for (const link of links) {
      const href = link.getAttribute('href');
      if (href !== null && link.hasAttribute(PRELOADED_BUNDLE_ATTRIBUTE)) releasePreload(href);
    }
  }
  return taken;
}

/**
 * Marks the default bundle's preload link in index.html (vite.config.ts), apart from the
 * catalogue's, which every page reads.
 */
export const PRELOADED_BUNDLE_ATTRIBUTE = 'data-bundle';

/**
 * Takes a preloaded response no request will take, and drops it: a page opened on another report
 * does not need the default bundle, and Chromium writes a warning in the console for every
 * preload left unused a few seconds after the page has loaded. The response is the preload's own,
 * already on its way or arrived, so this asks the server for nothing.
 */
function releasePreload(href: string): void {
  void fetch(href).then(
    (response) => response.body?.cancel(),
    () => undefined,
  );
}

/** Opens the first request's window again; for tests, each of which is a fresh page. */
export function resetPreloadWindowForTests(): void {
  preloadWindowOpen = true;
}
