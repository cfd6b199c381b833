import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { inject } from 'vitest';

export { CHROMIUM_PATH, launchBrowser } from './browser-launch.ts';

export function baseURL(): string {
  return inject('baseURL');
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors, CSP violations and dialogs seen so far. */
  problems: string[];
}

/** A fresh page that records anything that should never happen: errors, dialogs, CSP violations. */
export async function openPage(
  browser: Browser,
  {
    width = 1366,
    height = 768,
    locale = 'zh-CN',
    reducedMotion = 'reduce',
    serviceWorkers = 'block',
  }: {
    width?: number;
    height?: number;
    locale?: string;
    reducedMotion?: 'reduce' | 'no-preference';
    /**
     * The app's service worker is blocked unless a test is about it: a worker that serves the app
     * shell from its cache hides those requests from `page.route`, and installs in the middle of
     * tests that stop the clock.
     */
    serviceWorkers?: 'allow' | 'block';
  } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: { width, height },
    locale,
    reducedMotion,
    acceptDownloads: true,
    serviceWorkers,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  };
  page.on('console', onConsole);
  // The page's workers too: the validation worker fetches bundles, and the browser says a failed
  // request in the console of the thread that made it.
  page.on('worker', (worker) => worker.on('console', onConsole));
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.exposeFunction('__reportCspViolation', (text: string) =>
    problems.push(`csp: ${text}`),
  );
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return { page, context, problems };
}

/**
 * Scrolls every analyst card into view, one after another, as a reader would, then back to the
 * top: the analyst view draws a chart only when its card comes near the screen.
 */
export async function scrollThroughPanels(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    for (const card of document.querySelectorAll('[data-testid="panel"]')) {
      card.scrollIntoView({ block: 'center' });
      await frame();
      await frame();
    }
    window.scrollTo(0, 0);
  });
}

/**
 * Waits until `minimum` charts inside `within` (the whole page unless told; the wall's page on
 * the screen, say) have drawn, then reports how many canvases there have ink.
 */
export async function waitForCharts(page: Page, minimum: number, within = 'body'): Promise<number> {
  await scrollThroughPanels(page);
  await page.waitForFunction(
    ({ count, within }) =>
      document.querySelectorAll(`${within} [data-chart-finished="true"]`).length >= count,
    { count: minimum, within },
    { timeout: 20_000 },
  );
  return page.evaluate((within) => {
    let inked = 0;
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>(`${within} canvas`)) {
      const context = (canvas as HTMLCanvasElement).getContext('2d');
      if (!context || canvas.width === 0 || canvas.height === 0) continue;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 3; i < data.length; i += 4 * 7) {
        if (data[i] !== 0) {
          inked += 1;
          break;
        }
      }
    }
    return inked;
  }, within);
}

/**
 * How many chart cards the analyst view shows, once they are there: they follow the headline
 * figures. A card of one figure shows it as a number, with no chart, and is not counted.
 */
export async function panelCount(page: Page): Promise<number> {
  await page.getByTestId('panel').first().waitFor();
  return page.locator('[data-testid="panel"]:not([data-single])').count();
}

/**
 * The text of each element matching `selector`, split into the lines the browser drew it on
 * (read from each character's box), for checks on how labels wrap.
 */
export async function drawnLines(page: Page, selector: string): Promise<string[][]> {
  return page.evaluate((wanted) => {
    return [...document.querySelectorAll(wanted)].map((element) => {
      const lines: { top: number; text: string }[] = [];
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node as Text).data;
        for (let at = 0; at < text.length; at += 1) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          const box = range.getClientRects()[0];
          if (!box || box.width === 0) continue;
          const last = lines.at(-1);
          if (last && Math.abs(last.top - box.top) < box.height / 2) last.text += text[at];
          else lines.push({ top: box.top, text: text[at] ?? '' });
        }
      }
      return lines.map((line) => line.text.trim()).filter(Boolean);
    });
  }, selector);
}
