import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHugeBundle } from '../../mock/generate-huge.ts';
import { baseURL, launchBrowser, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ANHUI = 'anhui-2026-government-work-report';

/** Opens the picker from the keyboard and chooses the report that a search for `words` finds first. */
async function pickReport(page: Page, words: string): Promise<void> {
  await page.getByTestId('report-picker-button').focus();
  await page.keyboard.press('ArrowDown');
  const picker = page.getByTestId('report-picker');
  await picker.getByRole('searchbox').waitFor();
  await picker.getByRole('searchbox').fill(words);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

describe('report picker', () => {
  it('lists every shipped report and opens the second, in Chinese; reload and Back keep step', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseURL()}/`);
    await page.getByTestId('bundle-title').waitFor();
    expect(await page.getByTestId('bundle-title').textContent()).toBe('淮南市总工会五年工作成就');

    await page.getByTestId('report-picker-button').click();
    const picker = page.getByTestId('report-picker');
    const box = await picker.boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1366);
    const options = picker.locator('.report-picker__option');
    await options.nth(2).waitFor();
    expect(await options.count()).toBe(3);
    expect(await options.nth(1).textContent()).toContain(
      '安徽省人民政府 · 2021—2025年 · 55 项指标',
    );
    await page.keyboard.press('Escape');
    expect(await picker.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'report-picker-button',
    );

    await pickReport(page, '安徽');
    await page.waitForURL(`**/?bundle=${ANHUI}`);
    await page.getByText('安徽省“十四五”（2021—2025年）发展成就与2025年工作').first().waitFor();
    expect(await page.getByTestId('bundle-title').textContent()).toBe(
      '安徽省“十四五”（2021—2025年）发展成就与2025年工作',
    );
    await expect.poll(() => page.getByTestId('kpi-value').allTextContents()).toContain('75.7万人');
    expect(await page.getByTestId('kpi').count()).toBe(6);

    await page.reload();
    await page.getByTestId('bundle-title').waitFor();
    await expect
      .poll(() => page.getByTestId('bundle-title').textContent())
      .toBe('安徽省“十四五”（2021—2025年）发展成就与2025年工作');

    await page.goBack();
    await expect
      .poll(() => page.getByTestId('bundle-title').textContent())
      .toBe('淮南市总工会五年工作成就');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens the second report in English, searched for in English, and keeps it on reload', async () => {
    const { page, problems, context } = await openPage(browser, { locale: 'en-GB' });
    await page.goto(`${baseURL()}/?lang=en`);
    await page.getByTestId('bundle-title').waitFor();
    const button = page.getByTestId('report-picker-button');
    expect(await button.textContent()).toContain('Report: Huainan Federation of Trade Unions');
    // The long English title puts the button at the left, under it: the list opens within the
    // window there, as it does under the right-hand button of the Chinese header.
    await button.click();
    const box = await page.getByTestId('report-picker').boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1366);
    await page.keyboard.press('Escape');

    await pickReport(page, 'anhui');
    await page.waitForURL(`**/?bundle=${ANHUI}&lang=en`);
    const title = 'Anhui: achievements of 2021–2025 and the work of 2025';
    await expect.poll(() => page.getByTestId('bundle-title').textContent()).toBe(title);
    expect(await button.textContent()).toContain("Report: Anhui Provincial People's Government");
    await expect
      .poll(() => page.getByTestId('kpi').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('New urban jobs, 2025')]));

    await page.reload();
    await expect.poll(() => page.getByTestId('bundle-title').textContent()).toBe(title);
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^en/);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('a report with more panels than the desk draws at first', () => {
  it('draws all of a government report’s panels', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseURL()}/?lang=en&bundle=${ANHUI}`);
    await page.getByTestId('bundle-title').waitFor();
    const cards = page.locator('.panel-grid > .panel-card');
    await expect.poll(() => cards.count()).toBeGreaterThan(12);
    expect(await page.getByTestId('panels-capped').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Show all/ }).count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says so above the cards, and draws them all when asked there', async () => {
    const { page, problems, context } = await openPage(browser);
    const body = JSON.stringify(generateHugeBundle({ count: 400 }));
    await page.route('**/routed/many-panels.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    await page.goto(
      `${baseURL()}/?lang=en&bundle=${encodeURIComponent('/routed/many-panels.json')}`,
    );
    await page.getByTestId('bundle-title').waitFor();
    const note = page.getByTestId('panels-capped');
    const cards = page.locator('.panel-grid > .panel-card');
    await note.waitFor();
    const total = Number((await note.textContent())?.match(/of (\d+) panels/)?.[1]);
    expect(total).toBeGreaterThan(40);
    expect(await note.textContent()).toBe(
      `The first 12 of ${total} panels are drawn. Show all ${total} panels`,
    );
    expect(await cards.count()).toBe(12);
    await note.getByRole('button', { name: `Show all ${total} panels` }).click();
    await note.waitFor({ state: 'detached' });
    expect(await cards.count()).toBe(total);
    // The button at the end of the cards goes too.
    expect(await page.getByRole('button', { name: /Show all/ }).count()).toBe(0);
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('result-count').filter({ hasText: '显示' }).waitFor();
    expect(await cards.count()).toBe(total);
    expect(problems).toEqual([]);
    await context.close();
  });
});
