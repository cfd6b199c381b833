// The page's entry, small on purpose: it shows the first screen rendered at build time (when
// that still matches the server's bundle), then fetches and starts the app. The app's code is not
// preloaded by index.html: on a slow CPU the browser handled and compiled it on the main thread
// before the first screen could show (about 100 ms at 4x), and on a slow line it took bandwidth
// from the bundle that the first screen waits for.
import '../styles.css';
import { showFirstScreen } from './boot.ts';
import { shellShown } from './shell.ts';
import { warmValidator } from '../data/validator-worker.ts';
import { nextTask } from '../lib/in-turn.ts';

/** The longest the app waits for the first screen's check, so a slow server never blanks the page. */
const FIRST_SCREEN_WAIT_MS = 300;

/** How long the app waits at most for the browser to report the first screen's paint. */
const PAINT_REPORT_WAIT_MS = 250;

/**
 * Resolves once the browser has put the first screen on the display: it reports that paint (its
 * "first-contentful-paint" entry) only when the frame has been presented, which on a slow device
 * comes tens of milliseconds after the task that painted it. Asked for earlier, the app's code
 * shared the line with that frame. Browsers that do not report paints wait two frames instead.
 */
const afterPresented = () =>
  new Promise<void>((resolve) => {
    const done = () => setTimeout(resolve, 0);
    const cap = setTimeout(done, PAINT_REPORT_WAIT_MS);
    const finish = () => {
      clearTimeout(cap);
      done();
    };
    if (
      typeof PerformanceObserver === 'undefined' ||
      !PerformanceObserver.supportedEntryTypes?.includes('paint')
    ) {
      requestAnimationFrame(() => requestAnimationFrame(finish));
      return;
    }
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      finish();
    });
    observer.observe({ type: 'paint', buffered: true });
  });

// The app's code is asked for only once the first screen has painted, so fetching and compiling it
// cannot come before that paint.
void Promise.race([
  showFirstScreen()
    .then(() => {
      if (shellShown()) return afterPresented();
      // No first screen (another report, the table, the studio, a changed bundle): the bundle will
      // be checked in the validation worker, so it starts now and its code loads beside the app's,
      // not after the bundle's request. With a first screen up it waits for that request, as a
      // check ending during React's first render made that render one long task on a phone.
      warmValidator();
      return undefined;
    })
    .catch(() => undefined),
  new Promise((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS)),
])
  // React's code, the other libraries and the app's each run in a task of their own: run as one
  // module graph, they were a single task of about 95 ms at 1x, the longest of a phone's start.
  .then(() => import('./start-react.ts'))
  .then(nextTask)
  .then(() => import('./start-libs.ts'))
  .then(nextTask)
  .then(() => import('./start.tsx'));
