// The page's entry, small on purpose: it shows the first screen rendered at build time (when
// that still matches the server's bundle), then fetches and starts the app. The app's code is not
// preloaded by index.html: on a slow CPU the browser handled and compiled it on the main thread
// before the first screen could show (about 100 ms at 4x), and on a slow line it took bandwidth
// from the bundle that the first screen waits for.
import '../styles.css';
import { showFirstScreen } from './boot.ts';
import { shellShown } from './shell.ts';

/** The longest the app waits for the first screen's check, so a slow server never blanks the page. */
const FIRST_SCREEN_WAIT_MS = 300;

/** Resolves in a task of its own, so what follows does not lengthen the task that ran before. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Resolves once the browser has painted what the page holds now: a frame, then a task after it. */
const afterPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

// The app's code is asked for only once the first screen has painted, so fetching and compiling it
// cannot come before that paint.
void Promise.race([
  showFirstScreen()
    .then(() => (shellShown() ? afterPaint() : undefined))
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
