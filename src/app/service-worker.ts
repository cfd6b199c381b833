// Registers the service worker of the offline app shell (see vite.config.ts) once the page's first
// bundles have been fetched and checked and the page has loaded and gone idle, so precaching the
// app's code never competes with the first screen. A new version found later is offered to the
// page (src/ui/app-update.ts), never forced on it.
import { whenIdle } from '../lib/schedule.ts';
import { offerUpdate } from '../ui/app-update.ts';

/** How often a page that stays open (a wall, for weeks) asks the server for a new version. */
const UPDATE_CHECK_MS = 60 * 60_000;
/** How long the worker waits for the page's first bundles at most. */
const AFTER_AT_MOST_MS = 30_000;

function whenLoadedAndIdle(run: () => void): void {
  const start = () => whenIdle(run, 5_000);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

/**
 * Registers `/sw.js` in a production build; the dev server has none. `after` is the page's first
 * bundle requests: the load event does not wait for them, and a worker installed while a large
 * bundle was still on its way precached 39 files and compiled the chart code on the same two
 * cores (a bundle of 10,000 figures took a quarter longer to show). Whatever they end in, the
 * worker is registered after them, or after `AFTER_AT_MOST_MS` if they are still going (a server
 * that stays down keeps its request retrying).
 */
export function registerServiceWorker(after: Promise<unknown>): void {
  // Not only "is it there": a locked-down browser may expose the property with no container behind it.
  const container = (navigator as { serviceWorker?: ServiceWorkerContainer }).serviceWorker;
  if (!import.meta.env.PROD || !container) return;
  let done = false;
  const next = () => {
    if (done) return;
    done = true;
    whenLoadedAndIdle(register);
  };
  after.then(next, next);
  window.setTimeout(next, AFTER_AT_MOST_MS);
}

function register(): void {
  void import('workbox-window').then(async ({ Workbox }) => {
    const worker = new Workbox('/sw.js', { scope: '/' });
    let reloading = false;
    worker.addEventListener('waiting', () => {
      offerUpdate(() => {
        // Only a change of worker this page asked for reloads it: the first worker taking
        // charge of a page it did not load (clientsClaim) leaves the page alone.
        navigator.serviceWorker.addEventListener('controllerchange', () => {
          if (reloading) return;
          reloading = true;
          window.location.reload();
        });
        worker.messageSkipWaiting();
      });
    });
    // A browser may refuse or stub the worker (a policy, a private window, a test harness that
    // blocks workers): the page then runs as it would without one, online only.
    const registration = await worker.register().catch(() => undefined);
    if (registration) window.setInterval(() => void registration.update(), UPDATE_CHECK_MS);
  });
}
