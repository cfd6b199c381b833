import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { revisePrecacheEntry } from '../../src/cli/precache-revision.ts';
import { launchBrowser, openPage } from './browser.ts';
import { ROOT, startPreview } from './preview-server.ts';

// Each test serves its own copy of the build, which it stops, starts again or redeploys: the
// service worker belongs to the server's origin, and the shared server must stay up.
let browser: Browser;
let dir: string;
let server: Awaited<ReturnType<typeof startPreview>> | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await server?.stop();
  server = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function serveCopyOfBuild(): Promise<string> {
  dir = await mkdtemp(path.join(tmpdir(), 'dashboard-build-'));
  await cp(path.join(ROOT, 'dist'), dir, { recursive: true });
  server = await startPreview({ outDir: dir });
  return server.baseURL;
}

/** Waits until the service worker has precached the app and is in charge of the page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/**
 * Notes, in sessionStorage (kept across a reload), each panel the wall features, frame by frame,
 * with the page load that featured it.
 */
async function recordFeaturedPanels(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const load = Math.random();
    let last = -1;
    requestAnimationFrame(function look() {
      const panels = [...document.querySelectorAll('[data-testid="wall-panel"]')];
      const featured = panels.findIndex((panel) => panel.getAttribute('data-featured') === 'true');
      if (featured >= 0 && featured !== last) {
        last = featured;
        const seen = JSON.parse(sessionStorage.getItem('featured') ?? '[]') as number[][];
        sessionStorage.setItem('featured', JSON.stringify([...seen, [load, featured]]));
      }
      requestAnimationFrame(look);
    });
  });
}

/** Problems other than the requests the test made fail on purpose. */
const unexpected = (problems: string[]) =>
  problems.filter((problem) => !problem.includes('Failed to load resource'));

describe('offline app shell', () => {
  it("precaches the code and styles, all but the worker of the wall's first-screen pictures", async () => {
    const dist = path.join(ROOT, 'dist');
    const sw = await readFile(path.join(dist, 'sw.js'), 'utf8');
    const assets = await readdir(path.join(dist, 'assets'));
    const code = assets.filter((name) => /\.(js|css)$/.test(name));
    const left = code.filter((name) => !sw.includes(`assets/${name}`));
    // It runs only once the server has answered (src/app/boot.ts): an offline start never asks for it.
    expect(left).toEqual([expect.stringMatching(/^wall-preview\.worker-[\w-]+\.js$/)]);
  });

  it('installs the offline copy only once the first bundle is checked, never while it is on its way', async () => {
    const base = await serveCopyOfBuild();
    const { page, problems, context } = await openPage(browser, { serviceWorkers: 'allow' });
    await page.addInitScript(() => {
      const container = navigator.serviceWorker;
      const register = container.register.bind(container);
      container.register = (...args: Parameters<ServiceWorkerContainer['register']>) => {
        (window as unknown as { __registeredAt: number }).__registeredAt = performance.now();
        return register(...args);
      };
    });
    // A slow server: the page has loaded and gone idle long before its bundle arrives.
    await page.goto(
      `${base}/?lang=en&bundle=${encodeURIComponent('/__mock/bundles/valid-small.json?delay=1500')}`,
    );
    await page.getByTestId('bundle-title').waitFor({ timeout: 20_000 });
    await waitForServiceWorker(page);
    const times = await page.evaluate(() => ({
      registered: (window as unknown as { __registeredAt?: number }).__registeredAt,
      checked: performance.getEntriesByName('bundle:validated')[0]?.startTime,
      loaded: performance.getEntriesByType('navigation')[0]?.toJSON().loadEventEnd as number,
    }));
    expect(times.checked).toBeGreaterThan(times.loaded + 1_000);
    expect(times.registered).toBeGreaterThan(times.checked as number);
    expect(unexpected(problems)).toEqual([]);
    await context.close();
  });

  for (const [view, url, figure] of [
    ['the wall', '/?mode=screen&lang=en', 'wall-kpi-value'],
    ['the desk', '/?lang=en', 'kpi-value'],
  ] as const) {
    it(`starts ${view} with the server down after one good visit: last figures, marked stale, then recovers`, async () => {
      const base = await serveCopyOfBuild();
      const { page, problems, context } = await openPage(browser, {
        width: 1920,
        height: 1080,
        locale: 'en-GB',
        serviceWorkers: 'allow',
      });
      await page.goto(`${base}${url}`);
      const first = await page.getByTestId(figure).first().textContent();
      const firstTop = (await page.getByTestId(figure).first().boundingBox())?.y;
      await waitForServiceWorker(page);

      // The server goes away; the screen is switched off and on again.
      const port = server!.port;
      await server!.stop();
      server = undefined;
      await page.reload();
      await page.getByTestId('stale-badge').waitFor({ timeout: 20_000 });
      expect(await page.getByTestId(figure).first().textContent()).toBe(first);
      const badge = await page.getByTestId('stale-badge').textContent();
      expect(badge).toContain('Offline: showing the last saved data (saved');
      // The time of the data: the year of the good visit is part of it.
      expect(badge).toContain(String(new Date().getFullYear()));
      if (figure === 'wall-kpi-value') {
        // Read across the room, the badge covers none of the band's words, and the band keeps
        // its height: the headline figures below have not moved.
        const covered = await page.evaluate(() => {
          const box = (element: Element) => element.getBoundingClientRect();
          const badgeBox = box(document.querySelector('[data-testid="stale-badge"]')!);
          return ['h1', '.wall-header__title p', '.wall-period', '.wall-asof', '.wall-clock']
            .map((selector) => [selector, box(document.querySelector(selector)!)] as const)
            .filter(
              ([, other]) =>
                badgeBox.left < other.right &&
                other.left < badgeBox.right &&
                badgeBox.top < other.bottom &&
                other.top < badgeBox.bottom,
            )
            .map(([selector]) => selector);
        });
        expect(covered).toEqual([]);
        expect((await page.getByTestId(figure).first().boundingBox())?.y).toBe(firstTop);
      }

      // The server answers again: the page takes it up by itself.
      server = await startPreview({ outDir: dir, port });
      await page.getByTestId('stale-badge').waitFor({ state: 'detached', timeout: 40_000 });
      expect(await page.getByTestId(figure).first().textContent()).toBe(first);
      expect(unexpected(problems)).toEqual([]);
      await context.close();
    });
  }
});

describe('a new deploy', () => {
  it('is taken by the wall as its tour steps, resuming the step it reached', async () => {
    const base = await serveCopyOfBuild();
    const { page, problems, context } = await openPage(browser, {
      width: 1920,
      height: 1080,
      serviceWorkers: 'allow',
    });
    await recordFeaturedPanels(page);
    await page.goto(`${base}/?mode=screen&lang=zh&interval=3&health=1`);
    await page.getByTestId('wall').waitFor();
    await waitForServiceWorker(page);
    expect(await page.locator('meta[name="deploy"]').count()).toBe(0);

    // The next build: a changed page, and so a changed service worker.
    const htmlPath = path.join(dir, 'index.html');
    const html = (await readFile(htmlPath, 'utf8')).replace(
      '<head>',
      '<head><meta name="deploy" content="next">',
    );
    const swPath = path.join(dir, 'sw.js');
    const sw = revisePrecacheEntry(await readFile(swPath, 'utf8'), 'index.html', html);
    expect(sw).toBeDefined();
    await writeFile(htmlPath, html);
    await writeFile(swPath, sw!);

    // The wall asks the server for a new version now and then; the test asks now.
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await page.locator('meta[name="deploy"]').waitFor({ state: 'attached', timeout: 30_000 });
    await page.getByTestId('wall').waitFor();
    // It reloaded as one of the wall's own reloads, counted…
    expect(await page.getByTestId('health-reloads').textContent()).toBe('1');
    // …which opens on the panel the tour had just stepped to when it was taken.
    await page.waitForFunction(
      () =>
        JSON.parse(sessionStorage.getItem('featured') ?? '[]').length > 0 &&
        new Set(
          JSON.parse(sessionStorage.getItem('featured') ?? '[]').map(
            (seen: [number, number]) => seen[0],
          ),
        ).size === 2,
    );
    const seen = await page.evaluate(
      () => JSON.parse(sessionStorage.getItem('featured') ?? '[]') as [number, number][],
    );
    const loads = [...new Set(seen.map(([load]) => load))];
    const before = seen.filter(([load]) => load === loads[0]).map(([, panel]) => panel);
    const after = seen.filter(([load]) => load === loads[1]).map(([, panel]) => panel);
    expect(after[0]).toBe(before.at(-1));
    // Exactly one reload: the new page has no version waiting, so nothing loops.
    expect(
      await page.evaluate(async () =>
        Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
      ),
    ).toBe(false);
    expect(unexpected(problems)).toEqual([]);
    await context.close();
  });
});
