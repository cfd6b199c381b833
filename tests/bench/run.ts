// `npm run bench`: measures the production build in Chromium and writes tests/bench/results.json
// plus the table between the BENCH markers in README.md. Figures, not pass/fail: tests stay deterministic.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { build } from 'vite';
import { generateCatalog, writeCatalog } from '../../mock/generate-catalog.ts';
import { generateHugeBundle } from '../../mock/generate-huge.ts';
import { measureHeap } from '../e2e/heap.ts';
import { launchBrowser } from '../e2e/browser-launch.ts';
import { ROOT, startPreview } from '../e2e/preview-server.ts';
import { measureLighthouse } from './lighthouse.ts';
import { draftOnce, longReport, type StudioRun } from './studio.ts';
import { withBenchTable, type Figures } from './targets.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const DIST = path.join(ROOT, 'dist');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/** What to watch on a page: its first headline figure, and its charts. */
interface Watched {
  kpi: string;
  charts: string;
}
const DESK: Watched = { kpi: '.kpi__value, .static-kpi', charts: '.echart' };
// The wall's first page: the pages it then draws ahead, hidden, are not what a viewer waits for.
const WALL: Watched = {
  // Its class, not its test id: the first screen rendered at build time has the figures, not the ids.
  kpi: '.wall-kpi__value',
  charts: '.wall-page--shown .wall-panel .echart',
};

/**
 * Records when the first headline figure is in the DOM and painted, and when all charts finished,
 * and reports each as a console message. The harness waits for those messages rather than polling
 * the page: Playwright's polling compiles its own script in the page (about 25 ms at 4x) and runs
 * it every frame, work that would land inside the very interval being measured, on the app's page
 * more than on the static one (whose figure is painted before the harness starts to wait).
 */
const OBSERVER = ({ kpi, charts }: Watched) => {
  let kpiSeen = false;
  let chartsSeen = false;
  let shownSeen = false;
  const check = () => {
    if (!kpiSeen && document.querySelector(kpi)) {
      kpiSeen = true;
      requestAnimationFrame(() => console.debug(`bench:kpi ${performance.now()}`));
    }
    // The first screen's charts: those on the screen (the desk draws the ones just below it later;
    // the wall's stage always fits the screen).
    const drawn = [...document.querySelectorAll(charts)].filter(
      (chart) => chart.getBoundingClientRect().top < window.innerHeight,
    );
    if (
      !chartsSeen &&
      drawn.length > 0 &&
      drawn.every((chart) => chart.getAttribute('data-chart-finished') === 'true')
    ) {
      chartsSeen = true;
      performance.mark('charts:finished');
      console.debug(`bench:charts ${performance.now()}`);
    }
    // The wall's first page showing a chart in every box: the live one drawn, or the SVG the
    // first screen's worker drew of the same option until then.
    const boxes = [...document.querySelectorAll('.wall-page--shown .wall-panel')];
    if (
      !shownSeen &&
      boxes.length > 0 &&
      boxes.every((box) =>
        box.querySelector('.chart-placeholder--preview, .echart[data-chart-finished="true"]'),
      )
    ) {
      shownSeen = true;
      console.debug(`bench:shown ${performance.now()}`);
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true });
  // Stopped once the load is measured (see `settled`): left on, it measured every chart's box on
  // every change of the page, a layout forced into each task of a filter or language switch that
  // the app itself never forces (those two doubled at 4x CPU against timings without it).
  (window as unknown as { benchStopWatching?: () => void }).benchStopWatching = () =>
    observer.disconnect();
};

/** The time a page reported with the console message `bench:<name> <ms>`. */
function reported(page: Page, name: string): Promise<number> {
  return page
    .waitForEvent('console', {
      predicate: (message) => message.text().startsWith(`bench:${name} `),
      timeout: 60_000,
    })
    .then((message) => Number(message.text().split(' ')[1]));
}

/**
 * A browser context whose pages tolerate the `__name(fn, "name")` calls tsx (esbuild with
 * keepNames) writes into functions we hand to the page; without it the first named inner
 * function throws a ReferenceError in the page and the measurement silently never fires.
 */
async function newContext(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0],
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript({ content: 'window.__name = (fn) => fn;' });
  return context;
}

/** Slow 4G as Lighthouse defines it: 150 ms latency, 1.6 Mbps down, 750 kbps up. */
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

async function throttled(page: Page, rate: number, slow4g = false): Promise<CDPSession> {
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate });
  if (slow4g) {
    await session.send('Network.enable');
    await session.send('Network.emulateNetworkConditions', SLOW_4G);
  }
  return session;
}

async function gzipBytes(urls: string[]): Promise<number> {
  let total = 0;
  for (const url of urls) {
    const file = path.join(DIST, new URL(url).pathname);
    total += gzipSync(await readFile(file)).length;
  }
  return total;
}

/**
 * Gzip bytes of the page's entry script and the modules it imports statically: the JavaScript
 * that has to run before the first screen can show.
 */
async function entryGzipBytes(): Promise<number> {
  const html = await readFile(path.join(DIST, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]* src="\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error('no module script in dist/index.html');
  const seen = new Set<string>();
  const visit = async (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = await readFile(path.join(DIST, file), 'utf8');
    for (const match of code.matchAll(
      /(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g,
    )) {
      await visit(path.posix.join('assets', match[1] as string));
    }
  };
  await visit(entry);
  let total = 0;
  for (const file of seen) total += gzipSync(await readFile(path.join(DIST, file))).length;
  return total;
}

async function loadOnce(
  browser: Browser,
  url: string,
  rate: number,
  {
    watch = DESK,
    width = 1366,
    height = 768,
    slow4g = false,
  }: { watch?: Watched; width?: number; height?: number; slow4g?: boolean } = {},
) {
  const context = await newContext(browser, {
    viewport: { width, height },
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  await throttled(page, rate, slow4g);
  await page.addInitScript(OBSERVER, watch);
  // Both waits start before the page does: either message may come before the other is awaited.
  const kpiPaint = reported(page, 'kpi');
  const chartsFinished = reported(page, 'charts');
  chartsFinished.catch(() => undefined); // the static page has no charts; nobody awaits it there
  const chartsShown = reported(page, 'shown');
  chartsShown.catch(() => undefined); // only the wall reports it
  try {
    await page.goto(url, { waitUntil: 'commit' });
  } catch (error) {
    kpiPaint.catch(() => undefined); // the navigation's error is the one to report
    throw error;
  }
  return { context, page, kpiPaint: await kpiPaint, chartsFinished, chartsShown };
}

/** The scripts the page fetched, and when each arrived: read once the measured load is over. */
function scriptTimings(page: Page): Promise<{ name: string; end: number }[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.js'))
      .map((entry) => ({
        name: entry.name,
        end: (entry as PerformanceResourceTiming).responseEnd,
      })),
  );
}

/**
 * Clicks `selector` and measures until every chart on the page has drawn again (and, given
 * `lang`, the page is in that language), one frame after: what the reader waits for.
 */
function timeToRedraw(page: Page, selector: string, lang?: string): Promise<number> {
  return page.evaluate(
    async ({ selector, lang }) => {
      const start = performance.now();
      (document.querySelector(selector) as HTMLElement).click();
      await new Promise<void>((resolve) => {
        const poll = () => {
          const charts = document.querySelectorAll('.echart');
          const done = document.querySelectorAll('.echart[data-chart-finished="true"]');
          const inLang = lang === undefined || document.documentElement.lang === lang;
          if (inLang && charts.length > 0 && done.length === charts.length)
            requestAnimationFrame(() => resolve());
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      });
      return performance.now() - start;
    },
    { selector, lang },
  );
}

/**
 * A real click (the mouse, through the DevTools protocol) on `selector`, which must be on the
 * screen: from the click's own time stamp until the charts have redrawn (as `timeToRedraw`), and
 * the click's Event Timing duration, from the input to the next frame painted: what Interaction to
 * Next Paint measures, and what a reader waits for before the page answers. Event Timing sees
 * only real input, not a script's `click()`.
 */
async function clickToRedraw(
  page: Page,
  selector: string,
  lang: string,
): Promise<{ redrawn: number; interaction: number }> {
  const [x, y] = await page.evaluate((selector) => {
    const box = (document.querySelector(selector) as HTMLElement).getBoundingClientRect();
    return [box.x + box.width / 2, box.y + box.height / 2];
  }, selector);
  await page.evaluate((lang) => {
    const durations: number[] = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[])
        if (entry.interactionId) durations.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    const redrawn = new Promise<number>((resolve) => {
      document.addEventListener(
        'click',
        (event) => {
          const poll = () => {
            const charts = document.querySelectorAll('.echart');
            const done = document.querySelectorAll('.echart[data-chart-finished="true"]');
            if (
              document.documentElement.lang === lang &&
              charts.length > 0 &&
              done.length === charts.length
            )
              requestAnimationFrame(() => resolve(performance.now() - event.timeStamp));
            else requestAnimationFrame(poll);
          };
          requestAnimationFrame(poll);
        },
        { capture: true, once: true },
      );
    });
    (window as unknown as { benchClick: unknown }).benchClick = { durations, redrawn };
  }, lang);
  await page.mouse.click(x, y);
  return page.evaluate(async () => {
    const { durations, redrawn } = (
      window as unknown as { benchClick: { durations: number[]; redrawn: Promise<number> } }
    ).benchClick;
    const ms = await redrawn;
    // Event Timing reports after the frame it waited for; a longer wait changes nothing.
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Under 16 ms is not reported: counted as 16.
    return { redrawn: ms, interaction: Math.max(16, ...durations) };
  });
}

/**
 * Stops the load's watcher, then waits until the page has settled: every chart drawn, no
 * placeholder left on the screen (the desk draws those just below the fold only once the reader
 * moves), the offline copy installed (the app's pages: `offlineCopy`), then idle twice over (code
 * still arriving and running, workers answering), so a click then times the filter or the
 * language switch, not the page's start still under way.
 */
async function settled(page: Page, { offlineCopy = true } = {}): Promise<void> {
  await page.evaluate(() =>
    (window as unknown as { benchStopWatching?: () => void }).benchStopWatching?.(),
  );
  await page.waitForFunction(
    () => {
      const charts = [...document.querySelectorAll('.echart')];
      const waiting = [...document.querySelectorAll('.chart-placeholder')].some(
        (placeholder) => placeholder.getBoundingClientRect().top < window.innerHeight,
      );
      return (
        !waiting && charts.every((chart) => chart.getAttribute('data-chart-finished') === 'true')
      );
    },
    null,
    { timeout: 60_000, polling: 'raf' },
  );
  // A first visit installs the offline copy once its first data is in (src/app/service-worker.ts):
  // a few hundred milliseconds of the second core. A click measured while that runs measures the
  // install as much as the click, so the clicks wait for it (tests/bench/README.md, 2026-12-06).
  if (offlineCopy)
    await page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker?.ready,
        new Promise((resolve) => setTimeout(resolve, 10_000)),
      ]),
    );
  for (let round = 0; round < 2; round += 1) {
    await page.evaluate(
      () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5_000 })),
    );
  }
}

/**
 * Waits until the page has opened the faces of `lang` and drawn its chart glyphs ahead
 * (src/ui/warm-fonts.ts): idle work that starts once the page has loaded and gone idle. A reader
 * reads the page for longer than that before switching languages, so the switch is timed after
 * it, as it is after the service worker's install; when it was done, in ms from the navigation,
 * is reported beside the switch. Throws if it never comes: the switch would then time a page that
 * no reader sees.
 */
async function warmUpDone(page: Page, lang: string): Promise<number> {
  const mark = `warm-fonts:${lang}`;
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, mark, {
    timeout: 30_000,
  });
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? NaN, mark);
}

/**
 * The bare ECharts page (tests/bench/bare-echarts): one chart of the figures the desk shows after
 * its unit filter, switched to English and timed as the desk's switch is. The switch's reference,
 * loaded in turn with the app in the same run: a static page's load is network and parsing, a
 * switch is the main thread's work, and a busy machine slows the second more than the first.
 */
async function bareEchartsSwitch(browser: Browser, baseURL: string, rate: number): Promise<number> {
  const context = await newContext(browser, {
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
  });
  try {
    const page = await context.newPage();
    await throttled(page, rate);
    await page.goto(`${baseURL}/bench-echarts/`);
    // It has no offline copy: waiting for one would wait out the timeout.
    await settled(page, { offlineCopy: false });
    return (await clickToRedraw(page, '[data-testid="lang-switch"]', 'en')).redrawn;
  } finally {
    await context.close();
  }
}

async function measureLoads(browser: Browser, baseURL: string, rate: number): Promise<Figures> {
  const kpi: number[] = [];
  const staticKpi: number[] = [];
  const charts: number[] = [];
  const filter: number[] = [];
  const language: number[] = [];
  const languageInteraction: number[] = [];
  const warmedUp: number[] = [];
  const bareSwitch: number[] = [];
  const switchToBare: number[] = [];
  let jsBeforeKpi = 0;
  let jsTotal = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const plain = await loadOnce(browser, `${baseURL}/bench-static.html`, rate);
    staticKpi.push(plain.kpiPaint);
    await plain.context.close();

    const app = await loadOnce(browser, `${baseURL}/?lang=zh`, rate);
    kpi.push(app.kpiPaint);
    charts.push(await app.chartsFinished);
    const scripts = await scriptTimings(app.page);
    jsBeforeKpi = await gzipBytes(
      scripts.filter((script) => script.end <= app.kpiPaint).map((script) => script.name),
    );
    jsTotal = await gzipBytes([...new Set(scripts.map((script) => script.name))]);

    await settled(app.page);
    filter.push(await timeToRedraw(app.page, '[data-testid="filter-unit-yuan"]'));
    await settled(app.page);
    warmedUp.push(await warmUpDone(app.page, 'en'));
    const switched = await clickToRedraw(app.page, '[data-testid="lang-switch"]', 'en');
    language.push(switched.redrawn);
    languageInteraction.push(switched.interaction);
    await app.context.close();

    const bare = await bareEchartsSwitch(browser, baseURL, rate);
    bareSwitch.push(bare);
    switchToBare.push(switched.redrawn / bare);
  }
  return {
    [`firstKpiPaintMs@${rate}x`]: round(median(kpi)),
    [`staticHtmlKpiPaintMs@${rate}x`]: round(median(staticKpi)),
    [`kpiPaintRatio@${rate}x`]: round(median(kpi) / median(staticKpi), 2),
    [`firstScreenChartsFinishedMs@${rate}x`]: round(median(charts)),
    [`filterToChartsMs@${rate}x`]: round(median(filter)),
    [`languageSwitchMs@${rate}x`]: round(median(language)),
    [`languageSwitchInteractionMs@${rate}x`]: round(median(languageInteraction)),
    [`languageWarmUpDoneMs@${rate}x`]: round(median(warmedUp)),
    [`bareEchartsSwitchMs@${rate}x`]: round(median(bareSwitch)),
    // The median of each run's own ratio: the two were measured within seconds of each other.
    [`languageSwitchToBareEchartsRatio@${rate}x`]: round(median(switchToBare), 2),
    jsGzipBeforeKpiKB: round(jsBeforeKpi / 1024),
    jsGzipRunBeforeKpiKB: round((await entryGzipBytes()) / 1024),
    jsGzipTotalKB: round(jsTotal / 1024),
  };
}

/**
 * A wall switched on: its first headline figure, and its first page of charts drawn; the figure
 * also as a ratio to the bare static page's first figure, loaded in turn with the wall in this run
 * at the same size.
 */
async function measureWallStart(browser: Browser, baseURL: string, rate: number): Promise<Figures> {
  const staticPaint: number[] = [];
  const paint: number[] = [];
  const charts: number[] = [];
  const shown: number[] = [];
  // Both at the wall's size: a larger window is more to lay out and paint for either.
  const size = { width: 1920, height: 1080 };
  for (let run = 0; run < RUNS; run += 1) {
    const plain = await loadOnce(browser, `${baseURL}/bench-static.html`, rate, size);
    staticPaint.push(plain.kpiPaint);
    await plain.context.close();
    const wall = await loadOnce(browser, `${baseURL}/?mode=screen&lang=zh`, rate, {
      watch: WALL,
      ...size,
    });
    paint.push(wall.kpiPaint);
    shown.push(await wall.chartsShown);
    charts.push(await wall.chartsFinished);
    await wall.context.close();
  }
  return {
    [`wallFirstKpiPaintMs@${rate}x`]: round(median(paint)),
    [`wallStaticHtmlKpiPaintMs@${rate}x`]: round(median(staticPaint)),
    [`wallKpiPaintRatio@${rate}x`]: round(median(paint) / median(staticPaint), 2),
    [`wallChartsShownMs@${rate}x`]: round(median(shown)),
    [`wallChartsFinishedMs@${rate}x`]: round(median(charts)),
  };
}

/**
 * Slow 4G and 4x CPU: the first figure and the first screen's charts of the desk and the wall,
 * each also as a ratio to the static page's first figure under the same emulation in this run.
 */
async function measureSlow4g(browser: Browser, baseURL: string): Promise<Figures> {
  const seen: Record<string, number[]> = {
    staticKpi: [],
    deskKpi: [],
    deskCharts: [],
    wallKpi: [],
    wallShown: [],
    wallCharts: [],
  };
  const wall = { watch: WALL, width: 1920, height: 1080, slow4g: true };
  for (let run = 0; run < RUNS; run += 1) {
    const plain = await loadOnce(browser, `${baseURL}/bench-static.html`, 4, { slow4g: true });
    seen.staticKpi!.push(plain.kpiPaint);
    await plain.context.close();
    const desk = await loadOnce(browser, `${baseURL}/?lang=zh`, 4, { slow4g: true });
    seen.deskKpi!.push(desk.kpiPaint);
    seen.deskCharts!.push(await desk.chartsFinished);
    await desk.context.close();
    const screen = await loadOnce(browser, `${baseURL}/?mode=screen&lang=zh`, 4, wall);
    seen.wallKpi!.push(screen.kpiPaint);
    seen.wallShown!.push(await screen.chartsShown);
    seen.wallCharts!.push(await screen.chartsFinished);
    await screen.context.close();
  }
  const [plain, deskKpi, deskCharts, wallKpi, wallShown, wallCharts] = [
    'staticKpi',
    'deskKpi',
    'deskCharts',
    'wallKpi',
    'wallShown',
    'wallCharts',
  ].map((name) => median(seen[name]!));
  return {
    'slow4gStaticHtmlKpiPaintMs@4x': round(plain!),
    'slow4gFirstKpiPaintMs@4x': round(deskKpi!),
    'slow4gKpiPaintRatio@4x': round(deskKpi! / plain!, 2),
    'slow4gFirstScreenChartsFinishedMs@4x': round(deskCharts!),
    'slow4gChartsRatio@4x': round(deskCharts! / plain!, 2),
    'slow4gWallFirstKpiPaintMs@4x': round(wallKpi!),
    'slow4gWallKpiPaintRatio@4x': round(wallKpi! / plain!, 2),
    'slow4gWallChartsShownMs@4x': round(wallShown!),
    'slow4gWallChartsFinishedMs@4x': round(wallCharts!),
    'slow4gWallChartsRatio@4x': round(wallCharts! / plain!, 2),
  };
}

async function measureHuge(browser: Browser, baseURL: string): Promise<Figures> {
  const load: number[] = [];
  const blocking: number[] = [];
  const longest: number[] = [];
  const filter: number[] = [];
  for (let run = 0; run < Math.max(5, Math.ceil(RUNS / 2)); run += 1) {
    const context = await newContext(browser, { viewport: { width: 1366, height: 768 } });
    // The page's long tasks from its start, to read those of the load.
    await context.addInitScript(() => {
      const tasks: [number, number][] = [];
      (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
      }).observe({ type: 'longtask', buffered: true });
    });
    const page = await context.newPage();
    await page.goto(
      `${baseURL}/?lang=en&bundle=${encodeURIComponent('/__mock/bundles/huge.json')}`,
    );
    await page.getByTestId('bundle-title').waitFor({ timeout: 60_000 });
    // The filters arrive just after the headline figures; the click waits until the charts have
    // drawn, or it measures the charts still being created as much as the filter (30 vs 200 ms).
    await page.locator('[data-testid^="filter-cat-"]').first().waitFor({ timeout: 60_000 });
    await page.locator('.echart').first().waitFor({ timeout: 60_000 });
    await settled(page);
    const loaded = await page.evaluate(() => {
      const start = performance.getEntriesByName('bundle:fetch-start').at(-1)?.startTime ?? 0;
      const end = performance.getEntriesByName('bundle:indexed').at(-1)?.startTime ?? 0;
      // The page's tasks over 50 ms between the request and the indexed bundle: what the load
      // costs the reader, however long it takes off the page.
      const during = (window as unknown as { __longTasks: [number, number][] }).__longTasks.filter(
        ([at, duration]) => at < end && at + duration > start,
      );
      return {
        ms: end - start,
        blocking: during.reduce((sum, [, duration]) => sum + duration - 50, 0),
        longest: Math.max(0, ...during.map(([, duration]) => duration)),
      };
    });
    load.push(loaded.ms);
    blocking.push(loaded.blocking);
    longest.push(loaded.longest);
    filter.push(
      await page.evaluate(async () => {
        const box = document.querySelector('[data-testid^="filter-cat-"]') as HTMLInputElement;
        const start = performance.now();
        box.click();
        await new Promise((resolve) => requestAnimationFrame(resolve));
        return performance.now() - start;
      }),
    );
    await context.close();
  }
  return {
    'hugeLoadValidateIndexMs@1x': round(median(load)),
    'hugeLoadBlockingMs@1x': round(median(blocking)),
    'hugeLoadLongestTaskMs@1x': round(median(longest)),
    'hugeFilterMs@1x': round(median(filter)),
  };
}

/**
 * The picker over the generated catalogue of 200 reports (served in place of the shipped one for
 * this page only): typing a search until the list has updated and painted, and choosing a report
 * until its title and first headline figure are painted. The static page's first figure, loaded
 * in the same run at the same rate, is the reference the ratios are taken against.
 */
async function measurePicker(browser: Browser, baseURL: string): Promise<Figures> {
  const catalog = await readFile(path.join(ROOT, 'mock/catalog/catalog.json'), 'utf8');
  const search: number[] = [];
  const open: number[] = [];
  const reference: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const bare = await loadOnce(browser, `${baseURL}/bench-static.html`, 1);
    reference.push(bare.kpiPaint);
    await bare.context.close();
    const context = await newContext(browser, {
      viewport: { width: 1366, height: 768 },
      locale: 'zh-CN',
    });
    await context.route('**/data/catalog.json', (route) =>
      route.fulfill({ body: catalog, contentType: 'application/json' }),
    );
    const page = await context.newPage();
    await page.goto(`${baseURL}/?lang=zh`);
    await page.getByTestId('bundle-title').waitFor({ timeout: 60_000 });
    await page.locator('.echart').first().waitFor({ timeout: 60_000 });
    await settled(page);
    await page.getByTestId('report-picker-button').click();
    await page.locator('.report-picker__option').nth(49).waitFor();
    await settled(page);
    const typed = await page.evaluate(async (query) => {
      const input = document.querySelector('.report-picker__search input') as HTMLInputElement;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      const start = performance.now();
      setValue?.call(input, query);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // Painted: a frame, then a task after it.
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const ms = performance.now() - start;
      return { ms, listed: document.querySelectorAll('.report-picker__option').length };
    }, '江苏');
    // The list must have changed from the first 50 to the matches, or nothing was measured.
    if (typed.listed === 0 || typed.listed >= 50) throw new Error(`search listed ${typed.listed}`);
    search.push(typed.ms);
    open.push(
      await page.evaluate(async () => {
        const option = document.querySelectorAll<HTMLButtonElement>('.report-picker__option')[1];
        const title = option?.querySelector('.report-picker__title')?.textContent;
        const start = performance.now();
        option?.click();
        await new Promise<void>((resolve) => {
          const check = () => {
            const shown = document.querySelector('[data-testid="bundle-title"]')?.textContent;
            if (shown !== title || !document.querySelector('.kpi__value')) return;
            observer.disconnect();
            resolve();
          };
          const observer = new MutationObserver(check);
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
          check();
        });
        // Painted: a frame, then a task after it.
        await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        return performance.now() - start;
      }),
    );
    await context.close();
  }
  const bare = median(reference);
  return {
    'pickerStaticKpiPaintMs@1x': round(bare),
    'pickerSearch200Ms@1x': round(median(search)),
    'pickerSearchToStaticRatio@1x': round(median(search) / bare, 2),
    'pickerOpenBundleMs@1x': round(median(open)),
    'pickerOpenToStaticRatio@1x': round(median(open) / bare, 2),
  };
}

/**
 * "Compare across reports" over the generated catalogue of 200 reports: from a click on the button
 * of a figure that carries a shared concept until the comparison's table lists that concept's
 * figures from every report that states it, painted; and the longest main-thread task meanwhile.
 */
async function measureCompare200(browser: Browser, baseURL: string): Promise<Figures> {
  const catalog = await readFile(path.join(ROOT, 'mock/catalog/catalog.json'), 'utf8');
  const { bundles } = generateCatalog();
  const first = bundles[0]!;
  const figure = (first.headline ?? [])
    .map((id) => first.indicators.find((indicator) => indicator.id === id)!)
    .find((indicator) => indicator.concept)!;
  // What the table must list: every figure of the concept, and the reports they come from.
  const matching = bundles.flatMap((bundle) =>
    bundle.indicators.filter((indicator) => indicator.concept === figure.concept),
  );
  const reports = new Set(
    bundles
      .filter((bundle) => bundle.indicators.some((item) => item.concept === figure.concept))
      .map((bundle) => bundle.id),
  ).size;
  const shown: number[] = [];
  const longest: number[] = [];
  const reference: number[] = [];
  for (let run = 0; run < Math.max(3, Math.ceil(RUNS / 3)); run += 1) {
    const bare = await loadOnce(browser, `${baseURL}/bench-static.html`, 1);
    reference.push(bare.kpiPaint);
    await bare.context.close();
    const context = await newContext(browser, {
      viewport: { width: 1366, height: 768 },
      locale: 'zh-CN',
    });
    await context.route('**/data/catalog.json', (route) =>
      route.fulfill({ body: catalog, contentType: 'application/json' }),
    );
    const page = await context.newPage();
    await page.goto(`${baseURL}/?bundle=${first.id}&lang=zh`);
    await page.getByTestId('bundle-title').waitFor({ timeout: 60_000 });
    await page.locator('.echart').first().waitFor({ timeout: 60_000 });
    await settled(page);
    await page.getByTestId('kpi').filter({ hasText: figure.label.zh }).first().click();
    await page.getByTestId('compare-across').waitFor();
    await settled(page);
    const result = await page.evaluate(async (rows) => {
      const tasks: { start: number; duration: number }[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          tasks.push({ start: entry.startTime, duration: entry.duration });
      });
      observer.observe({ type: 'longtask', buffered: false });
      const start = performance.now();
      document.querySelector<HTMLButtonElement>('[data-testid="compare-across"]')?.click();
      const listed = () => document.querySelectorAll('[data-testid="compare-reports-row"]').length;
      await new Promise<void>((resolve, reject) => {
        const check = () => {
          if (listed() < rows) return;
          watcher.disconnect();
          clearTimeout(timer);
          resolve();
        };
        const watcher = new MutationObserver(check);
        watcher.observe(document.body, { subtree: true, childList: true });
        const timer = setTimeout(() => {
          watcher.disconnect();
          reject(new Error(`listed ${listed()} of ${rows} figures`));
        }, 120_000);
        check();
      });
      // Painted: a frame, then a task after it.
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const end = performance.now();
      // Long tasks are reported after they end: give the observer a moment to deliver the last.
      await new Promise((resolve) => setTimeout(resolve, 100));
      observer.disconnect();
      const during = tasks.filter((task) => task.start < end && task.start + task.duration > start);
      return {
        ms: end - start,
        longest: Math.max(0, ...during.map((task) => task.duration)),
        listed: listed(),
        status: document.querySelector('[data-testid="compare-across-status"]')?.textContent,
      };
    }, matching.length);
    console.log(`compare200: ${result.listed} figures, ${result.status}`);
    shown.push(result.ms);
    longest.push(result.longest);
    await context.close();
  }
  const bare = median(reference);
  return {
    compare200Figures: matching.length,
    compare200Reports: reports,
    'compare200StaticKpiPaintMs@1x': round(bare),
    'compare200ShownMs@1x': round(median(shown)),
    'compare200ToStaticRatio@1x': round(median(shown) / bare, 2),
    'compare200LongestTaskMs@1x': round(median(longest)),
  };
}
/**
 * The studio drafts a 70,000-character report in its worker: the engine's time there, the round
 * trip from the click to the result, the longest main-thread task while the worker runs, and,
 * from the result's arrival until the page is idle, the longest task and the time past 50 ms.
 */
async function measureStudioDraft(browser: Browser, baseURL: string): Promise<Figures> {
  const text = await longReport();
  const runs: StudioRun[] = [];
  for (let run = 0; run < Math.max(3, Math.ceil(RUNS / 3)); run += 1)
    runs.push(await draftOnce(browser, baseURL, text));
  const of = (name: keyof StudioRun) => round(median(runs.map((run) => run[name])));
  return {
    'studioDraft70kWorkerMs@1x': of('worker'),
    'studioDraft70kRoundTripMs@1x': of('roundTrip'),
    'studioDraftLongestMainTaskMs@1x': of('longestDuring'),
    'studioResultLongestTaskMs@1x': of('longestAfter'),
    'studioResultBlockingMs@1x': of('blockingAfter'),
  };
}

async function measureWallHeap(browser: Browser, baseURL: string): Promise<Figures> {
  const context = await newContext(browser, { viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(`${baseURL}/?mode=screen&lang=zh&interval=3`);
  await page.getByTestId('wall').waitFor();
  const session = await context.newCDPSession(page);
  const steps = async (count: number) => {
    for (let step = 0; step < count; step += 1) await page.clock.fastForward(3_000);
    await page.clock.runFor(3_000);
  };
  await steps(50);
  const at50 = await measureHeap(session);
  await steps(250);
  const at300 = await measureHeap(session);
  await steps(1_700);
  const at2000 = await measureHeap(session);
  await steps(2_000);
  const at4000 = await measureHeap(session);
  await context.close();
  const mb = (bytes: number) => round(bytes / 1024 / 1024, 2);
  const growth = (from: number, to: number) => round(((to - from) / from) * 100, 2);
  return {
    wallUsedHeapAfter50StepsMB: mb(at50.usedBytes),
    wallUsedHeapAfter2000StepsMB: mb(at2000.usedBytes),
    wallUsedHeapGrowth50To2000Percent: growth(at50.usedBytes, at2000.usedBytes),
    wallUsedHeapAfter4000StepsMB: mb(at4000.usedBytes),
    // What the used heap grew by: V8's compiled code of the functions the tour keeps running.
    wallCompiledCodeAfter50StepsMB: mb(at50.codeBytes),
    wallCompiledCodeAfter2000StepsMB: mb(at2000.codeBytes),
    wallJsDataAfter300StepsMB: mb(at300.dataBytes),
    wallJsDataAfter4000StepsMB: mb(at4000.dataBytes),
    wallJsDataGrowth300To4000Percent: growth(at300.dataBytes, at4000.dataBytes),
  };
}

async function writeStaticPage(): Promise<void> {
  const bundle = JSON.parse(
    await readFile(path.join(ROOT, 'public/data/bundles/huainan-union-five-year.json'), 'utf8'),
  ) as { title: { zh: string } };
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>static</title></head><body><h1>${bundle.title.zh}</h1><p class="static-kpi">52.58万人</p></body></html>`;
  await writeFile(path.join(DIST, 'bench-static.html'), html);
}

/** Builds the bare ECharts page (tests/bench/bare-echarts) into dist/bench-echarts/, beside the app. */
async function buildBareEchartsPage(): Promise<void> {
  await build({
    configFile: false,
    root: path.join(ROOT, 'tests/bench/bare-echarts'),
    base: '/bench-echarts/',
    logLevel: 'warn',
    build: { outDir: path.join(DIST, 'bench-echarts'), emptyOutDir: true },
  });
}

async function writeReadme(figures: Figures): Promise<void> {
  const readmePath = path.join(ROOT, 'README.md');
  await writeFile(readmePath, withBenchTable(await readFile(readmePath, 'utf8'), figures, RUNS));
}

async function main() {
  await writeFile(
    path.join(ROOT, 'mock/bundles/huge.json'),
    JSON.stringify(generateHugeBundle({ count: 10_000, seed: 1 })),
  );
  writeCatalog();
  await writeStaticPage();
  await buildBareEchartsPage();
  const assets = await readdir(path.join(DIST, 'assets'));
  const { baseURL, stop } = await startPreview();
  const browser = await launchBrowser();
  try {
    // BENCH_ONLY=studio,huge runs some of the measures (and writes nothing): for working on one.
    const only = process.env.BENCH_ONLY?.split(',');
    const measures: [string, () => Promise<Figures>][] = [
      ['loads4x', () => measureLoads(browser, baseURL, 4)],
      ['loads1x', () => measureLoads(browser, baseURL, 1)],
      ['wall', () => measureWallStart(browser, baseURL, 4)],
      // Also unthrottled: Chromium's throttling slows the page's main thread, not its workers.
      ['wall1x', () => measureWallStart(browser, baseURL, 1)],
      ['huge', () => measureHuge(browser, baseURL)],
      ['picker', () => measurePicker(browser, baseURL)],
      ['compare200', () => measureCompare200(browser, baseURL)],
      ['heap', () => measureWallHeap(browser, baseURL)],
      ['studio', () => measureStudioDraft(browser, baseURL)],
      ['slow4g', () => measureSlow4g(browser, baseURL)],
      ['lighthouse', () => measureLighthouse(baseURL)],
    ];
    const figures: Figures = {
      date: new Date().toISOString().slice(0, 10),
      machine: `${process.platform} ${process.arch}, node ${process.version}, ${assets.length} built assets`,
    };
    for (const [name, measure] of measures) {
      if (!only || only.includes(name)) Object.assign(figures, await measure());
    }
    if (only && process.env.BENCH_WRITE === '1') {
      // Some measures run again: their figures replace those of the last full run, the rest stay.
      const resultsPath = path.join(ROOT, 'tests/bench/results.json');
      const last = JSON.parse(await readFile(resultsPath, 'utf8')) as Figures;
      const { date, machine, ...measured } = figures;
      const merged: Figures = {
        ...last,
        ...measured,
        updated: `${only.join(', ')} measured again ${date} on ${machine}`,
      };
      await writeFile(resultsPath, `${JSON.stringify(merged, null, 2)}\n`);
      await writeReadme(merged);
      console.log(figures);
      return;
    }
    if (only) {
      console.log(figures);
      return;
    }
    await writeFile(
      path.join(ROOT, 'tests/bench/results.json'),
      `${JSON.stringify(figures, null, 2)}\n`,
    );
    await writeReadme(figures);
    console.log(figures);
  } finally {
    await browser.close();
    await stop();
  }
}

await main();
