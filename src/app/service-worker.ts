// Registers the service worker of the offline app shell (see vite.config.ts) once the page's first
// data is checked and the page has loaded and gone idle, so precaching the app's code competes
// neither with the first screen nor with the check of a large bundle. A new version found later is
// offered to the page (src/ui/app-update.ts), never forced on it.
import { whenLoadedAndIdle } from '../lib/schedule.ts';
import { offerUpdate } from '../ui/app-update.ts';

/** How often a page that stays open (a wall, for weeks) asks the server for a new version. */
const UPDATE_CHECK_MS = 60 * 60_000;

/**
 * Registers `/sw.js` in a production build; the dev server has none. Not before `firstData` has
 * settled (the page's first bundles fetched and checked, or failed): installing takes the second
 * core for a few hundred milliseconds (the worker's script, 39 files fetched and stored, the chart
 * code compiled for its cache), and the load event and an idle page came while a large bundle was
 * still being checked in the validation worker. For 10,000 figures that made the load about 140 ms
 * longer at 1x. For the default report the install moves from the wait for its bundle to just after
 * its first data, while the reader looks at it.
 */
export function registerServiceWorker(firstData: Promise<unknown> = Promise.resolve()): void {
  // Not only "is it there": a locked-down browser may expose the property with no container behind it.
  const container = (navigator as { serviceWorker?: ServiceWorkerContainer }).serviceWorker;
  if (!import.meta.env.PROD || !container) return;
  const register = () => whenLoadedAndIdle(install, 5_000);
  void firstData.then(register, register);
}

function install(): void {
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
