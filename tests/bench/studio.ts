// The studio's measure: a 70,000-character report drafted in the worker, and what the page does
// with the result until it is idle again. Kept apart from run.ts so an A/B of two builds can call it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT } from '../e2e/preview-server.ts';

/**
 * The excerpts the long report is made of: the seven there were when the studio's targets were set.
 * Named, so that a fixture added later does not change what the bench drafts.
 */
const EXCERPTS = [
  'anhui-five-year-review',
  'county-federation-annual',
  'district-union-brief',
  'jiangsu-five-year-review',
  'national-five-year-review',
  'ocr-two-columns',
  'zhejiang-five-year-review',
];

/** A report of about 70,000 characters: those report excerpts, repeated. */
export async function longReport(): Promise<string> {
  const dir = path.join(ROOT, 'mock/reports');
  const names = EXCERPTS.map((name) => `${name}.zh.txt`);
  const parts = await Promise.all(names.map((name) => readFile(path.join(dir, name), 'utf8')));
  let text = '';
  while (text.length < 70_000) text += `${parts.join('\n')}\n`;
  return text.slice(0, 70_000);
}

/** One draft's figures, in milliseconds. */
export interface StudioRun {
  worker: number;
  roundTrip: number;
  /** The longest main-thread task while the worker drafts. */
  longestDuring: number;
  /** From the result's arrival until the page is idle: the longest task, and the time past 50 ms. */
  longestAfter: number;
  blockingAfter: number;
  /** How long after the result the last long task ended (0 when there was none). */
  settledAfter: number;
}

/** How long the page must run no long task to count as idle once the result is in. */
const QUIET_MS = 1_000;

/**
 * Drafts `text` once in a fresh context and reads the page's long tasks (a `longtask`
 * PerformanceObserver) around two marks the studio leaves: `studio:draft-start` when the text is
 * posted to the worker, `studio:draft-done` when the result comes back. After the result it waits
 * until no long task has ended for a second, so work the page defers (row slices, idle marking,
 * the check) is counted too, not only the task that receives the result.
 */
export async function draftOnce(
  browser: Browser,
  baseURL: string,
  text: string,
  {
    rate = 1,
    onPage,
  }: { rate?: number; onPage?: (phase: 'before' | 'after') => Promise<void> } = {},
): Promise<StudioRun> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript({ content: 'window.__name = (fn) => fn;' });
  try {
    const page = await context.newPage();
    if (rate !== 1) {
      const session = await context.newCDPSession(page);
      await session.send('Emulation.setCPUThrottlingRate', { rate });
    }
    await page.goto(`${baseURL}/?mode=studio&lang=en`);
    await page.getByRole('textbox', { name: 'Report text', exact: true }).fill(text);
    await page.getByRole('textbox', { name: 'Publisher (Chinese)' }).fill('某市总工会');
    // Playwright compiles its injected script in the page's own world on the first
    // waitForFunction: a task of some 60 ms at 1x that would otherwise fall right after the
    // result and be counted as the studio's. Done here, before the long tasks are watched.
    await page.waitForFunction(() => true);
    await page.evaluate(() => {
      const tasks: { start: number; duration: number }[] = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: false });
      (window as unknown as { __tasks: typeof tasks }).__tasks = tasks;
    });
    await onPage?.('before');
    await page.getByRole('button', { name: 'Draft figures' }).click();
    await page.getByTestId('studio-figures').waitFor({ timeout: 60_000 });
    // Idle: a second without a long task ending, with the result in. Polled from a timer in the
    // page, which itself runs no long task.
    await page.waitForFunction(
      (quiet) => {
        const done = performance.getEntriesByName('studio:draft-done').at(-1);
        if (!done) return false;
        const tasks = (window as unknown as { __tasks: { start: number; duration: number }[] })
          .__tasks;
        const lastEnd = Math.max(
          done.startTime,
          ...tasks.map((task) => task.start + task.duration),
        );
        return performance.now() - lastEnd >= quiet;
      },
      QUIET_MS,
      { timeout: 120_000, polling: 100 },
    );
    await onPage?.('after');
    return await page.evaluate(() => {
      const start = performance.getEntriesByName('studio:draft-start').at(-1) as PerformanceMark;
      const done = performance.getEntriesByName('studio:draft-done').at(-1) as PerformanceMark;
      const tasks = (window as unknown as { __tasks: { start: number; duration: number }[] })
        .__tasks;
      const end = (task: { start: number; duration: number }) => task.start + task.duration;
      // While the worker drafts: tasks that begin and end between the marks. From the result on:
      // every task that ends after it, the one that receives it included.
      const during = tasks.filter(
        (task) => task.start >= start.startTime && end(task) <= done.startTime,
      );
      const after = tasks.filter((task) => end(task) > done.startTime);
      return {
        worker: (done.detail as { workerMs: number }).workerMs,
        roundTrip: done.startTime - start.startTime,
        longestDuring: Math.max(0, ...during.map((task) => task.duration)),
        longestAfter: Math.max(0, ...after.map((task) => task.duration)),
        blockingAfter: after.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
        settledAfter: Math.max(0, ...after.map((task) => end(task) - done.startTime)),
      };
    });
  } finally {
    await context.close();
  }
}
