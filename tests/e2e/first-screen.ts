// What the browser tests of the build-time first screens (desk and wall) share.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/** The app's own entry chunk: held back, the page shows only what boot.ts put up. */
const APP_CODE = '**/assets/start-*.js';
/** The default bundle, as the catalogue names it and the first screens were built from. */
export const DEFAULT_BUNDLE = '/data/bundles/huainan-union-five-year.json';

/** Holds the app's own code back until the test calls the function returned. */
export async function holdAppCode(page: Page): Promise<() => void> {
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(APP_CODE, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Serves the default bundle with its first headline figure changed to 612,300 people, as a
 * deploy after the build would: the page's first screen no longer matches what the server holds.
 */
export async function serveChangedDefaultBundle(page: Page): Promise<void> {
  const bundle = JSON.parse(await readFile(`public${DEFAULT_BUNDLE}`, 'utf8')) as {
    headline: string[];
    indicators: { id: string; value: number }[];
  };
  const first = bundle.indicators.find((indicator) => indicator.id === bundle.headline[0]);
  if (!first) throw new Error('the default bundle names no headline figure');
  first.value = 612_300;
  await page.route(`**${DEFAULT_BUNDLE}`, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(bundle) }),
  );
}
