import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A4 less the @page margins (print.css: 18 mm top, 20 mm bottom, 22 mm + 16 mm sides), in CSS px. */
const MM = 96 / 25.4;
const PAGE_HEIGHT = (297 - 18 - 20) * MM;
const PAGE_WIDTH = Math.floor((210 - 22 - 16) * MM);

const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

async function openPrint(
  query: string,
): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const { page, context, problems } = await openPage(browser, { width: PAGE_WIDTH, height: 900 });
  await page.emulateMedia({ media: 'print' });
  await page.goto(`${baseURL()}/?view=print&${query}`);
  await page.getByTestId('print-page').waitFor();
  const charts = await page.getByTestId('print-chart').count();
  await page.waitForFunction(
    (count) => document.querySelectorAll('[data-chart-finished="true"]').length >= count,
    charts,
    { timeout: 20_000 },
  );
  return { page, problems, close: () => context.close() };
}

/** The text of each page of a PDF, when pdftotext is installed. */
function pdfPages(pdf: Buffer): string[] | undefined {
  // CI installs poppler-utils (.ci/run): there the text check must run, never pass by skipping.
  if (!hasPdftotext && process.env.CI)
    throw new Error('pdftotext is missing: apt-get install poppler-utils');
  if (!hasPdftotext) return undefined;
  const dir = mkdtempSync(path.join(tmpdir(), 'briefing-'));
  try {
    const file = path.join(dir, 'briefing.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    return text.split('\f');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** PDF pages, counted from the page objects. */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

describe('print briefing', () => {
  it('lays out the briefing for A4 in both languages, charts whole, every figure footnoted', async () => {
    const { page, problems, close } = await openPrint('lang=both');
    const briefings = page.locator('[data-testid^="print-briefing-"]');
    expect(await briefings.count()).toBe(2);
    const zh = page.getByTestId('print-briefing-zh');
    const en = page.getByTestId('print-briefing-en');
    // Title, publisher, period, the filters (none here), the headline figures.
    expect(await zh.locator('h1').textContent()).toBe('淮南市总工会五年工作成就');
    expect(await en.locator('h1').textContent()).toContain('Huainan Federation of Trade Unions');
    expect(await zh.getByTestId('print-filters').textContent()).toBe('筛选：全部指标');
    expect(await en.getByTestId('print-filters').textContent()).toBe('Filters: all figures');
    expect(await zh.textContent()).toContain('52.58万人');
    expect(await en.textContent()).toContain('525,800 people');
    expect(await en.textContent()).toContain('Most: Skilled workers trained, 525,800 people');
    expect(await zh.textContent()).toContain('培养技能人才52.58万人，为本组最多');
    // Every figure in a table or the headline carries a mark that points into the source list.
    for (const briefing of [zh, en]) {
      const marks = await briefing
        .locator('.print-mark a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      const figures = await briefing.locator('.print-table tbody tr, .print-headline li').count();
      expect(marks.length).toBe(figures);
      const sources = briefing.getByTestId('print-sources').locator('li');
      expect(await sources.count()).toBeGreaterThan(40);
      for (const href of new Set(marks)) {
        expect(await briefing.locator(href).count(), href).toBe(1);
      }
      expect(await sources.first().locator('q').textContent()).not.toBe('');
    }
    // No chart runs over a page: each chart (with its sentence) and each table fits a page,
    // and the layout keeps it whole.
    const boxes = await page.locator('.print-figure, .print-table').evaluateAll((blocks) =>
      blocks.map((block) => ({
        height: block.getBoundingClientRect().height,
        avoid: getComputedStyle(block).breakInside,
        svg: block.tagName !== 'FIGURE' || block.querySelector('svg') !== null,
        canvas: block.querySelector('canvas') !== null,
      })),
    );
    expect(boxes.length).toBeGreaterThanOrEqual(40);
    for (const box of boxes) {
      expect(box.height).toBeLessThan(PAGE_HEIGHT);
      expect(box.avoid).toBe('avoid');
      // Vectors for paper, never a screen-resolution bitmap.
      expect(box.svg).toBe(true);
      expect(box.canvas).toBe(false);
    }
    // The screen's toolbar is not printed.
    expect(await page.locator('.print-toolbar').isVisible()).toBe(false);

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(6);
    expect(pages).toBeLessThanOrEqual(24);
    expect(pdf.length).toBeGreaterThan(50_000);

    const texts = pdfPages(pdf);
    if (texts) {
      const all = texts.join('\n');
      expect(all).toContain('淮南市总工会五年工作成就');
      expect(all).toContain('Huainan Federation of Trade Unions');
      expect(all).toMatch(/资料来源/);
      expect(all).toMatch(/Sources/);
      // A panel's title and its sentence land on the same page: the chart between is not split.
      const panels = await page.getByTestId('print-panel').evaluateAll((sections) =>
        sections.map((section) => ({
          title: section.querySelector('h3')?.textContent ?? '',
          sentence: section.querySelector('figcaption')?.textContent ?? '',
        })),
      );
      const squeeze = (text: string) => text.replace(/\s+/g, '');
      const squeezed = texts.map(squeeze);
      for (const { title, sentence } of panels) {
        const end = squeeze(sentence).slice(-12);
        const same = squeezed.some((text) => {
          const at = text.indexOf(squeeze(title));
          return at >= 0 && text.indexOf(end, at) > at;
        });
        expect(same, `${title} split from its sentence`).toBe(true);
      }
    }
    expect(problems).toEqual([]);
    await close();
  });

  it('keeps every chart within the paper when printed from a wide window', async () => {
    const { page, context, problems } = await openPage(browser, { width: 1366, height: 768 });
    await page.goto(`${baseURL()}/?view=print&lang=en`);
    await page.getByTestId('print-page').waitFor();
    const charts = await page.getByTestId('print-chart').count();
    expect(charts).toBeGreaterThan(5);
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-chart-finished="true"]').length >= count,
      charts,
      { timeout: 20_000 },
    );
    // Print styles give the page the window's width. A chart follows its box, so the box must
    // stay within the paper: it is read at once, before the chart could follow it anywhere.
    await page.emulateMedia({ media: 'print' });
    const widths = await page
      .locator('.print-figure .echarts-for-react')
      .evaluateAll((boxes) => boxes.map((box) => box.getBoundingClientRect().width));
    expect(widths.length).toBe(charts);
    for (const width of widths) expect(width).toBeLessThanOrEqual(PAGE_WIDTH);
    // And what was drawn on screen is what goes on paper.
    const drawn = await page
      .locator('.print-figure svg')
      .evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect().width));
    for (const width of drawn) expect(width).toBeLessThanOrEqual(PAGE_WIDTH);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('states the filters in force and numbers only the figures shown', async () => {
    const { page, close } = await openPrint('lang=en&unit=yuan');
    expect(await page.getByTestId('print-filters').textContent()).toBe('Filters: Funds (yuan)');
    const panels = page.getByTestId('print-panel');
    expect(await panels.count()).toBe(1);
    expect(await page.getByTestId('print-sources').locator('li').count()).toBe(5);
    // A "nearly" figure keeps its qualifier in the table; the sentence says the largest and the
    // smallest figure, and adds nothing up.
    expect(await panels.first().textContent()).toContain('nearly ¥28 million');
    expect(await panels.first().locator('figcaption').textContent()).toMatch(
      /^[^.]+, 5 figures\. Most: "Four Seasons" outreach funds and goods, ¥104 million\. Least: Inclusive member-benefit funds, ¥10\.9 million\.$/,
    );
    await close();
  });

  it('gives a panel of one figure its table row alone, no chart of one bar', async () => {
    const { page, problems, close } = await openPrint(
      'lang=en&bundle=anhui-2026-government-work-report',
    );
    const panels = await page.getByTestId('print-panel').evaluateAll((sections) =>
      sections.map((section) => ({
        title: section.querySelector('h3')?.textContent,
        rows: section.querySelectorAll('tbody tr').length,
        chart: section.querySelector('[data-testid="print-chart"]') !== null,
      })),
    );
    expect(panels.filter((panel) => panel.rows === 1).length).toBeGreaterThan(2);
    expect(panels.filter((panel) => panel.rows > 1).length).toBeGreaterThan(5);
    for (const panel of panels) expect(panel.chart, panel.title ?? '').toBe(panel.rows > 1);
    expect(problems).toEqual([]);
    await close();
  });

  it('opens from the desk by its button', async () => {
    const { page, context, problems } = await openPage(browser);
    await page.goto(`${baseURL()}/?lang=en`);
    await page.getByTestId('open-print').click();
    await page.getByTestId('print-page').waitFor();
    expect(page.url()).toContain('view=print');
    await page.getByRole('button', { name: 'Back to the dashboard' }).click();
    await page.getByTestId('bundle-title').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const query of ['lang=zh', 'lang=en']) {
    it(`has no serious or critical axe violations (${query})`, async () => {
      const { page, close } = await openPrint(query);
      await page.emulateMedia({ media: 'screen' });
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
        );
      expect(serious).toEqual([]);
      // Each chart names itself and points to its sentence.
      const described = await page
        .locator('.echart[aria-describedby]')
        .evaluateAll((charts) =>
          charts.map(
            (chart) =>
              document.getElementById(chart.getAttribute('aria-describedby') ?? '')?.textContent ??
              '',
          ),
        );
      expect(described.length).toBeGreaterThan(5);
      expect(described.every((text) => text.length > 10)).toBe(true);
      await close();
    });
  }

  it('shows the featured panel’s sentence on the wall with caption=1, and axe finds nothing serious', async () => {
    const { page, context } = await openPage(browser, { width: 1920, height: 1080 });
    await page.goto(`${baseURL()}/?mode=screen&lang=en&caption=1`);
    await page.getByTestId('wall').waitFor();
    const caption = page.locator(
      '.wall-page--shown .wall-panel--featured [data-testid="wall-caption"]',
    );
    await caption.waitFor();
    expect(await caption.textContent()).toMatch(/Most: |Highest: /);
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id),
    ).toEqual([]);
    await context.close();
  });
});
