import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser, openPage } from './browser.ts';
import { ROOT } from './preview-server.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface ShippedBundle {
  title: { zh: string };
  publisher: { zh: string };
  headline: string[];
  indicators: { id: string; label: { zh: string } }[];
}

/** A shipped bundle as the server holds it, for the names and headline labels it must show. */
function shipped(id: string): ShippedBundle {
  return JSON.parse(
    readFileSync(path.join(ROOT, 'public/data/bundles', `${id}.json`), 'utf8'),
  ) as ShippedBundle;
}

const headlineLabels = (bundle: ShippedBundle) =>
  bundle.headline.map((id) => bundle.indicators.find((item) => item.id === id)?.label.zh);

/** The report on screen: title, publisher, headline labels and figures. */
async function onScreen(page: Page) {
  return {
    title: await page.getByTestId('bundle-title').textContent(),
    publisher: await page.locator('.wall-header__title p').textContent(),
    labels: await page.locator('.wall-kpi__label').allTextContents(),
    figures: await page.getByTestId('wall-kpi-value').allTextContents(),
  };
}

const HUAINAN = 'huainan-union-five-year';
const ANHUI = 'anhui-2026-government-work-report';
const BROKEN = '/__mock/bundles/broken-negative.json';

describe('the wall touring several reports', () => {
  it('shows each good report in turn with its own figures and names the broken one', async () => {
    const { page, problems, context } = await openPage(browser, { width: 1920, height: 1080 });
    await page.clock.install();
    await page.goto(
      `${baseURL()}/?mode=screen&lang=zh&interval=3&bundle=${HUAINAN},${BROKEN},${ANHUI}`,
    );
    await page.getByTestId('wall').waitFor();
    const huainan = shipped(HUAINAN);
    const anhui = shipped(ANHUI);
    const first = await onScreen(page);
    expect(first.title).toBe(huainan.title.zh);
    expect(first.publisher).toBe(huainan.publisher.zh);
    expect(first.labels).toEqual(headlineLabels(huainan).slice(0, 6));
    expect(first.figures[0]).toBe('52.58万人');
    // The tour starts once the first report is in; the broken one is named when it has answered.
    const skipped = page.getByTestId('tour-skipped');
    await skipped.waitFor();
    expect(await skipped.count()).toBe(1);
    expect(await skipped.textContent()).toContain('broken-negative.json');
    expect(await skipped.textContent()).toContain('indicators[0].value');
    expect(await page.getByTestId('tour-report').textContent()).toBe('第 1 份报告，共 3 份');

    // Step until the report changes: the broken one is passed over, Anhui follows.
    const titles: string[] = [];
    for (let step = 0; step < 120 && titles.length < 3; step += 1) {
      await page.clock.runFor(3_000);
      const title = (await page.getByTestId('bundle-title').textContent()) ?? '';
      if (title !== (titles.at(-1) ?? first.title)) {
        titles.push(title);
        if (title === anhui.title.zh) {
          const second = await onScreen(page);
          expect(second.publisher).toBe(anhui.publisher.zh);
          expect(second.labels).toEqual(headlineLabels(anhui).slice(0, 6));
          expect(second.figures[0]).toBe('5.3万亿元');
          expect(await page.getByTestId('tour-report').textContent()).toBe('第 3 份报告，共 3 份');
          expect(await skipped.textContent()).toContain('broken-negative.json');
        }
      }
    }
    expect(titles).toEqual([anhui.title.zh, huainan.title.zh, anhui.title.zh]);
    expect((await onScreen(page)).figures[0]).toBe('5.3万亿元');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('starts with the first report while a later one is still on its way', async () => {
    const { page, problems, context } = await openPage(browser, { width: 1920, height: 1080 });
    await page.clock.install();
    // Anhui's bundle is held back until the test lets it through.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(`**/data/bundles/${ANHUI}.json`, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${baseURL()}/?mode=screen&lang=zh&interval=3&bundle=${HUAINAN},${ANHUI}`);
    await page.getByTestId('wall').waitFor();
    expect((await onScreen(page)).title).toBe(shipped(HUAINAN).title.zh);
    expect(await page.getByTestId('tour-report').textContent()).toBe('第 1 份报告，共 2 份');

    release();
    const anhui = shipped(ANHUI).title.zh;
    let reached = false;
    for (let step = 0; step < 60 && !reached; step += 1) {
      await page.clock.runFor(3_000);
      reached = (await page.getByTestId('bundle-title').textContent()) === anhui;
    }
    expect(reached).toBe(true);
    expect((await onScreen(page)).figures[0]).toBe('5.3万亿元');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the failure screen when every report fails', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(
      `${baseURL()}/?mode=screen&lang=en&bundle=${BROKEN},/__mock/bundles/broken-duplicate-ids.json`,
    );
    await page.getByTestId('load-error').waitFor();
    expect(await page.getByTestId('wall').count()).toBe(0);
    await context.close();
  });

  it('gives the desk the first report named and says the others are for the wall', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseURL()}/?lang=en&bundle=${ANHUI},${HUAINAN}`);
    await page.getByTestId('notice').first().waitFor();
    expect(await page.getByTestId('bundle-title').textContent()).toBe(
      'Anhui: achievements of 2021–2025 and the work of 2025',
    );
    expect(await page.getByTestId('notice').first().textContent()).toContain(HUAINAN);
    expect(new URL(page.url()).searchParams.get('bundle')).toBe(ANHUI);
    expect(problems).toEqual([]);
    await context.close();
  });
});
