// The page's entry, small on purpose: it shows the first screen rendered at build time (when
// that still matches the server's bundle), then starts the app, whose code has been downloading
// alongside (index.html preloads it).
import '../styles.css';
import { showFirstScreen } from './boot.ts';

/** The longest the app waits for the first screen's check, so a slow server never blanks the page. */
const FIRST_SCREEN_WAIT_MS = 300;

void Promise.race([
  showFirstScreen().catch(() => undefined),
  new Promise((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS)),
]).then(() => import('./start.tsx'));
