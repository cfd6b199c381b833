import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser, openPage } from './browser.ts';
import { measureHeap } from './heap.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Stated margins: after a forced GC, 2,000 more tour steps may not grow these
 * beyond the figures taken after a 300-step warm-up. The heap figure is the
 * page's JavaScript data from a heap snapshot; compiled code is printed but not
 * asserted, because V8 keeps optimising for minutes (measured: +0.6 MB of code
 * between steps 400 and 1,600, objects flat to within 0.5%).
 */
const HEAP_MARGIN = 0.05;
const NODE_MARGIN = 0.05;
const LISTENER_MARGIN = 0.05;
/** Samples of the DOM counters per measure, a tour step apart. */
const COUNT_SAMPLES = 5;

/** Opens `address` on a fake clock, tours 300 steps, measures, tours 2,000 more and measures again. */
async function soak(address: string, align?: (page: Page) => Promise<void>) {
  const { page, problems, context } = await openPage(browser, { width: 1920, height: 1080 });
  await page.clock.install();
  await page.goto(`${baseURL()}${address}`);
  await page.getByTestId('wall').waitFor();
  const session = await context.newCDPSession(page);
  // Nodes and listeners are the least of a few samples a step apart: a sample taken while one page
  // gives way to the next counts both pages, and a leak raises the floor, not one sample.
  const counts = async () =>
    (await session.send('Memory.getDOMCounters')) as { nodes: number; jsEventListeners: number };
  const measure = async () => {
    await align?.(page);
    await page.clock.runFor(2_000);
    const heap = await measureHeap(session);
    let { nodes, jsEventListeners: listeners } = await counts();
    for (let sample = 0; sample < COUNT_SAMPLES; sample += 1) {
      await page.clock.runFor(3_000);
      const next = await counts();
      nodes = Math.min(nodes, next.nodes);
      listeners = Math.min(listeners, next.jsEventListeners);
    }
    return { ...heap, nodes, listeners };
  };
  for (let step = 0; step < 300; step += 1) await page.clock.fastForward(3_000);
  const early = await measure();
  for (let step = 0; step < 2_000; step += 1) await page.clock.fastForward(3_000);
  const late = await measure();
  // The tour is still moving at the end: one more step features another panel.
  const featured = page.locator('[data-testid="wall-panel"][data-featured="true"] h2');
  const before = await featured.textContent();
  await page.clock.runFor(3_000);
  await page.waitForFunction(
    (title) =>
      document.querySelector('[data-testid="wall-panel"][data-featured="true"] h2')?.textContent !==
      title,
    before,
  );
  return { page, problems, context, early, late };
}

/**
 * Steps a tour of several reports on to the first step of its first report in Chinese, so that
 * both measures see the same report, language and pages drawn: reports differ in panels, and the
 * languages in panels per page, hence in nodes.
 */
async function toFirstReport(page: Page) {
  const atStart = () =>
    page.evaluate(
      () =>
        document.querySelector('[data-testid="tour-report"]')?.getAttribute('data-report') ===
          '1' && document.documentElement.lang === 'zh-CN',
    );
  for (let step = 0; step < 400 && (await atStart()); step += 1) {
    await page.clock.fastForward(3_000);
  }
  for (let step = 0; step < 400 && !(await atStart()); step += 1) {
    await page.clock.fastForward(3_000);
  }
}

/**
 * Steps the tour on to the first panel of its first page in Chinese, so that both measures see
 * the same page and language: the languages differ in panels per page, and pages in panels, hence
 * in nodes. (Where a lap falls depends on the report's panel count, not on the 300 and 2,000.)
 */
async function toFirstPage(page: Page) {
  const atStart = () =>
    page.evaluate(() => {
      const marker = document.querySelector('[data-testid="wall-page"]')?.textContent ?? '';
      const first = document.querySelector('.wall-page--shown [data-testid="wall-panel"]');
      return (
        document.documentElement.lang === 'zh-CN' &&
        (marker === '' || /第\s*1\s*\//.test(marker)) &&
        first?.getAttribute('data-featured') === 'true'
      );
    });
  for (let step = 0; step < 400 && !(await atStart()); step += 1) {
    await page.clock.fastForward(3_000);
  }
  expect(await atStart()).toBe(true);
}

describe('the wall over days', () => {
  it(
    'keeps heap, DOM nodes and listeners flat over 2,000 tour steps on a fake clock',
    { timeout: 300_000 },
    async () => {
      const { problems, context, early, late } = await soak(
        '/?mode=screen&lang=cycle&interval=3',
        toFirstPage,
      );
      console.info('wall soak', { early, late });
      expect(late.dataBytes).toBeLessThanOrEqual(early.dataBytes * (1 + HEAP_MARGIN));
      expect(late.nodes).toBeLessThanOrEqual(early.nodes * (1 + NODE_MARGIN));
      expect(late.listeners).toBeLessThanOrEqual(early.listeners * (1 + LISTENER_MARGIN));
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  it(
    'keeps them flat over 2,000 steps of a tour of three reports, each drawn afresh in turn',
    { timeout: 1_500_000 },
    async () => {
      const reports = [
        'huainan-union-five-year',
        'anhui-2026-government-work-report',
        'zhejiang-2026-government-work-report',
      ];
      const { page, problems, context, early, late } = await soak(
        `/?mode=screen&lang=cycle&interval=3&bundle=${reports.join(',')}`,
        toFirstReport,
      );
      // Still a tour of all three: the report on screen is one of them and says so.
      expect(await page.getByTestId('tour-report').textContent()).toMatch(/3/);
      expect(await page.getByTestId('tour-skipped').count()).toBe(0);
      console.info('wall tour soak', { early, late });
      expect(late.dataBytes).toBeLessThanOrEqual(early.dataBytes * (1 + HEAP_MARGIN));
      expect(late.nodes).toBeLessThanOrEqual(early.nodes * (1 + NODE_MARGIN));
      expect(late.listeners).toBeLessThanOrEqual(early.listeners * (1 + LISTENER_MARGIN));
      expect(problems).toEqual([]);
      await context.close();
    },
  );
});
