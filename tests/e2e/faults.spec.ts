import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHugeBundle } from '../../mock/generate-huge.ts';
import { readFixture } from '../../mock/fixtures.ts';
import { baseURL, launchBrowser, openPage, panelCount, waitForCharts } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const DEFAULT_BUNDLE = '**/data/bundles/huainan-union-five-year.json';

/** Opens a bundle URL and returns the text of the full-page error. */
async function errorFor(bundle: string, lang: 'zh' | 'en' = 'en') {
  const { page, problems, context } = await openPage(browser);
  await page.goto(`${baseURL()}/?lang=${lang}&bundle=${encodeURIComponent(bundle)}`);
  const error = page.getByTestId('load-error');
  await error.waitFor({ timeout: 20_000 });
  const text = (await error.textContent()) ?? '';
  const retry = await page.getByRole('button', { name: lang === 'en' ? 'Retry' : '重试' }).count();
  const title = await page.title();
  await context.close();
  return { text, retry, problems, title };
}

describe('faults', () => {
  it.each([
    ['HTTP 500', '/__mock/bundles/valid-small.json?status=500', 'answered 500'],
    ['HTTP 404', '/__mock/bundles/no-such-file.json', 'answered 404'],
    ['truncated JSON', '/__mock/bundles/valid-small.json?truncate=1', 'not valid JSON'],
    ['HTML served as JSON', '/__mock/bundles/valid-small.json?html=1', 'web page (HTML)'],
    [
      'unsupported schemaVersion',
      '/__mock/bundles/broken-schema-version.json',
      'unsupported schemaVersion 2',
    ],
    ['wrong types', '/__mock/bundles/broken-wrong-types.json', 'indicators[0].value'],
    ['missing label', '/__mock/bundles/broken-missing-label.json', '.label.en'],
    ['duplicate ids', '/__mock/bundles/broken-duplicate-ids.json', 'duplicate'],
    ['dangling category', '/__mock/bundles/broken-dangling-category.json', 'unknown category'],
    ['dangling theme', '/__mock/bundles/broken-dangling-theme.json', 'unknown theme'],
    ['negative value', '/__mock/bundles/broken-negative.json', '≥ 0'],
    ['cross-origin bundle', 'https://example.com/evil.json', 'Only bundles from this site'],
    ['protocol-relative bundle', '//example.com/evil.json', 'Only bundles from this site'],
    ['javascript: bundle', 'javascript:alert(1)', 'Only bundles from this site'],
  ])(
    '%s gives a clear message naming the problem, with a retry control',
    async (_name, bundle, expected) => {
      const { text, retry, problems, title } = await errorFor(bundle);
      expect(text).toContain(expected);
      expect(retry).toBe(1);
      // The tab says what happened too, not "Loading…".
      expect(title).toBe('The indicators could not be loaded');
      expect(problems.filter((problem) => !problem.includes('Failed to load resource'))).toEqual(
        [],
      );
    },
  );

  /** Serves `body` as the bundle at a made-up same-origin path and opens it. */
  async function openRouted(body: string, lang: 'zh' | 'en' = 'en') {
    const watched = await openPage(browser);
    await watched.page.route('**/routed/bundle.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    await watched.page.goto(
      `${baseURL()}/?lang=${lang}&bundle=${encodeURIComponent('/routed/bundle.json')}`,
    );
    return watched;
  }

  it.each([
    [
      'a value of 1e999 (Infinity once parsed)',
      (json: string) => json.replace(/"value": [0-9.]+/, '"value": 1e999'),
      'indicators[0].value',
    ],
    [
      'a NaN literal',
      (json: string) => json.replace(/"value": [0-9.]+/, '"value": NaN'),
      'not valid JSON',
    ],
    [
      'a body over the 20 MB limit',
      (json: string) => json + ' '.repeat(21 * 1024 * 1024),
      'too large',
    ],
  ])('%s gives a clear message naming the problem', async (_name, mutate, expected) => {
    const { page, context } = await openRouted(mutate(readFixture('valid-small')));
    const error = page.getByTestId('load-error');
    await error.waitFor({ timeout: 20_000 });
    expect(await error.textContent()).toContain(expected);
    await context.close();
  });

  it('draws a 10 MB bundle of 55,000 indicators', { timeout: 60_000 }, async () => {
    const body = JSON.stringify(generateHugeBundle({ count: 55_000 }));
    expect(body.length).toBeGreaterThan(10 * 1024 * 1024);
    const { page, problems, context } = await openRouted(body);
    await page.getByTestId('bundle-title').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('load-error').count()).toBe(0);
    await waitForCharts(page, 1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('loads a bundle with a note and lists it, from the check made off the page', async () => {
    const { page, problems, context } = await openPage(browser);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(
      `${baseURL()}/?lang=en&bundle=${encodeURIComponent('/__mock/bundles/warn-unknown-field.json')}`,
    );
    await page.getByTestId('bundle-title').waitFor({ timeout: 20_000 });
    const button = page.getByRole('button', { name: 'Notes on this bundle (1)' });
    await button.click();
    await expect
      .poll(() => page.getByTestId('bundle-notes').textContent())
      .toContain('indicators[0].colour — unknown field "colour": kept, not used');
    // The worker checked the bundle and found the note: the page loaded no schema code of its own.
    expect(scripts.filter((url) => /zod|validate-bundle|bundle-schema/.test(url))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("checks on the page when the validation worker's script cannot load, the default report and another", async () => {
    const { page, problems, context } = await openPage(browser);
    await page.route('**/validate.worker-*.js', (route) => route.abort());
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${baseURL()}/?lang=en`);
    await page.getByTestId('bundle-title').waitFor({ timeout: 20_000 });
    expect(await waitForCharts(page, 1)).toBeGreaterThan(0);
    await page.goto(
      `${baseURL()}/?lang=en&bundle=${encodeURIComponent('/__mock/bundles/warn-unknown-field.json')}`,
    );
    await page
      .getByRole('button', { name: 'Notes on this bundle (1)' })
      .waitFor({ timeout: 20_000 });
    // The schema's code was loaded on the page, since no worker could check.
    expect(scripts.some((url) => /validate-bundle/.test(url))).toBe(true);
    expect(problems.filter((problem) => !problem.includes('validate.worker'))).toEqual([]);
    await context.close();
  });

  it('names the problem in Chinese when the page is in Chinese', async () => {
    const { text } = await errorFor('/__mock/bundles/broken-wrong-types.json', 'zh');
    expect(text).toContain('指标包不符合格式');
    // The path as the file has it, what was expected in Chinese.
    expect(text).toContain('indicators[0].value — 应为数字');
    expect(text).not.toMatch(/expected|Invalid/);
  });

  it('keeps the last good data, filters and language on screen when a refetch fails, then recovers', async () => {
    const { page, context } = await openPage(browser);
    await page.clock.install();
    await page.goto(`${baseURL()}/?lang=en&refresh=1&unit=yuan`);
    await page.getByTestId('bundle-title').waitFor();
    const panels = await panelCount(page);
    await page.route(DEFAULT_BUNDLE, (route) => route.fulfill({ status: 500, body: 'down' }));
    await page.clock.runFor(61_000);
    await page.clock.runFor(10_000);
    await page.getByTestId('stale-badge').waitFor();
    expect(await page.getByTestId('stale-badge').textContent()).toContain('out of date');
    expect(await panelCount(page)).toBe(panels);
    expect(await page.getByTestId('filter-unit-yuan').isChecked()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.unroute(DEFAULT_BUNDLE);
    await page.clock.runFor(61_000);
    await page.getByTestId('stale-badge').waitFor({ state: 'detached' });
    await context.close();
  });

  it('shows the wall once the server is back when it was switched on during an outage', async () => {
    const { page, context } = await openPage(browser, { width: 1920, height: 1080 });
    await page.clock.install();
    await page.route(DEFAULT_BUNDLE, (route) => route.fulfill({ status: 503, body: 'down' }));
    await page.goto(`${baseURL()}/?mode=screen&lang=en`);
    const error = page.getByTestId('load-error');
    // On the fake clock a request may also time out before its real answer: either way it is a
    // failure that may pass, and the page says it keeps trying.
    for (let i = 0; i < 30 && !(await error.count()); i += 1) await page.clock.runFor(2_000);
    expect(await error.textContent()).toContain('keeps trying by itself');
    // Before, two retries and then the error page for good: nobody at a wall presses Retry.
    await page.clock.runFor(120_000);
    expect(await page.getByTestId('wall').count()).toBe(0);
    await page.unroute(DEFAULT_BUNDLE);
    const wall = page.getByTestId('wall');
    for (let i = 0; i < 20 && !(await wall.count()); i += 1) await page.clock.runFor(5_000);
    await page.getByTestId('bundle-title').waitFor();
    expect(await error.count()).toBe(0);
    await context.close();
  });

  it('starts offline from the last good bundle saved locally, marked stale', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseURL()}/?lang=en`);
    await page.getByTestId('bundle-title').waitFor();
    await page.route(DEFAULT_BUNDLE, (route) => route.abort('internetdisconnected'));
    await page.reload();
    await page.getByTestId('stale-badge').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('stale-badge').textContent()).toContain('last saved data');
    expect(await panelCount(page)).toBeGreaterThan(3);
    await context.close();
  });

  it('keeps each fetch of a report in IndexedDB from the worker, sending no bundle from the page, and starts from it offline', async () => {
    const { page, problems, context } = await openPage(browser);
    // The saves the page asks of the validation worker, and whether one carried the bundle.
    await page.addInitScript(() => {
      const saves: boolean[] = [];
      (window as unknown as { saves: boolean[] }).saves = saves;
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: []) {
        const request = message as { kind?: string };
        if (request?.kind === 'save-last-good') saves.push('bundle' in request);
        return post.call(this, message, ...rest);
      };
    });
    await page.clock.install();
    const report = 'anhui-2026-government-work-report';
    await page.goto(`${baseURL()}/?lang=en&refresh=1&bundle=${report}`);
    await page.getByTestId('bundle-title').waitFor();
    const title = await page.getByTestId('bundle-title').textContent();
    // What the worker stored, read back from the browser's own IndexedDB.
    const kept = () =>
      page.evaluate(
        (key) =>
          new Promise<string>((resolve) => {
            const open = indexedDB.open('indicator-dashboard-last-good');
            open.onerror = () => resolve('');
            open.onsuccess = () => {
              const db = open.result;
              if (!db.objectStoreNames.contains('bundles')) return resolve('');
              const read = db.transaction('bundles').objectStore('bundles').get(key);
              read.onsuccess = () =>
                resolve(read.result ? `${read.result.bundle?.id} ${read.result.savedAt}` : '');
              read.onerror = () => resolve('');
            };
          }),
        report,
      );
    await expect.poll(kept, { timeout: 10_000 }).toMatch(/^anhui-2026-government-work-report \d+$/);
    const first = await kept();
    // The report is fetched again a minute later: an equal bundle, which react-query hands over as
    // the earlier object. It is kept again, still by naming the worker's check.
    await page.clock.runFor(61_000);
    await expect.poll(kept, { timeout: 10_000 }).not.toBe(first);
    const saves = await page.evaluate(() => (window as unknown as { saves: boolean[] }).saves);
    expect(saves).toEqual([false, false]);
    expect(
      await page.evaluate(() =>
        Object.keys(localStorage).filter((key) => key.includes('last-good')),
      ),
    ).toEqual([]);
    await page.route(`**/data/bundles/${report}.json`, (route) =>
      route.abort('internetdisconnected'),
    );
    await page.reload();
    await page.getByTestId('stale-badge').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('bundle-title').textContent()).toBe(title);
    expect(problems.filter((problem) => !problem.includes('Failed to load resource'))).toEqual([]);
    await context.close();
  });

  it('keeps the figures on screen when the chart code cannot be fetched, and draws after a reload', async () => {
    const { page, problems, context } = await openPage(browser);
    const chartCode = '**/assets/panel-chart-*.js';
    await page.route(chartCode, (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(`${baseURL()}/?lang=en`);
    const failed = page.getByRole('alert').filter({ hasText: 'could not be drawn' });
    await failed.first().waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('kpi-value').count()).toBeGreaterThan(0);
    expect(await page.locator('.echart canvas').count()).toBe(0);
    await page.unroute(chartCode);
    await failed.first().getByRole('button', { name: 'Reload the page' }).click();
    await waitForCharts(page, 1);
    expect(await failed.count()).toBe(0);
    expect(problems.filter((problem) => !problem.includes('Failed to load resource'))).toEqual([]);
    await context.close();
  });

  it('says so on the wall when its code cannot be fetched, and starts after a reload', async () => {
    const { page, context } = await openPage(browser, { width: 1920, height: 1080 });
    const wallCode = '**/assets/wall-page-*.js';
    await page.route(wallCode, (route) => route.abort('connectionrefused'));
    await page.goto(`${baseURL()}/?mode=screen&lang=en`);
    const error = page.getByTestId('load-error');
    await error.waitFor({ timeout: 20_000 });
    expect(await error.textContent()).toContain('could not be loaded');
    await page.unroute(wallCode);
    await error.getByRole('button', { name: 'Reload the page' }).click();
    await page.getByTestId('wall').waitFor({ timeout: 20_000 });
    await context.close();
  });

  it('times out a bundle request that never answers', async () => {
    const { page, context } = await openPage(browser);
    await page.clock.install();
    await page.route('**/__mock/bundles/valid-small.json*', () => undefined);
    // The fake clock runs only once the app has asked for the bundle: its code arrives in real
    // time, and on a busy machine the clock's runs could all be over before the request, and its
    // timeout, even began.
    const requested = page.waitForRequest('**/__mock/bundles/valid-small.json*');
    await page.goto(
      `${baseURL()}/?lang=en&bundle=${encodeURIComponent('/__mock/bundles/valid-small.json')}`,
    );
    await requested;
    for (let i = 0; i < 8 && !(await page.getByTestId('load-error').count()); i += 1) {
      await page.clock.runFor(16_000);
    }
    expect(await page.getByTestId('load-error').textContent()).toContain('timed out');
    await context.close();
  });
});

describe('hostile input', () => {
  it('shows script-like strings as text: nothing runs, no dialog, no CSP violation', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(
      `${baseURL()}/?lang=en&bundle=${encodeURIComponent('/__mock/bundles/hostile.json')}`,
    );
    await page.getByTestId('bundle-title').waitFor();
    expect(await page.getByTestId('bundle-title').textContent()).toContain('<script>');
    const panels = await panelCount(page);
    await waitForCharts(page, panels);
    // Hover every chart so tooltips render the hostile labels too.
    for (const canvas of await page.locator('canvas').all()) {
      const box = await canvas.boundingBox();
      if (box) await page.mouse.move(box.x + box.width / 2, box.y + 40);
    }
    await page.getByTestId('view-table').click();
    await page.getByTestId('table-row').first().locator('button').click();
    await page.getByTestId('detail').waitFor();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned),
    ).toBeUndefined();
    expect(problems).toEqual([]);
    await context.close();
  });
});
