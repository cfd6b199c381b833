import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser, openPage, waitForCharts } from './browser.ts';
import { DEFAULT_BUNDLE, holdAppCode, serveChangedDefaultBundle } from './first-screen.ts';
import { generateHugeBundle } from '../../mock/generate-huge.ts';
import { ROOT } from './preview-server.ts';
import { screenshot } from './screenshots.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SIZES = [
  [1366, 768],
  [1920, 1080],
  [2560, 1440],
  [3840, 2160],
  [5760, 1080],
  [7680, 2160],
] as const;

/** The wall's page of panels on the screen; the pages it keeps drawn are hidden under it. */
const SHOWN = '.wall-page--shown';

/** The panels on the screen. */
const shownPanels = (page: Page) => page.locator(`${SHOWN} [data-testid="wall-panel"]`);

/**
 * Everything that must hold for a wall at any size: fits, no scrolling, nothing cut off. Of the
 * pages of panels, the one on the screen (the others are kept hidden, stacked under it).
 */
async function layoutReport(page: Page) {
  return page.evaluate(() => {
    const stage = document.querySelector('.wall-stage') as HTMLElement;
    const shown = document.querySelector('.wall-page--shown') as HTMLElement;
    const rect = stage.getBoundingClientRect();
    const inside = (inner: DOMRect) =>
      inner.left >= rect.left - 1 &&
      inner.right <= rect.right + 1 &&
      inner.top >= rect.top - 1 &&
      inner.bottom <= rect.bottom + 1;
    const overflowing = [
      ...stage.querySelectorAll('.wall-kpi, .wall-header, .wall-footer'),
      ...shown.querySelectorAll('.wall-panel'),
    ]
      .filter((element) => !inside(element.getBoundingClientRect()))
      .map((element) => element.className);
    // Text that is wider than its own box, or a title or chart that sticks out of its card.
    const clipped = [
      ...stage.querySelectorAll('.wall-kpi__value, .wall-kpi__label, .wall-header h1'),
      ...shown.querySelectorAll('.wall-panel h2, .wall-panel .echart'),
    ]
      .filter((element) => {
        const card = element.closest('.wall-kpi, .wall-panel, .wall-header') as HTMLElement;
        const own = element.getBoundingClientRect();
        const box = card.getBoundingClientRect();
        return (
          element.scrollWidth > element.clientWidth + 1 ||
          own.right > box.right + 1 ||
          own.bottom > box.bottom + 1 ||
          own.left < box.left - 1
        );
      })
      .map((element) => element.textContent || element.getAttribute('data-testid'));
    // Each bar needs room for its label's lines (24 px type, 1.2 line height, at design size);
    // with less, ECharts draws the labels over each other.
    const crowded = [...shown.querySelectorAll('.wall-panel')]
      .filter((panel) => {
        const chart = panel.querySelector('.echart') as HTMLElement | null;
        const bars = Number(panel.getAttribute('data-bars'));
        const lines = Number(panel.getAttribute('data-label-lines'));
        return !chart || (chart.clientHeight - 16) / bars < lines * 29;
      })
      .map((panel) => panel.querySelector('h2')?.textContent);
    // The width the wall lays its charts out for (labels inside or past the bars) is the width
    // they have; and no light text pixel in the two columns at a chart's right edge, where a
    // value label past its bar would be cut.
    const misjudged = [...shown.querySelectorAll('.wall-panel')]
      .filter((panel) => {
        const chart = panel.querySelector('.echart') as HTMLElement | null;
        return chart && chart.offsetWidth !== Number(panel.getAttribute('data-chart-width'));
      })
      .map((panel) => panel.querySelector('h2')?.textContent);
    const cutAtRight = [...shown.querySelectorAll('.wall-panel canvas')]
      .filter((canvas) => {
        const context = (canvas as HTMLCanvasElement).getContext('2d');
        const { width: w, height: h } = canvas as HTMLCanvasElement;
        if (!context || w < 3) return false;
        const { data } = context.getImageData(w - 2, 0, 2, h);
        for (let at = 0; at < data.length; at += 4) {
          if ((data[at] ?? 0) + (data[at + 1] ?? 0) + (data[at + 2] ?? 0) > 600) return true;
        }
        return false;
      })
      .map((canvas) => canvas.closest('.wall-panel')?.querySelector('h2')?.textContent);
    // The headline labels start on one line, whether or not a figure's unit wrapped above them.
    const labelTops = [...stage.querySelectorAll('.wall-kpi__label')].map(
      (label) => label.getBoundingClientRect().top,
    );
    const kpiLabelsInLine = Math.max(...labelTops) - Math.min(...labelTops) <= 1;
    return {
      kpiLabelsInLine,
      crowded,
      misjudged,
      cutAtRight,
      scrollX: document.documentElement.scrollWidth > window.innerWidth,
      scrollY: document.documentElement.scrollHeight > window.innerHeight,
      stageInView:
        rect.left >= -1 &&
        rect.top >= -1 &&
        rect.right <= window.innerWidth + 1 &&
        rect.bottom <= window.innerHeight + 1,
      aspect: rect.width / rect.height,
      overflowing,
      clipped,
    };
  });
}

describe('the wall', () => {
  for (const [width, height] of SIZES) {
    for (const lang of width === 1920 || width === 7680
      ? (['zh', 'en'] as const)
      : (['zh'] as const)) {
      it(`fits ${width}×${height} in ${lang}: no scrollbars, nothing cut off, every panel drawn`, async () => {
        const { page, problems, context } = await openPage(browser, { width, height });
        await page.goto(`${baseURL()}/?mode=screen&lang=${lang}`);
        await page.getByTestId('wall').waitFor();
        const panels = await shownPanels(page).count();
        expect(panels).toBeGreaterThanOrEqual(4);
        expect(await waitForCharts(page, panels, SHOWN)).toBe(panels);
        const report = await layoutReport(page);
        expect(report).toMatchObject({
          kpiLabelsInLine: true,
          crowded: [],
          misjudged: [],
          cutAtRight: [],
          scrollX: false,
          scrollY: false,
          stageInView: true,
          overflowing: [],
          clipped: [],
        });
        expect(report.aspect).toBeCloseTo(16 / 9, 2);
        expect(await page.getByTestId('wall-kpi').count()).toBe(6);
        await screenshot(page, `wall-${lang}-${width}x${height}`);
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }

  for (const bundle of [
    'anhui-2026-government-work-report',
    'zhejiang-2026-government-work-report',
  ]) {
    for (const lang of ['zh', 'en', 'both'] as const) {
      it(`fits ${bundle} at 1366×768 in ${lang}: every headline figure inside its card`, async () => {
        const { page, problems, context } = await openPage(browser, { width: 1366, height: 768 });
        await page.goto(`${baseURL()}/?mode=screen&lang=${lang}&bundle=${bundle}`);
        await page.getByTestId('wall').waitFor();
        const panels = await shownPanels(page).count();
        expect(await waitForCharts(page, panels, SHOWN)).toBe(panels);
        // Before, Zhejiang's "1,158,000" in English ran past its card's border; and its two-line
        // title and three-line headline labels left its panels' bars too little height for
        // two-line labels, drawn over each other.
        expect(await layoutReport(page)).toMatchObject({
          kpiLabelsInLine: true,
          crowded: [],
          scrollX: false,
          scrollY: false,
          overflowing: [],
          clipped: [],
        });
        if (lang === 'both') {
          // Each bar's label keeps its English line under the Chinese one.
          const lines = await shownPanels(page).evaluateAll((articles) =>
            articles.map((article) => Number(article.getAttribute('data-label-lines'))),
          );
          expect(Math.min(...lines)).toBeGreaterThanOrEqual(2);
        }
        await screenshot(page, `wall-${lang}-${bundle}-1366x768`);
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }

  it('says on a panel that shows only its largest bars how many it holds, in either language', async () => {
    const bundle = JSON.parse(
      await readFile(path.join(ROOT, 'public', DEFAULT_BUNDLE), 'utf8'),
    ) as { panels: { id: string; indicators: string[] }[] };
    const held = new Map(bundle.panels.map((panel) => [panel.id, panel.indicators.length]));
    for (const [lang, words] of [
      ['en', /^Largest (\d+) of (\d+)$/],
      ['zh', /^前 (\d+) 项 \/ 共 (\d+) 项$/],
    ] as const) {
      const { page, problems, context } = await openPage(browser, { width: 1920, height: 1080 });
      await page.goto(`${baseURL()}/?mode=screen&lang=${lang}`);
      await page.getByTestId('wall').waitFor();
      const panels = await shownPanels(page).evaluateAll((articles) =>
        articles.map((article) => ({
          id: article.getAttribute('data-panel-id') ?? '',
          bars: Number(article.getAttribute('data-bars')),
          more: article.querySelector('[data-testid="wall-panel-more"]')?.textContent ?? null,
        })),
      );
      expect(panels.length).toBeGreaterThan(0);
      // The default report holds more figures in some of its first page's panels than a panel shows.
      expect(panels.some((panel) => panel.more !== null)).toBe(true);
      for (const panel of panels) {
        const total = held.get(panel.id);
        expect(total).toBeDefined();
        if (total! > panel.bars) {
          expect(panel.more).toMatch(words);
          const [, shown, of] = words.exec(panel.more!)!;
          expect([Number(shown), Number(of)]).toEqual([panel.bars, total]);
        } else {
          expect(panel.more).toBeNull();
        }
      }
      expect(await layoutReport(page)).toMatchObject({ overflowing: [], clipped: [] });
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it('runs a long panel title on beside and under that count, not in a column of its own', async () => {
    const bundle = JSON.parse(
      await readFile(path.join(ROOT, 'public', DEFAULT_BUNDLE), 'utf8'),
    ) as {
      panels: { id: string; title: { zh: string } }[];
    };
    // A drafted report's panel title: its section heading and its unit (Jiangsu's report).
    const long = '坚持创新驱动发展，重点产业持续做大做优做强 · 单位数';
    bundle.panels.find((panel) => panel.id === 'people-reached')!.title.zh = long;
    const { page, problems, context } = await openPage(browser, { width: 1920, height: 1080 });
    await page.route(`**${DEFAULT_BUNDLE}`, (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(bundle) }),
    );
    await page.goto(`${baseURL()}/?mode=screen&lang=zh`);
    const panel = page.locator('[data-testid="wall-panel"][data-panel-id="people-reached"]');
    await expect.poll(() => panel.locator('h2').textContent()).toBe(long);
    expect(await panel.getByTestId('wall-panel-more').textContent()).toBe('前 5 项 / 共 8 项');
    // 26 characters of 28 px in a panel of 576: two lines, as without the count (35 px a line).
    const height = await panel.locator('h2').evaluate((h2) => h2.getBoundingClientRect().height);
    const scale = await page.evaluate(() => {
      const stage = document.querySelector('.wall-stage') as HTMLElement;
      return stage.getBoundingClientRect().width / 1920;
    });
    expect(height / scale).toBeLessThan(2 * 35 + 2);
    const panels = await shownPanels(page).count();
    expect(await waitForCharts(page, panels, SHOWN)).toBe(panels);
    expect(await layoutReport(page)).toMatchObject({ overflowing: [], clipped: [], crowded: [] });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows no Chinese under lang=en: text, accessible names and title', async () => {
    const { page, problems, context } = await openPage(browser, { width: 1920, height: 1080 });
    await page.goto(`${baseURL()}/?mode=screen&lang=en`);
    await page.getByTestId('bundle-title').waitFor();
    await waitForCharts(page, await shownPanels(page).count(), SHOWN);
    const text = await page.evaluate(() => {
      const labels = [...document.querySelectorAll('[aria-label]')].map((node) =>
        node.getAttribute('aria-label'),
      );
      return `${document.body.innerText}\n${labels.join('\n')}\n${document.title}`;
    });
    expect(text).toContain('525,800');
    expect(text).not.toMatch(/[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("keeps each bracketed note of a headline figure's label on one line, on the wall and the desk", async () => {
    // The Anhui report's labels end in notes ("城镇新增就业（2025年）") in cards a few words wide.
    for (const [mode, label, width, height] of [
      ['screen', '.wall-kpi__label', 1920, 1080],
      ['analyst', '.kpi__label', 412, 823],
    ] as const) {
      const { page, problems, context } = await openPage(browser, { width, height });
      await page.goto(
        `${baseURL()}/?mode=${mode}&lang=zh&bundle=anhui-2026-government-work-report`,
      );
      const notes = page.locator(`${label} .keep-whole`);
      await notes.first().waitFor({ timeout: 20_000 });
      const lines = await notes.evaluateAll((spans) =>
        spans.map((span) => [span.textContent, span.getClientRects().length]),
      );
      expect(lines.length).toBeGreaterThan(2);
      expect(lines.filter(([, count]) => count !== 1)).toEqual([]);
      // The wall's title, in two balanced lines, breaks beside its note, not inside it ("2025" /
      // "年）").
      if (mode === 'screen') {
        expect(await page.locator('.wall-header h1 .keep-whole').allTextContents()).toEqual([
          '（2021—2025年）',
        ]);
      }
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it('shows Chinese with English beneath it under lang=both', async () => {
    const { page, problems, context } = await openPage(browser, { width: 1920, height: 1080 });
    await page.goto(`${baseURL()}/?mode=screen&lang=both`);
    const title = page.getByTestId('bundle-title');
    await title.waitFor();
    expect(await title.textContent()).toContain('淮南市总工会');
    expect(await title.textContent()).toContain('Huainan');
    const panels = await shownPanels(page).count();
    await waitForCharts(page, panels, SHOWN);
    expect(await layoutReport(page)).toMatchObject({
      kpiLabelsInLine: true,
      overflowing: [],
      clipped: [],
      crowded: [],
      misjudged: [],
      cutAtRight: [],
    });
    // Each headline figure in English too, under the Chinese: 万 and 亿 are not every reader's.
    const figures = await page
      .getByTestId('wall-kpi')
      .evaluateAll((cards) =>
        cards.map((card) => [
          card.querySelector('[data-testid="wall-kpi-value"]')?.textContent ?? '',
          card.querySelector('[data-testid="wall-kpi-value-en"]')?.textContent ?? '',
        ]),
      );
    expect(figures).toContainEqual(['52.58万人', '525,800 people']);
    expect(figures).toContainEqual(['1.04亿元', '¥104 million']);
    for (const [, english] of figures) expect(english).not.toMatch(/[\u4e00-\u9fff]|^$/);
    // The wall's own words too, not only the bundle's: the date line, the source and the hint.
    for (const selector of ['.wall-asof', '.wall-footer']) {
      const line = await page.locator(selector).textContent();
      expect(line).toMatch(/[\u4e00-\u9fff]/);
      expect(line).toMatch(/[A-Za-z]{4,}/);
    }
    // Readable across a room: no visible text under 24 px of the 1920×1080 design.
    const small = await page.evaluate(() => {
      const found: string[] = [];
      const stage = document.querySelector('[data-testid="wall"]') as HTMLElement;
      const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!node.textContent?.trim() || !element || element.closest('[inert]')) continue;
        const size = parseFloat(getComputedStyle(element).fontSize);
        if (size < 24) found.push(`${size}px "${node.textContent.trim()}"`);
      }
      return found;
    });
    expect(small).toEqual([]);
    await screenshot(page, 'wall-both-1920x1080');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says how to go full screen until the wall fills the screen, and again after it leaves', async () => {
    const { page, problems, context } = await openPage(browser, { width: 1920, height: 1080 });
    await page.goto(`${baseURL()}/?mode=screen&lang=zh`);
    const hint = page.getByTestId('tour-state');
    await expect.poll(() => hint.textContent()).toBe('按 F 全屏');
    // As F does, without a key (which would pause the tour, and say so in the same place).
    const session = await context.newCDPSession(page);
    const run = (expression: string) =>
      session.send('Runtime.evaluate', { expression, userGesture: true, awaitPromise: true });
    await run('document.documentElement.requestFullscreen()');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await expect.poll(() => hint.textContent()).toBe('');
    await run('document.exitFullscreen()');
    await page.waitForFunction(() => document.fullscreenElement === null);
    await expect.poll(() => hint.textContent()).toBe('按 F 全屏');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('tours the panels on a fake clock, pauses on input and resumes after a quiet spell', async () => {
    const { page, problems, context } = await openPage(browser, { width: 1920, height: 1080 });
    await page.clock.install();
    await page.goto(`${baseURL()}/?mode=screen&lang=zh&interval=5`);
    await page.getByTestId('wall').waitFor();
    const featured = () =>
      shownPanels(page).evaluateAll((panels) =>
        panels.findIndex((panel) => panel.getAttribute('data-featured') === 'true'),
      );
    expect(await featured()).toBe(0);
    await page.clock.runFor(5_000);
    expect(await featured()).toBe(1);
    await page.clock.runFor(5_000);
    expect(await featured()).toBe(2);
    await page.keyboard.press('ArrowDown');
    await page.clock.runFor(10_000);
    expect(await featured()).toBe(2);
    expect(await page.getByTestId('tour-state').textContent()).toBe('巡览已暂停');
    await page.clock.runFor(30_000);
    expect(await featured()).not.toBe(2);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('turns pages without drawing a chart again, the featured bar in the highlight colour', async () => {
    const { page, problems, context } = await openPage(browser, { width: 1920, height: 1080 });
    await page.clock.install();
    await page.goto(`${baseURL()}/?mode=screen&lang=zh&interval=3`);
    await page.getByTestId('wall').waitFor();
    await shownPanels(page).first().locator('canvas').waitFor();
    // Time stops, so a step comes only with runFor; the checks below then fall a second after a
    // step, once the featured bar's 300 ms change of colour is over, however fast this machine is.
    // Meanwhile the bars grow in and the next page is drawn ahead.
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1_000));
    const featuredTitle = () =>
      page.evaluate(
        () => document.querySelector('.wall-page--shown [data-featured="true"] h2')?.textContent,
      );
    const before = await featuredTitle();
    for (let waited = 0; waited <= 3_000 && (await featuredTitle()) === before; waited += 100) {
      await page.clock.runFor(100);
    }
    await page.clock.runFor(1_000);
    const shownCharts = () =>
      page.evaluate(() => {
        const panels = [
          ...document.querySelectorAll('.wall-page--shown [data-testid="wall-panel"]'),
        ];
        return {
          titles: panels.map((panel) => panel.querySelector('h2')?.textContent),
          featured: panels.findIndex((panel) => panel.getAttribute('data-featured') === 'true'),
          finished: panels.filter((panel) =>
            panel.querySelector('[data-chart-finished="true"] canvas'),
          ).length,
          // Pixels of the highlight colour (#F0B429) in each panel's chart.
          highlight: panels.map((panel) => {
            const canvas = panel.querySelector('canvas') as HTMLCanvasElement;
            const { data } = canvas
              .getContext('2d')!
              .getImageData(0, 0, canvas.width, canvas.height);
            let count = 0;
            for (let at = 0; at < data.length; at += 4) {
              const near = (value: number | undefined, target: number) =>
                Math.abs((value ?? 0) - target) < 12;
              if (near(data[at], 240) && near(data[at + 1], 180) && near(data[at + 2], 41))
                count += 1;
            }
            return count;
          }),
        };
      });
    const first = await shownCharts();
    expect(first.finished).toBe(first.titles.length);
    // The footer says which page is on, so a reader knows the other panels are coming.
    const marker = () => page.getByTestId('wall-page').textContent();
    expect(await marker()).toBe('第 1/2 页');
    // Gold in the featured panel's chart, and nowhere else.
    const goldOnlyIn = (at: number, highlight: number[]) =>
      highlight.every((pixels, panel) => (panel === at ? pixels > 500 : pixels === 0));
    expect(first.featured).toBeGreaterThanOrEqual(0);
    expect(goldOnlyIn(first.featured, first.highlight)).toBe(true);
    await page.evaluate(() => {
      (window as unknown as { firstCanvases: Element[] }).firstCanvases = [
        ...document.querySelectorAll('.wall-page--shown [data-testid="wall-panel"] canvas'),
      ];
    });
    // The second page: drawn while the first was on the screen, there at once.
    for (let step = 0; step < first.titles.length; step += 1) await page.clock.runFor(3_000);
    const second = await shownCharts();
    // The page turned away from is out of reach: hidden from assistive technology, not focusable.
    const pages = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.wall-page')].map((box) => ({
        shown: box.classList.contains('wall-page--shown'),
        ariaHidden: box.getAttribute('aria-hidden'),
        inert: box.inert,
      })),
    );
    expect(pages).toEqual([
      { shown: false, ariaHidden: 'true', inert: true },
      { shown: true, ariaHidden: null, inert: false },
    ]);
    expect(second.titles).not.toEqual(first.titles);
    expect(await marker()).toBe('第 2/2 页');
    expect(second.finished).toBe(second.titles.length);
    expect(second.featured).toBeGreaterThanOrEqual(0);
    expect(goldOnlyIn(second.featured, second.highlight)).toBe(true);
    // Round again: the first page's charts are the very canvases drawn at the start.
    for (let step = 0; step < second.titles.length; step += 1) await page.clock.runFor(3_000);
    expect(await shownCharts()).toMatchObject({ titles: first.titles });
    expect(await marker()).toBe('第 1/2 页');
    const same = await page.evaluate(() => {
      const before = (window as unknown as { firstCanvases: Element[] }).firstCanvases;
      const now = [
        ...document.querySelectorAll('.wall-page--shown [data-testid="wall-panel"] canvas'),
      ];
      return now.length === before.length && now.every((canvas, at) => canvas === before[at]);
    });
    expect(same).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps only the page on the screen and the next when a bundle has more than 12 panels', async () => {
    const { page, problems, context } = await openPage(browser, { width: 1920, height: 1080 });
    const body = JSON.stringify(generateHugeBundle({ count: 400 }));
    await page.route('**/routed/many-panels.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    await page.clock.install();
    const bundle = encodeURIComponent('/routed/many-panels.json');
    await page.goto(`${baseURL()}/?mode=screen&lang=zh&interval=3&bundle=${bundle}`);
    await shownPanels(page).first().waitFor();
    const stage = () =>
      page.evaluate(() => ({
        pages: [...document.querySelectorAll<HTMLElement>('.wall-page')].map((box) => ({
          shown: box.classList.contains('wall-page--shown'),
          outOfReach: box.inert && box.getAttribute('aria-hidden') === 'true',
        })),
        firstTitle: document.querySelector('.wall-page--shown h2')?.textContent,
        featured: document.querySelectorAll('.wall-page--shown [data-featured="true"]').length,
      }));
    const firstTitles = new Set<string | undefined>();
    for (let turn = 0; turn < 3; turn += 1) {
      const panels = await shownPanels(page).count();
      expect(panels).toBe(6);
      expect(await waitForCharts(page, panels, SHOWN)).toBe(panels);
      const now = await stage();
      // The page on the screen and the one drawn ahead: no more canvases than two pages hold.
      expect(now.pages).toEqual(
        expect.arrayContaining([
          { shown: true, outOfReach: false },
          { shown: false, outOfReach: true },
        ]),
      );
      expect(now.pages).toHaveLength(2);
      expect(now.featured).toBe(1);
      firstTitles.add(now.firstTitle);
      for (let step = 0; step < panels; step += 1) await page.clock.runFor(3_000);
    }
    expect(firstTitles.size).toBe(3);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('alternates the whole wall between Chinese and English under lang=cycle', async () => {
    const { page, problems, context } = await openPage(browser, { width: 1920, height: 1080 });
    await page.clock.install();
    await page.goto(`${baseURL()}/?mode=screen&lang=cycle&interval=3`);
    await page.getByTestId('wall').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    const seen = new Set<string>();
    for (let step = 0; step < 60 && seen.size < 2; step += 1) {
      await page.clock.runFor(3_000);
      seen.add(await page.evaluate(() => document.documentElement.lang));
    }
    expect(seen).toContain('en');
    expect(await page.getByTestId('bundle-title').textContent()).toContain('Huainan');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the headline figures final at once and then holds them', async () => {
    const { page, problems, context } = await openPage(browser, {
      width: 1920,
      height: 1080,
      reducedMotion: 'no-preference',
    });
    await page.clock.install();
    await page.goto(`${baseURL()}/?mode=screen&lang=zh`);
    await page.getByTestId('wall').waitFor();
    expect(await page.getByTestId('wall-kpi-value').first().textContent()).toBe('52.58万人');
    await page.clock.runFor(3_000);
    expect(await page.getByTestId('wall-kpi-value').first().textContent()).toBe('52.58万人');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps a word space between an English qualifier and a figure set tight to its %', async () => {
    const { page, problems, context } = await openPage(browser, { width: 1920, height: 1080 });
    await page.goto(
      `${baseURL()}/?mode=screen&lang=en&bundle=zhejiang-2026-government-work-report`,
    );
    await page.getByTestId('wall').waitFor();
    const value = page
      .getByTestId('wall-kpi-value')
      .filter({ hasText: /^about/ })
      .first();
    const gap = await value.evaluate((element) => {
      const [prefix, number] = [...element.children].map((child) => child.getBoundingClientRect());
      return (number?.left ?? 0) - (prefix?.right ?? 0);
    });
    expect(gap).toBeGreaterThanOrEqual(5);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("the wall's first screen", () => {
  /** Where the title, headline figures, panel titles on the screen and footer are, and what they say. */
  function placesIn(page: Page, scope: string) {
    return page.evaluate((scope) => {
      const root = document.querySelector(scope) as HTMLElement;
      return [
        ...root.querySelectorAll(
          '.wall-header h1, .wall-kpi__value, .wall-kpi__label, .wall-page--shown .wall-panel h2, .wall-footer',
        ),
      ].map((element) => {
        const { left, top, width, height } = element.getBoundingClientRect();
        const at = [left, top, width, height].map((value) => Math.round(value));
        return { text: element.getAttribute('aria-label') ?? element.textContent, at };
      });
    }, scope);
  }

  it('shows the final headline figures before the app code runs, scaled, and the wall takes over in place', async () => {
    const { page, problems, context } = await openPage(browser, { width: 1366, height: 768 });
    const release = await holdAppCode(page);
    await page.goto(`${baseURL()}/?mode=screen&lang=en`);
    await page.locator('#shell .wall-kpi__value').first().waitFor();
    const early = await placesIn(page, '#shell');
    expect(early.map((place) => place.text)).toContain('525,800 people');
    expect(await page.locator('#shell .wall-header h1').textContent()).toContain('Huainan');
    // Scaled from 1920×1080 to the window, as the wall is, and its clock going.
    expect(await page.locator('#shell .wall-stage').getAttribute('data-scale')).toBe('0.7111');
    expect(await page.locator('#shell .wall-clock').textContent()).toMatch(/^\d\d:\d\d:\d\d$/);
    expect(await page.locator('#shell .wall-panel--featured').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // Nothing of the live wall yet: the copy has no test ids and cannot be clicked.
    expect(await page.getByTestId('wall').count()).toBe(0);
    expect(await page.locator('#shell .shell').getAttribute('inert')).not.toBeNull();
    release();
    await page.getByTestId('wall').waitFor();
    expect(await page.locator('#shell').count()).toBe(0);
    // The same words in the same places: the handover moves nothing.
    expect(await placesIn(page, '#root')).toEqual(early);
    await waitForCharts(page, 1, SHOWN);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows every chart of the first page before the app code runs, drawn as the live wall draws it, and keeps it until the live chart has drawn', async () => {
    const { page, problems, context } = await openPage(browser, { width: 1920, height: 1080 });
    const release = await holdAppCode(page);
    await page.goto(`${baseURL()}/?mode=screen&lang=zh`);
    const boxes = page.locator('#shell .wall-page--shown .wall-panel');
    await page.waitForFunction(() => {
      const panels = document.querySelectorAll('#shell .wall-page--shown .wall-panel');
      return (
        panels.length > 0 &&
        [...panels].every((panel) => panel.querySelector('.chart-placeholder--preview svg'))
      );
    });
    // Each box's picture: one bar per figure, within the box, the featured panel's first bar in
    // the highlight colour and the others in the bar colour; the value labels in the chart font.
    const early = await boxes.evaluateAll((panels) =>
      panels.map((panel) => {
        const svg = panel.querySelector('.chart-placeholder--preview svg') as SVGSVGElement;
        const box = panel.querySelector('.chart-placeholder')!.getBoundingClientRect();
        const drawn = svg.getBoundingClientRect();
        const fills = [...svg.querySelectorAll('path')]
          .map((path) => path.getAttribute('fill')?.toUpperCase())
          .filter((fill) => fill === '#56B4E9' || fill === '#F0B429');
        const texts = [...svg.querySelectorAll('text')].map((text) => ({
          text: text.textContent,
          family: getComputedStyle(text).fontFamily,
          weight: getComputedStyle(text).fontWeight,
        }));
        return {
          bars: Number(panel.getAttribute('data-bars')),
          featured: panel.classList.contains('wall-panel--featured'),
          fills,
          inside:
            drawn.left >= box.left - 1 &&
            drawn.right <= box.right + 1 &&
            drawn.top >= box.top - 1 &&
            drawn.bottom <= box.bottom + 1,
          texts,
        };
      }),
    );
    expect(early.length).toBe(6);
    for (const box of early) {
      expect(box.inside).toBe(true);
      expect(box.fills).toHaveLength(box.bars);
      expect(box.fills.filter((fill) => fill === '#F0B429')).toHaveLength(box.featured ? 1 : 0);
      expect(box.texts.some((text) => /万|%|\d/.test(text.text ?? ''))).toBe(true);
      expect(box.texts.every((text) => /Noto Sans CJK SC/.test(text.family))).toBe(true);
    }
    expect(early[0]!.featured).toBe(true);
    expect(early[0]!.fills[0]).toBe('#F0B429');
    // Value labels are bold, as on the live chart (a broken style attribute once dropped it).
    expect(early.flatMap((box) => box.texts).some((text) => text.weight === '700')).toBe(true);
    release();
    await page.getByTestId('wall').waitFor();
    // From the handover until its live chart has drawn, each box of the live wall shows either
    // the picture or its chart with ink on the canvas (drawn in the task that made it, before
    // ECharts says "finished"), never an empty box, frame by frame.
    const gaps = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let empty = 0;
          const inked = (panel: Element) => {
            const canvas = panel.querySelector<HTMLCanvasElement>('.echart canvas');
            const context = canvas?.getContext('2d');
            if (!canvas || !context || canvas.width === 0) return false;
            const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
            for (let i = 3; i < data.length; i += 4 * 13) if (data[i] !== 0) return true;
            return false;
          };
          const check = () => {
            const panels = [
              ...document.querySelectorAll('.wall-page--shown [data-testid="wall-panel"]'),
            ];
            for (const panel of panels) {
              if (!panel.querySelector('.chart-placeholder--preview svg') && !inked(panel)) {
                empty += 1;
              }
            }
            const live = panels.filter((panel) =>
              panel.querySelector('.echart[data-chart-finished="true"]'),
            );
            if (panels.length > 0 && live.length === panels.length) resolve(empty);
            else requestAnimationFrame(check);
          };
          check();
        }),
    );
    expect(gaps).toBe(0);
    expect(await page.locator('.chart-placeholder--preview').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows no figure the server no longer holds: a changed bundle waits for the wall', async () => {
    const { page, problems, context } = await openPage(browser, { width: 1920, height: 1080 });
    await serveChangedDefaultBundle(page);
    const release = await holdAppCode(page);
    await page.goto(`${baseURL()}/?mode=screen&lang=zh`);
    // The check has had the new bundle and a few frames to act on it.
    await page.waitForFunction(
      (url) => performance.getEntriesByName(new URL(url, location.href).href).length > 0,
      DEFAULT_BUNDLE,
    );
    await page.evaluate(
      () => new Promise((resolve) => setTimeout(() => requestAnimationFrame(resolve), 200)),
    );
    expect(await page.locator('#shell .wall-kpi__value').count()).toBe(0);
    release();
    await page.getByTestId('wall').waitFor();
    expect(await page.getByTestId('wall-kpi-value').first().textContent()).toBe('61.23万人');
    expect(problems).toEqual([]);
    await context.close();
  });
});
