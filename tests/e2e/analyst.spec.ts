import { readdir, readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseURL,
  drawnLines,
  launchBrowser,
  openPage,
  panelCount,
  waitForCharts,
} from './browser.ts';
import { DEFAULT_BUNDLE, holdAppCode, serveChangedDefaultBundle } from './first-screen.ts';
import { screenshot } from './screenshots.ts';
import { parseCsv } from '../unit/parse-csv.ts';
import { GLYPHS } from '../../src/ui/warm-fonts.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/; // ideographs and full-width punctuation (：，。)

/** Resolves once the page has been idle (or two seconds have passed). */
function idle(page: Page): Promise<unknown> {
  return page.evaluate(
    () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 })),
  );
}

/** Resolves once the page is in `lang` and every chart on it has drawn its option. */
function redrawnIn(page: Page, lang: string): Promise<unknown> {
  return page.waitForFunction((lang) => {
    const charts = document.querySelectorAll('.echart');
    return (
      document.documentElement.lang === lang &&
      charts.length > 0 &&
      document.querySelectorAll('.echart[data-chart-finished="true"]').length === charts.length
    );
  }, lang);
}

describe('analyst view', () => {
  it('draws the default bundle in Chinese: title, six headline figures, charts with ink', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseURL()}/`);
    await page.getByTestId('bundle-title').waitFor();
    expect(await page.getByTestId('bundle-title').textContent()).toBe('淮南市总工会五年工作成就');
    const kpis = await page.getByTestId('kpi-value').allTextContents();
    expect(kpis).toContain('52.58万人');
    expect(kpis).toContain('1.04亿元');
    expect(kpis).toContain('97%');
    const panels = await panelCount(page);
    expect(panels).toBeGreaterThanOrEqual(3);
    expect(await waitForCharts(page, panels)).toBeGreaterThanOrEqual(panels);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await screenshot(page, 'analyst-zh-1366x768');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('draws the charts near the screen first and the others as the reader scrolls to them', async () => {
    const { page, problems, context } = await openPage(browser, { width: 1366, height: 768 });
    await page.goto(`${baseURL()}/?lang=zh`);
    const panels = await panelCount(page);
    await page.waitForFunction(() => document.querySelector('[data-chart-finished="true"]'));
    const drawnFirst = await page.locator('.echart').count();
    expect(drawnFirst).toBeGreaterThan(0);
    expect(drawnFirst).toBeLessThan(panels);
    const last = page.getByTestId('panel').last();
    expect(await last.locator('.echart').count()).toBe(0);
    await last.scrollIntoViewIfNeeded();
    await last.locator('.echart[data-chart-finished="true"]').waitFor();
    expect(await last.locator('canvas').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('creates the charts on the screen first, and those just below it once the reader moves, each in a commit of its own', async () => {
    const { page, problems, context } = await openPage(browser, { width: 1366, height: 768 });
    // When each chart element appeared (the number of the observer callback, so charts of one
    // commit share it) and whether it was on the screen then.
    await page.addInitScript(() => {
      const log: { added: number; onScreen: boolean; finished: boolean }[] = [];
      const seen = new Map<Element, (typeof log)[number]>();
      (window as unknown as { __charts: typeof log }).__charts = log;
      let callback = 0;
      new MutationObserver(() => {
        callback += 1;
        const now = callback;
        for (const chart of document.querySelectorAll('.echart')) {
          let entry = seen.get(chart);
          if (!entry) {
            const onScreen = chart.getBoundingClientRect().top < window.innerHeight;
            entry = { added: now, onScreen, finished: false };
            seen.set(chart, entry);
            log.push(entry);
          }
          entry.finished ||= chart.getAttribute('data-chart-finished') === 'true';
        }
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    type Log = { added: number; onScreen: boolean; finished: boolean }[];
    const readLog = () => page.evaluate(() => (window as unknown as { __charts: Log }).__charts);
    await page.goto(`${baseURL()}/?lang=zh`);
    // At this size two cards sit on the screen: drawn unasked. Then let the page go idle twice
    // over: the two cards within 300 px below the fold still wait for the reader.
    await page.waitForFunction(() => {
      const log = (window as unknown as { __charts?: Log }).__charts;
      return (log?.filter((entry) => entry.onScreen && entry.finished).length ?? 0) >= 2;
    });
    await idle(page);
    await idle(page);
    expect((await readLog()).filter((entry) => !entry.onScreen)).toEqual([]);
    expect(await page.locator('.chart-placeholder').count()).toBeGreaterThanOrEqual(2);
    // The reader turns the wheel a little: those just below the fold are drawn.
    await page.mouse.move(600, 400);
    await page.mouse.wheel(0, 40);
    await page.waitForFunction(() => {
      const log = (window as unknown as { __charts?: Log }).__charts;
      return (
        (log?.filter((entry) => !entry.onScreen).length ?? 0) >= 2 &&
        log?.every((entry) => entry.finished)
      );
    });
    const log = await readLog();
    const onScreen = log.filter((entry) => entry.onScreen).map((entry) => entry.added);
    const below = log.filter((entry) => !entry.onScreen).map((entry) => entry.added);
    expect(onScreen.length).toBeGreaterThanOrEqual(2);
    // Every chart below the fold came in a later commit than every chart on the screen…
    expect(Math.min(...below)).toBeGreaterThan(Math.max(...onScreen));
    // …and each chart, on the screen or below it, in a commit of its own: no one task builds
    // several charts.
    expect(new Set(below).size).toBe(below.length);
    expect(new Set(onScreen).size).toBe(onScreen.length);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('at 412×823 creates no chart below the screen until the reader moves, nor far below it until the reader scrolls to it', async () => {
    const { page, problems, context } = await openPage(browser, { width: 412, height: 823 });
    await page.goto(`${baseURL()}/?lang=zh`);
    const panels = await panelCount(page);
    // Let the page go idle twice over, so anything it meant to draw by itself has had its turn:
    // no card's chart is on the screen at this size, and none is drawn ahead of the reader, nor
    // is the chart code run.
    await page.locator('[data-testid="panel"] .chart-placeholder').first().waitFor();
    await idle(page);
    await idle(page);
    expect(await page.locator('[_echarts_instance_]').count()).toBe(0);
    // A small swipe: the card just below the fold is drawn, those far below are not.
    await page.mouse.move(200, 400);
    await page.mouse.wheel(0, 60);
    await page.locator('[data-chart-finished="true"]').first().waitFor();
    await idle(page);
    await idle(page);
    // Cards more than a screen below the fold (the margin is 300 px) have no ECharts instance.
    const far = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="panel"]')]
        .filter((card) => card.getBoundingClientRect().top > 2 * window.innerHeight)
        .map((card) => ({
          id: card.getAttribute('data-panel-id') ?? '',
          instance: card.querySelector('[_echarts_instance_]') !== null,
          placeholder: card.querySelector('.chart-placeholder') !== null,
        })),
    );
    expect(far.length).toBeGreaterThanOrEqual(2);
    expect(far.length).toBeLessThan(panels);
    expect(far.every((card) => !card.instance && card.placeholder)).toBe(true);
    // Scrolled to, the last card gets its chart, drawn; the one before it, still off the screen
    // and out of the margin, still has none.
    const last = far.at(-1)!;
    const card = page.locator(`[data-testid="panel"][data-panel-id="${last.id}"]`);
    await card.scrollIntoViewIfNeeded();
    await card.locator('.echart[data-chart-finished="true"]').waitFor();
    expect(await card.locator('[_echarts_instance_]').count()).toBe(1);
    expect(await card.locator('canvas').count()).toBeGreaterThan(0);
    expect(await page.locator(`[data-panel-id="${far[0]!.id}"] [_echarts_instance_]`).count()).toBe(
      0,
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  it('gives the bars the width of the card, cuts no value label at its edge and keeps gauges apart: English at 412, 1366 and 1920 px', async () => {
    for (const [width, height] of [
      [412, 823],
      [1366, 768],
      [1920, 1080],
    ] as const) {
      const { page, problems, context } = await openPage(browser, { width, height });
      await page.goto(`${baseURL()}/?lang=en`);
      const panels = await panelCount(page);
      await waitForCharts(page, panels);
      // Per bar chart: the longest run of bar colour on any pixel row against the canvas width,
      // and any text-dark pixel in the two columns at its right edge (a label cut there).
      const charts = await page.evaluate(() => {
        const result: Record<string, { share: number; cutAtEdge: boolean }> = {};
        for (const card of document.querySelectorAll('[data-testid="panel"]')) {
          const id = card.getAttribute('data-panel-id') ?? '';
          const canvas = card.querySelector('canvas');
          if (card.querySelector('[data-testid="chart-rates"]') || !canvas) continue;
          const context2d = canvas.getContext('2d');
          if (!context2d) continue;
          const {
            data,
            width: w,
            height: h,
          } = context2d.getImageData(0, 0, canvas.width, canvas.height);
          let longest = 0;
          let cutAtEdge = false;
          for (let y = 0; y < h; y += 1) {
            let run = 0;
            for (let x = 0; x < w; x += 1) {
              const at = (y * w + x) * 4;
              const [r = 0, g = 0, b = 0, a = 0] = [
                data[at],
                data[at + 1],
                data[at + 2],
                data[at + 3],
              ];
              const bar =
                Math.abs(r - 0x00) < 12 && Math.abs(g - 0x72) < 12 && Math.abs(b - 0xb2) < 12;
              run = bar ? run + 1 : 0;
              longest = Math.max(longest, run);
              if (x >= w - 2 && a > 128 && r + g + b < 300) cutAtEdge = true;
            }
          }
          result[id] = { share: longest / w, cutAtEdge };
        }
        return result;
      });
      expect(Object.keys(charts).length).toBe(panels - 1);
      // The category labels take about half; when every bar kept room for the longest value
      // label ("1,481,000 person-times") past its end, the largest bars spanned 7-27 % of their
      // charts at 1366 px.
      for (const [id, { share, cutAtEdge }] of Object.entries(charts)) {
        expect({ id, width, wide: share > 0.3, cutAtEdge }).toEqual({
          id,
          width,
          wide: true,
          cutAtEdge: false,
        });
      }
      // The rates' gauges: the columns that hold the progress colour form one run per gauge, none
      // touching the canvas's edges (at 412 px three gauges overlapped and the first was cut).
      const gaugeRuns = await page.getByTestId('chart-rates').evaluate((chart) => {
        const canvas = chart.querySelector('canvas') as HTMLCanvasElement;
        const context2d = canvas.getContext('2d') as CanvasRenderingContext2D;
        const {
          data,
          width: w,
          height: h,
        } = context2d.getImageData(0, 0, canvas.width, canvas.height);
        const runs: [number, number][] = [];
        for (let x = 0; x < w; x += 1) {
          let ink = false;
          for (let y = 0; y < h && !ink; y += 1) {
            const at = (y * w + x) * 4;
            ink =
              Math.abs((data[at] ?? 0) - 0x00) < 12 &&
              Math.abs((data[at + 1] ?? 0) - 0x72) < 12 &&
              Math.abs((data[at + 2] ?? 0) - 0xb2) < 12;
          }
          const last = runs.at(-1);
          if (ink && last && last[1] === x - 1) last[1] = x;
          else if (ink) runs.push([x, x]);
        }
        return { runs, width: w };
      });
      expect({ width, gauges: gaugeRuns.runs.length }).toEqual({ width, gauges: 3 });
      expect(gaugeRuns.runs[0]?.[0]).toBeGreaterThan(0);
      expect(gaugeRuns.runs.at(-1)?.[1]).toBeLessThan(gaugeRuns.width - 1);
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it('is a real English page with ?lang=en: no Chinese outside quoted sources', async () => {
    const { page, problems, context } = await openPage(browser, { width: 1920, height: 1080 });
    await page.goto(`${baseURL()}/?lang=en`);
    await page.getByTestId('bundle-title').waitFor();
    const panels = await panelCount(page);
    expect(await waitForCharts(page, panels)).toBeGreaterThanOrEqual(panels);
    expect(await page.getByTestId('kpi-value').allTextContents()).toContain('525,800 people');
    const visibleText = await page.evaluate(() => {
      const clone = document.body.cloneNode(true) as HTMLElement;
      // Quotes are the report's own words; noscript text is never shown while scripts run.
      for (const quoted of clone.querySelectorAll('[lang="zh-CN"], noscript')) quoted.remove();
      return clone.innerText;
    });
    expect(visibleText).not.toMatch(CJK);
    expect(await page.title()).not.toMatch(CJK);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await screenshot(page, 'analyst-en-1920x1080');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('switches language without a reload and rebuilds the charts', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseURL()}/?lang=zh`);
    await page.getByTestId('bundle-title').waitFor();
    await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 42));
    await page.getByTestId('lang-switch').click();
    await page.getByText('Huainan Federation of Trade Unions', { exact: false }).first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(
      42,
    );
    expect(page.url()).toContain('lang=en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const panels = await panelCount(page);
    expect(await waitForCharts(page, panels)).toBeGreaterThanOrEqual(panels);
    // What each chart drew: ECharts writes the description of the option it drew on its own
    // element. The desk redraws its charts one per task after the switch, and a chart counts as
    // drawn only once it has drawn the new option.
    const drawn = await page.$$eval('.echart[data-chart-finished="true"] [aria-label]', (found) =>
      found.map((element) => element.getAttribute('aria-label') ?? ''),
    );
    expect(drawn.length).toBeGreaterThanOrEqual(2);
    for (const description of drawn) expect(description).not.toMatch(CJK);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("opens English's faces while the reader reads Chinese: the first switch looks none up", async () => {
    const { page, problems, context } = await openPage(browser, { width: 1366, height: 768 });
    // Each family the page asks the browser process for: a name missing on this machine costs
    // a round trip for each weight, before the one installed is found.
    const categories = ['fonts', 'disabled-by-default-fonts'];
    const familiesLookedUp = (trace: Buffer) =>
      (
        JSON.parse(trace.toString()) as { traceEvents: { name: string; args?: object }[] }
      ).traceEvents
        .filter((event) => /MatchFamily/.test(event.name))
        .map((event) => JSON.stringify(event.args));
    await browser.startTracing(page, { categories });
    await page.goto(`${baseURL()}/?lang=zh`);
    await page.waitForFunction(() => document.querySelector('[data-chart-finished="true"]'));
    await page.waitForFunction(() => performance.getEntriesByName('warm-fonts:en').length > 0);
    // The trace sees the look-ups this Chromium makes: the page's own Chinese faces, at least.
    expect(familiesLookedUp(await browser.stopTracing()).length).toBeGreaterThan(0);

    await browser.startTracing(page, { categories });
    await page.getByTestId('lang-switch').click();
    await redrawnIn(page, 'en');
    expect(familiesLookedUp(await browser.stopTracing())).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("draws the first switch's chart text from glyphs drawn ahead, in the charts' own faces, colours and halos", async () => {
    const { page, problems, context } = await openPage(browser, { width: 1366, height: 768 });
    // Every text drawn on a canvas, by what its glyphs are rasterized for: the font, the colour,
    // the halo's stroke and the canvas's scale. Before the switch: the warm-up's and the Chinese
    // charts' drawings; at the switch: the English charts'.
    await page.addInitScript({
      content: `
        window.drawnAhead = new Set();
        window.drawnAtSwitch = [];
        for (const how of ['fillText', 'strokeText']) {
          const draw = CanvasRenderingContext2D.prototype[how];
          CanvasRenderingContext2D.prototype[how] = function (text, ...rest) {
            const stroke = how === 'strokeText';
            const key = [how, this.font, stroke ? this.strokeStyle : this.fillStyle,
              stroke ? [this.lineWidth, this.lineJoin, this.miterLimit].join(' ') : '',
              this.getTransform().a].join(' | ');
            if (window.switching) window.drawnAtSwitch.push({ key, text: String(text) });
            else for (const glyph of String(text)) window.drawnAhead.add(key + ' | ' + glyph);
            return draw.call(this, text, ...rest);
          };
        }`,
    });
    await page.goto(`${baseURL()}/?lang=zh`);
    await page.waitForFunction(() => document.querySelector('[data-chart-finished="true"]'));
    await page.waitForFunction(() => performance.getEntriesByName('warm-fonts:en').length > 0);
    await page.evaluate(() => ((window as unknown as { switching: boolean }).switching = true));
    await page.getByTestId('lang-switch').click();
    await redrawnIn(page, 'en');
    const { atSwitch, notAhead } = await page.evaluate((glyphs) => {
      const { drawnAhead, drawnAtSwitch } = window as unknown as {
        drawnAhead: Set<string>;
        drawnAtSwitch: { key: string; text: string }[];
      };
      const missing = new Set<string>();
      for (const { key, text } of drawnAtSwitch) {
        // Only the glyphs the warm-up draws: a Chinese name left in English text is not among them.
        for (const glyph of text) {
          if (glyphs.includes(glyph) && !drawnAhead.has(`${key} | ${glyph}`)) {
            missing.add(`${key} | ${glyph}`);
          }
        }
      }
      return { atSwitch: drawnAtSwitch, notAhead: [...missing] };
    }, GLYPHS);
    // The switch drew English labels, figures and a halo, so the check below checked something.
    expect(atSwitch.some(({ text }) => /^[A-Za-z]/.test(text))).toBe(true);
    expect(atSwitch.some(({ key }) => key.startsWith('strokeText'))).toBe(true);
    expect(notAhead).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps filters in the URL: reload and back restore the same screen', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseURL()}/?lang=zh`);
    await page.getByTestId('bundle-title').waitFor();
    const before = await panelCount(page);
    await page.getByTestId('filter-unit-yuan').check();
    await page.waitForURL(/unit=yuan/);
    const afterFilter = await panelCount(page);
    expect(afterFilter).toBeLessThan(before);
    const shown = await page.getByTestId('result-count').textContent();
    await page.reload();
    await page.getByTestId('bundle-title').waitFor();
    expect(await page.getByTestId('filter-unit-yuan').isChecked()).toBe(true);
    expect(await panelCount(page)).toBe(afterFilter);
    expect(await page.getByTestId('result-count').textContent()).toBe(shown);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('unit=yuan'));
    expect(await panelCount(page)).toBe(before);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the filters in force above the results, on the first screen, each removable', async () => {
    const { page, problems, context } = await openPage(browser, { locale: 'en-GB' });
    await page.goto(`${baseURL()}/?lang=en&cat=rights-services&unit=person`);
    const active = page.getByRole('list', { name: 'Active filters' });
    await active.waitFor();
    expect(await active.getByRole('button').allTextContents()).toEqual([
      "Workers' rights and services ×",
      'People ×',
    ]);
    // Beside the results, within the window of a laptop, not at the foot of the filter bar.
    const box = await active.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(768);
    const count = page.getByTestId('result-count');
    expect(await count.textContent()).toBe('Showing 8 of 49 indicators');
    await active.getByRole('button', { name: 'Remove filter: People' }).click();
    await page.waitForURL((url) => !url.search.includes('unit='));
    expect(await active.getByRole('button').count()).toBe(1);
    expect(await page.getByTestId('filter-unit-person').isChecked()).toBe(false);
    await page.getByTestId('filters-reset').click();
    await page.waitForURL((url) => !url.search.includes('cat='));
    expect(await active.count()).toBe(0);
    expect(await count.textContent()).toBe('Showing 49 of 49 indicators');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('corrects an address in place, so Back still leaves the page', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto('about:blank');
    await page.goto(`${baseURL()}/?lang=en&ind=no-such-indicator&cat=nope&q=aid+`);
    await page.getByTestId('notice').first().waitFor();
    await page.waitForURL((url) => url.search === '?lang=en&q=aid');
    expect(await page.evaluate(() => history.length)).toBe(2);
    // Before, the corrected address was a new entry: Back went to the uncorrected one, which
    // was corrected again, and Back could never leave.
    await page.goBack();
    expect(page.url()).toBe('about:blank');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('drops unknown URL values with a visible notice instead of crashing', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseURL()}/?cat=no-such-category&unit=furlongs&view=sideways&interval=abc`);
    await page.getByTestId('bundle-title').waitFor();
    const notices = await page.getByTestId('notice').allTextContents();
    expect(notices.join(' ')).toContain('no-such-category');
    expect(notices.join(' ')).toContain('furlongs');
    expect(await panelCount(page)).toBeGreaterThan(3);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens the source of a figure when a bar is clicked, with the quote highlighted in context', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseURL()}/?lang=zh&unit=yuan`);
    const panel = page.getByTestId('panel').first();
    await panel.waitFor();
    await waitForCharts(page, 1);
    const canvas = panel.locator('canvas').first();
    // The largest bar is on top: grid top 24 px, rows 40 px high; labels take 162 px.
    await canvas.click({ position: { x: 200, y: 44 } });
    await page.getByTestId('detail').waitFor();
    expect(await page.getByTestId('detail-figure').textContent()).toBe('1.04亿元');
    // The report's words as printed: the OCR's line break inside 物资 is gone from both.
    expect(await page.getByTestId('detail-quote').textContent()).toBe('累计投入资金物资 1.04 亿元');
    expect(await page.locator('[data-testid="detail-context"] mark').textContent()).toBe(
      '累计投入资金物资 1.04 亿元',
    );
    // What the bundle says of that part of the report, OCR gaps included.
    expect(await page.getByTestId('detail-category-about').textContent()).toContain('报告第三部分');
    expect(page.url()).toMatch(/ind=/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('highlights every piece of a quote the page printed across columns, and says so', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseURL()}/?lang=en&ind=legal-oversight-employers`);
    await page.getByTestId('detail').waitFor();
    expect(await page.getByTestId('detail-quote').textContent()).toBe(
      '对 1163 … 家用人单位开展劳动法律监督',
    );
    expect(await page.getByTestId('detail-quote-pieces').textContent()).toContain(
      'across its columns',
    );
    // In the order the text prints them: the column holding the sentence's end comes first.
    await page.locator('[data-testid="detail-context"] mark').first().waitFor();
    expect(await page.locator('[data-testid="detail-context"] mark').allTextContents()).toEqual([
      '家用人单位开展劳动法律监督',
      '对 1163',
    ]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('exports the filtered rows as CSV that parses back with Chinese intact', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseURL()}/?lang=zh&unit=yuan`);
    await page.getByTestId('bundle-title').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    const bytes = await readFile((await download.path()) as string);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const rows = parseCsv(text);
    const header = rows[0] ?? [];
    expect(header[1]).toBe('指标');
    const body = rows.slice(1).filter((row) => row.length > 1);
    const shown = await page.getByTestId('result-count').textContent();
    expect(shown).toContain(`${body.length} /`);
    // Unit and qualifier in the page's language, as the table shows them: 元 and 近, not codes.
    expect(body.every((row) => row[4] === '元')).toBe(true);
    expect(body.find((row) => (row[5] ?? '').startsWith('近'))?.[6]).toBe('近');
    expect(body.map((row) => Number(row[3]))).toContain(104000000);
    expect(body.some((row) => (row[1] ?? '').includes('四季送'))).toBe(true);
    expect(body.some((row) => (row[7] ?? '').includes('1.04 亿元'))).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a table that sorts by value within each unit, the measure words in lower case', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseURL()}/?lang=en&view=table`);
    await page.getByTestId('indicator-table').waitFor();
    const read = () =>
      page.getByTestId('table-row').evaluateAll((rows) =>
        rows.map((row) => {
          const cells = row.querySelectorAll('td');
          return {
            unit: row.getAttribute('data-unit') ?? '',
            exact: Number(row.getAttribute('data-value')),
            word: cells[2]?.textContent ?? '',
          };
        }),
      );
    /** The units in the order their runs come; values run `direction` within each run. */
    const runs = (rows: { unit: string; exact: number }[], direction: 1 | -1) => {
      const units: string[] = [];
      rows.forEach((row, at) => {
        const previous = rows[at - 1];
        if (previous?.unit !== row.unit) units.push(row.unit);
        else expect(Math.sign(row.exact - previous.exact)).not.toBe(-direction);
      });
      return units;
    };
    const UNIT_ORDER = [
      'person',
      'person-time',
      'item',
      'event',
      'organization',
      'yuan',
      'percent',
    ];
    const descending = await read();
    expect(descending.length).toBe(49);
    // Each unit in one run, in the filter bar's order: ¥104 million never sorts against people.
    expect(runs(descending, -1)).toEqual(UNIT_ORDER);
    // The unit column reads like the figures: "people", "talks", "yuan", not "People" or "Funds (yuan)".
    const words = new Set(descending.map((row) => row.word));
    expect(words).toContain('people');
    expect(words).toContain('talks');
    expect([...words].every((word) => word === word.toLowerCase())).toBe(true);
    await page.getByRole('button', { name: /^Value/ }).click();
    expect(runs(await read(), 1)).toEqual(UNIT_ORDER);
    // The sort is in the address: a reload, or the link sent on, shows the same order.
    await page.waitForURL(/sort=value/);
    const ascending = await read();
    await page.reload();
    await page.getByTestId('indicator-table').waitFor();
    expect(await read()).toEqual(ascending);
    await screenshot(page, 'analyst-table-en-1366x768');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('charts', () => {
  it('creates each chart once, at its size, not a throwaway chart first', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.addInitScript(() => {
      // ECharts marks the element it draws in with the id of each chart it creates there.
      const seen = new Map<Element, Set<string>>();
      (window as unknown as { __chartIds: Map<Element, Set<string>> }).__chartIds = seen;
      new MutationObserver((changes) => {
        for (const change of changes) {
          const id = (change.target as Element).getAttribute('_echarts_instance_');
          if (!id) continue;
          const ids = seen.get(change.target as Element) ?? new Set<string>();
          ids.add(id);
          seen.set(change.target as Element, ids);
        }
      }).observe(document, {
        subtree: true,
        attributes: true,
        attributeFilter: ['_echarts_instance_'],
      });
    });
    await page.goto(`${baseURL()}/?lang=en`);
    const drawn = await waitForCharts(page, 2);
    const perElement = await page.evaluate(() =>
      [...(window as unknown as { __chartIds: Map<Element, Set<string>> }).__chartIds.values()].map(
        (ids) => ids.size,
      ),
    );
    expect(perElement.length).toBeGreaterThanOrEqual(drawn);
    expect(perElement.every((count) => count === 1)).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('narrow screens', () => {
  it.each([
    [412, 823],
    [1024, 768],
  ])(
    'at %i×%i shows the headline figures on the first screen, and nothing shifts as the app loads',
    async (width, height) => {
      const { page, problems, context } = await openPage(browser, { width, height });
      await page.goto(`${baseURL()}/?lang=zh`);
      await page.getByTestId('filter-search').waitFor();
      await waitForCharts(page, 1);
      const lastFigure = await page.getByTestId('kpi-value').last().boundingBox();
      expect(lastFigure && lastFigure.y + lastFigure.height).toBeLessThanOrEqual(height);
      const shifted = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & {
                value: number;
                hadRecentInput: boolean;
              })[]) {
                if (!entry.hadRecentInput) total += entry.value;
              }
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(total), 200);
          }),
      );
      expect(shifted).toBeLessThan(0.01);
      expect(problems).toEqual([]);
      await context.close();
    },
  );
});

describe('narrow screens, filters', () => {
  it('at 360×740 folds the options behind a button beside the search, and counts what is chosen; at 1366 shows them', async () => {
    const { page, problems, context } = await openPage(browser, { width: 360, height: 740 });
    await page.goto(`${baseURL()}/?lang=en`);
    await page.getByTestId('filter-search').waitFor();
    const toggle = page.getByTestId('filter-toggle');
    const option = page.getByTestId('filter-cat-workforce');
    expect(await toggle.isVisible()).toBe(true);
    expect(await option.isVisible()).toBe(false);
    // One row: the search and the button side by side, the search wide enough to read.
    const [search, button] = await Promise.all([
      page.getByTestId('filter-search').boundingBox(),
      toggle.boundingBox(),
    ]);
    expect(search && button && Math.abs(search.y - button.y)).toBeLessThan(4);
    expect(search?.width).toBeGreaterThan(150);
    // The placeholder is read whole in its box.
    expect(
      await page
        .getByTestId('filter-search')
        .evaluate((input: HTMLInputElement) => input.scrollWidth <= input.clientWidth),
    ).toBe(true);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await option.check();
    await expect.poll(() => toggle.textContent()).toBe('Filters11 chosen');
    expect(page.url()).toContain('cat=workforce');
    await screenshot(page, 'analyst-en-360-filters-open');
    await toggle.click();
    expect(await option.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
    // A wide screen shows every option and no button.
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(await toggle.isVisible()).toBe(false);
    expect(await option.isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('narrow screens, table view', () => {
  it('at 412×823 keeps the table within the screen: every figure whole beside its name', async () => {
    const { page, problems, context } = await openPage(browser, { width: 412, height: 823 });
    await page.goto(`${baseURL()}/?lang=en&view=table`);
    await page.getByTestId('indicator-table').waitFor();
    const widths = await page.evaluate(() => {
      const wrap = document.querySelector('.table-wrap') as HTMLElement;
      const edge = wrap.getBoundingClientRect().right;
      const cut = [...document.querySelectorAll('.indicator-table td.numeric span')]
        .filter((span) => span.getBoundingClientRect().right > edge)
        .map((span) => span.textContent);
      return {
        page: document.documentElement.scrollWidth,
        screen: window.innerWidth,
        tableScrolls: wrap.scrollWidth > wrap.clientWidth,
        cut,
      };
    });
    // Before, the table's columns widened the whole page to 766 px and cut the filters and
    // headline figures at the screen's edge; then it scrolled in its own box, the figures' ends
    // ("1,481,000 perso…") hidden past the edge.
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    expect(widths.tableScrolls).toBe(false);
    expect(widths.cut).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('narrow screens, whole page', () => {
  for (const view of ['charts', 'table'] as const) {
    it(`at 360×740 in English puts nothing past the screen's right edge, ${view} view`, async () => {
      const { page, problems, context } = await openPage(browser, { width: 360, height: 740 });
      await page.goto(`${baseURL()}/?lang=en&view=${view}`);
      await page.getByTestId('export-csv').waitFor();
      await page
        .getByTestId(view === 'table' ? 'indicator-table' : 'kpi')
        .first()
        .waitFor();
      const past = await page.evaluate(() =>
        [...document.querySelectorAll('button, a, h1, h2, h3, [data-testid="kpi"]')]
          .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
          .map((element) => element.textContent?.trim().slice(0, 40)),
      );
      // Before, the three export buttons stayed on one row 407 px wide, and the page scrolled
      // sideways on a phone.
      expect(past).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

describe('narrow screens, comparison', () => {
  it('gives a comparison of one unit the width of the section, not half of it', async () => {
    const { page, problems, context } = await openPage(browser, { width: 1366, height: 768 });
    await page.goto(
      `${baseURL()}/?lang=en&cmp=skilled-workers-trained,member-database,stable-employment`,
    );
    await page.locator('.compare-section canvas').first().waitFor();
    const share = await page.getByTestId('compare').evaluate((section) => {
      const grid = section.querySelector('.compare-section__grid') as HTMLElement;
      const cells = [...section.querySelectorAll('.compare-section__cell')];
      return cells.map((cell) => cell.getBoundingClientRect().width / grid.clientWidth);
    });
    expect(share).toHaveLength(1);
    expect(share[0]).toBeGreaterThan(0.98);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('at 412×823 draws each comparison chart inside the section', async () => {
    const { page, problems, context } = await openPage(browser, { width: 412, height: 823 });
    await page.goto(
      `${baseURL()}/?lang=en&cmp=skilled-workers-trained,outreach-talk-attendance,may-day-medals`,
    );
    const section = page.getByTestId('compare');
    await section.scrollIntoViewIfNeeded();
    await page.locator('.compare-section canvas').first().waitFor();
    const overflow = await section.evaluate((element) => {
      const edge = element.getBoundingClientRect().right;
      return [...element.querySelectorAll('.compare-section__cell')].map((cell) =>
        Math.round(cell.getBoundingClientRect().right - edge),
      );
    });
    // Before, each cell kept a 360 px minimum and ran about 20 px past the section's edge.
    expect(overflow.length).toBe(3);
    expect(overflow.every((past) => past <= 0)).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('first screen', () => {
  /** When the page first asked for a built chunk (`start`, `panel-chart`), on its own clock. */
  function chunkRequestedAt(page: import('playwright-core').Page, chunk: string) {
    return page.evaluate(
      (chunk) =>
        performance
          .getEntriesByType('resource')
          .find((entry) => new RegExp(`/assets/${chunk}-[^/]+\\.js$`).test(entry.name))?.startTime,
      chunk,
    );
  }

  it('shows the headline figures from the page itself before the app code runs, then hands over', async () => {
    const { page, problems, context } = await openPage(browser, { locale: 'en-GB' });
    const release = await holdAppCode(page);
    await page.goto(`${baseURL()}/?lang=en`);
    await page.locator('#shell .kpi__value').first().waitFor();
    const early = await page.locator('#shell .kpi__value').allTextContents();
    expect(early).toContain('525,800 people');
    expect(await page.locator('#shell h1').textContent()).toContain('Huainan');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // Nothing of the live app yet: the copy has no test ids and cannot be clicked.
    expect(await page.getByTestId('kpi-value').count()).toBe(0);
    expect(await page.locator('#shell .shell').getAttribute('inert')).not.toBeNull();
    release();
    await page.getByTestId('kpi-value').first().waitFor();
    expect(await page.locator('#shell').count()).toBe(0);
    expect(await page.getByTestId('kpi-value').allTextContents()).toEqual(early);
    await waitForCharts(page, 1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('has the page preload the data the first screen checks, and none of the app code', async () => {
    const html = await readFile('dist/index.html', 'utf8');
    const preloads = [...html.matchAll(/<link[^>]*rel="(?:module)?preload"[^>]*>/g)].map(
      ([tag]) => /href="([^"]+)"/.exec(tag)?.[1],
    );
    // The app's code would be handled and compiled before the first screen could show.
    expect(preloads).toEqual(['/data/catalog.json', DEFAULT_BUNDLE]);
  });

  it('leaves no Chinese character alone on a line of a card label, or of a table category or unit', async () => {
    const { page, problems, context } = await openPage(browser);
    const lone = (labels: string[][]) =>
      labels.filter(
        (lines) => lines.length > 1 && lines.some((line) => /^\p{Script=Han}$/u.test(line)),
      );
    // A report whose card labels end in a long note, and whose units include 个婴幼儿.
    await page.goto(`${baseURL()}/?lang=zh&bundle=anhui-2026-government-work-report`);
    await page.getByTestId('kpi-value').first().waitFor();
    expect(lone(await drawnLines(page, '.kpi__label'))).toEqual([]);
    await page.getByTestId('view-table').click();
    await page.getByTestId('table-row').first().waitFor();
    const cells = await drawnLines(
      page,
      '[data-testid="table-row"] td:not(.numeric):not(.quote-cell)',
    );
    expect(cells.length).toBeGreaterThan(50);
    expect(lone(cells)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('ends no line of a panel title in the dot between its category and its unit, nor a source line in one word', async () => {
    const { page, problems, context } = await openPage(browser, { width: 1366, height: 768 });
    // Anhui's categories are long ("Innovation and industry"): their titles take two lines.
    await page.goto(`${baseURL()}/?lang=en&bundle=anhui-2026-government-work-report&more=1`);
    await page.locator('.panel-card h3').first().waitFor();
    const titles = await drawnLines(page, '.panel-card h3');
    expect(titles.filter((lines) => lines.length > 1).length).toBeGreaterThan(2);
    // Before: "Innovation and industry ·" / "Organisations".
    expect(titles.filter((lines) => lines.slice(0, -1).some((line) => /[·•]$/.test(line)))).toEqual(
      [],
    );
    // Before: "Source: Anhui Provincial … (as printed by Anhui" / "Daily)".
    const sources = await drawnLines(page, '.panel-card__source');
    expect(sources.filter((lines) => lines.length > 1).length).toBeGreaterThan(0);
    expect(sources.filter((lines) => lines.length > 1 && !/\s/.test(lines.at(-1)!))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('takes the preloaded bundle on pages the first screen does not cover, instead of fetching it again', async () => {
    const shown = {
      '?view=table': '[data-testid="kpi-value"]',
      '?view=print': '[data-testid="print-panel"]',
      '?mode=studio': '#studio-drafts-heading',
    };
    for (const [query, selector] of Object.entries(shown)) {
      const { page, problems, context } = await openPage(browser);
      const asked: string[] = [];
      page.on('request', (request) => {
        const { pathname } = new URL(request.url());
        if (pathname.startsWith('/data/')) asked.push(pathname);
      });
      await page.goto(`${baseURL()}/${query}`);
      await page.locator(selector).first().waitFor();
      // The app asks for its bundle once the page is up: nothing more is on its way.
      await page.waitForLoadState('networkidle');
      expect(
        asked.filter((path) => path === DEFAULT_BUNDLE),
        query,
      ).toEqual([DEFAULT_BUNDLE]);
      expect(problems, query).toEqual([]);
      await context.close();
    }
  });

  it('leaves no preload unused on a page opened on another report', async () => {
    const shown = {
      '?bundle=anhui-2026-government-work-report': '[data-testid="bundle-title"]',
      '?view=print&bundle=anhui-2026-government-work-report': '[data-testid="print-panel"]',
    };
    for (const [query, selector] of Object.entries(shown)) {
      const { page, problems, context } = await openPage(browser);
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
      });
      await page.goto(`${baseURL()}/${query}`, { waitUntil: 'load' });
      await page.locator(selector).first().waitFor();
      // Chromium says an unused preload 3 s after the load event.
      await page.waitForTimeout(3_500);
      expect(
        warnings.filter((text) => text.includes('preload')),
        query,
      ).toEqual([]);
      expect(problems, query).toEqual([]);
      await context.close();
    }
  });

  it('ships the code that runs at start with the compile hint on its first line, ECharts without it', async () => {
    const files = await readdir('dist/assets');
    const firstLine = async (prefix: string) => {
      // The name, a dash and the 8 characters of the hash: `start-libs-….js` is not `start`.
      const file = files.find((name) => new RegExp(`^${prefix}-[\\w-]{8}\\.js$`).test(name));
      expect(file, `a built ${prefix} chunk`).toBeDefined();
      return (await readFile(`dist/assets/${file}`, 'utf8')).split('\n', 1)[0];
    };
    // The entry that index.html loads, found from the page rather than by name.
    const html = await readFile('dist/index.html', 'utf8');
    const entry = /<script[^>]*type="module"[^>]*src="\/assets\/([^"]+)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    expect((await readFile(`dist/assets/${entry}`, 'utf8')).split('\n', 1)[0]).toBe(
      '//# allFunctionsCalledOnLoad',
    );
    for (const chunk of ['react', 'vendor', 'start', 'analyst-extras', 'wall-page']) {
      expect(await firstLine(chunk), chunk).toBe('//# allFunctionsCalledOnLoad');
    }
    expect(await firstLine('panel-chart')).not.toContain('allFunctionsCalledOnLoad');
  });

  it('asks for the app code only after the frame that paints the first screen', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.addInitScript(() => {
      const marks = window as unknown as { __shellFrame?: number };
      new MutationObserver((_changes, observer) => {
        if (!document.querySelector('#shell .kpi__value')) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          marks.__shellFrame = performance.now();
        });
      }).observe(document, { subtree: true, childList: true });
    });
    await page.goto(`${baseURL()}/?lang=zh`);
    await page.getByTestId('kpi-value').first().waitFor();
    const shellFrame = await page.evaluate(
      () => (window as unknown as { __shellFrame?: number }).__shellFrame,
    );
    const appCodeAsked = await chunkRequestedAt(page, 'start');
    expect(shellFrame).toBeDefined();
    expect(appCodeAsked).toBeDefined();
    expect(appCodeAsked).toBeGreaterThan(shellFrame as number);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('with the first screen up, asks for the chart code before the app has its bundle, not after it draws', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseURL()}/?lang=zh`);
    await waitForCharts(page, 1);
    const indexed = await page.evaluate(
      () => performance.getEntriesByName('bundle:indexed')[0]?.startTime,
    );
    const chartCodeAsked = await chunkRequestedAt(page, 'panel-chart');
    expect(indexed).toBeDefined();
    expect(chartCodeAsked).toBeDefined();
    // The app draws only once the bundle is indexed; the request went out before that.
    expect(chartCodeAsked).toBeLessThan(indexed as number);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('starts the validation worker with the page when no first screen goes up, and with the app when one does', async () => {
    /** When the page made its validation worker, and when it asked for the app's code. */
    async function workerAndApp(query: string) {
      const { page, problems, context } = await openPage(browser);
      await page.addInitScript(() => {
        const Original = window.Worker;
        const times: number[] = [];
        (window as unknown as { __validatorAt: number[] }).__validatorAt = times;
        window.Worker = class extends Original {
          constructor(url: string | URL, options?: WorkerOptions) {
            super(url, options);
            if (/validate\.worker/.test(String(url))) times.push(performance.now());
          }
        };
      });
      await page.goto(`${baseURL()}/${query}`);
      await page.getByTestId('bundle-title').waitFor();
      const made = await page.evaluate(
        () => (window as unknown as { __validatorAt: number[] }).__validatorAt,
      );
      const app = await chunkRequestedAt(page, 'start');
      expect(problems, query).toEqual([]);
      await context.close();
      expect(made, query).toHaveLength(1);
      expect(app, query).toBeDefined();
      return { made: made[0] as number, app: app as number };
    }
    // Another report: nothing shows before it is checked, so the worker's code loads beside the
    // app's rather than after the app's request for the bundle.
    const other = await workerAndApp(
      `?lang=en&bundle=${encodeURIComponent('/__mock/bundles/valid-small.json')}`,
    );
    expect(other.made).toBeLessThan(other.app);
    // The default report with its first screen up: the app starts it with its first request.
    const first = await workerAndApp('?lang=en');
    expect(first.made).toBeGreaterThan(first.app);
  });

  it('shows no figure the server no longer holds: a changed bundle waits for the app', async () => {
    const { page, problems, context } = await openPage(browser);
    await serveChangedDefaultBundle(page);
    const release = await holdAppCode(page);
    await page.goto(`${baseURL()}/?lang=zh`);
    // The check has had the new bundle and a few frames to act on it.
    await page.waitForFunction(
      (url) => performance.getEntriesByName(new URL(url, location.href).href).length > 0,
      DEFAULT_BUNDLE,
    );
    await page.evaluate(
      () => new Promise((resolve) => setTimeout(() => requestAnimationFrame(resolve), 200)),
    );
    expect(await page.locator('#shell .kpi__value').count()).toBe(0);
    release();
    await page.getByTestId('kpi-value').first().waitFor();
    expect(await page.getByTestId('kpi-value').allTextContents()).toContain('61.23万人');
    expect(problems).toEqual([]);
    await context.close();
  });
});
