import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../unit/parse-csv.ts';
import { baseURL, launchBrowser, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ANHUI = 'anhui-2026-government-work-report';
const ZHEJIANG = 'zhejiang-2026-government-work-report';
const HUAINAN = 'huainan-union-five-year';

/** The table's rows as [report, period, figure, value compared, as stated, qualifier, note, differences, quote]. */
async function tableRows(page: Page): Promise<string[][]> {
  return page
    .getByTestId('compare-reports-row')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')),
    );
}

/** Serious or critical axe violations inside the comparison section. */
async function sectionViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include('[data-testid="compare-reports"]')
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

/** A PNG's size and its iTXt texts by keyword; throws when the bytes are not a PNG. */
function readPng(bytes: Buffer): { width: number; height: number; texts: Record<string, string> } {
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const texts: Record<string, string> = {};
  let at = 8;
  while (at < bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'iTXt') {
      // keyword \0 compressed method lang \0 translated \0 text
      const keyword = data.subarray(0, data.indexOf(0)).toString('latin1');
      const langEnd = data.indexOf(0, keyword.length + 3);
      const translatedEnd = data.indexOf(0, langEnd + 1);
      texts[keyword] = data.subarray(translatedEnd + 1).toString('utf8');
    }
    at += 12 + length;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), texts };
}

describe('compare across reports', () => {
  it('finds new urban jobs in the other reports, adds a union figure by hand, per year, CSV, reload', async () => {
    const { page, problems, context } = await openPage(browser, { locale: 'en-GB' });
    await page.goto(`${baseURL()}/?lang=en`);
    await page.getByTestId('bundle-title').waitFor();

    // A second report, from the picker.
    await page.getByTestId('report-picker-button').click();
    const picker = page.getByTestId('report-picker');
    await picker.getByRole('searchbox').fill('anhui');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/?bundle=${ANHUI}&lang=en`);

    // Its figure of new urban jobs, and the same concept in every report of the catalogue.
    await page.getByTestId('kpi').filter({ hasText: 'New urban jobs, 2025' }).click();
    await page.getByTestId('detail').waitFor();
    // Named from the concept vocabulary once it has arrived; never by its id meanwhile.
    const hints: string[] = [];
    await expect
      .poll(async () => {
        hints.push((await page.getByTestId('compare-across-status').textContent()) ?? '');
        return hints.at(-1);
      })
      .toContain('New urban jobs');
    expect(hints.filter((hint) => hint.includes('new-urban-jobs'))).toEqual([]);
    await page.getByTestId('compare-across').click();
    await expect
      .poll(() => page.getByTestId('compare-across-status').textContent())
      .toBe('Found in 2 reports.');
    await page.getByTestId('compare-reports').waitFor();
    await expect.poll(async () => (await tableRows(page)).length).toBe(2);

    // The union report has no such figure: its stable jobs are added by hand, and flagged.
    await page.getByTestId('compare-add-report').selectOption(HUAINAN);
    await page
      .getByTestId('compare-add-figure')
      .locator('option[value="stable-employment"]')
      .waitFor({ state: 'attached' });
    await page.getByTestId('compare-add-figure').selectOption('stable-employment');
    await page.getByTestId('compare-add').getByRole('button').click();
    await expect.poll(async () => (await tableRows(page)).length).toBe(3);
    let rows = await tableRows(page);
    expect(rows.map((row) => row.slice(0, 2))).toEqual([
      ['Anhui: achievements of 2021–2025 and the work of 2025', '2025 (one year)'],
      ['Zhejiang: achievements of 2021–2025 and the work of 2025', '2025 (one year)'],
      [
        'Huainan Federation of Trade Unions: Five Years of Work',
        'total of 5 years (years not named)',
      ],
    ]);
    expect(rows.map((row) => row[4])).toEqual([
      '757,000 people',
      '1.158 million people',
      '21,200 people',
    ]);
    expect(rows[2]?.[6]).toBe('');
    expect(rows[2]?.[7]).toContain('Different period: total of 5 years');
    expect(rows[2]?.[7]).toContain('Not the same concept');
    expect(rows[2]?.[8]).toBe('实现稳定就业2.12万人');

    // Per 10,000 members needs each report's own member count, which the provinces do not state.
    expect(await page.getByTestId('norm-per-10k').isDisabled()).toBe(true);
    expect(await page.getByTestId('norm-reason').textContent()).toContain(
      "Anhui Provincial People's Government",
    );

    // Per year: the five-year total is spread over its years; one-year figures stay as they are.
    await page.getByTestId('norm-per-year').check();
    await page.waitForURL(/norm=per-year/);
    rows = await tableRows(page);
    expect(rows.map((row) => row[3])).toEqual([
      '757,000 people',
      '1.158 million people',
      '4,240 people',
    ]);
    expect(await page.getByTestId('compare-reports-chart').count()).toBe(1);
    const url = page.url();
    expect(url).toContain(
      `cmp=${ANHUI}:new-urban-jobs-2025,${ZHEJIANG}:new-urban-jobs-2025,${HUAINAN}:stable-employment`,
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('compare-reports-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe('compare-per-year-en.csv');
    const bytes = await readFile((await download.path()) as string);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = parseCsv(bytes.toString('utf8').slice(1));
    expect(csv[0]?.slice(0, 5)).toEqual([
      'Report',
      'Period',
      'Figure',
      'Value compared: Per year of the stated period',
      'As stated',
    ]);
    expect(csv.slice(1).map((row) => [row[3], row[8], row.at(-1)])).toEqual([
      ['757,000 people', '城镇新增就业75.7万人', `${ANHUI}:new-urban-jobs-2025`],
      ['1.158 million people', '城镇新增就业115.8万人', `${ZHEJIANG}:new-urban-jobs-2025`],
      ['4,240 people', '实现稳定就业2.12万人', `${HUAINAN}:stable-employment`],
    ]);
    expect(csv[3]?.[9]).toContain(
      'Five-year work report of the Huainan Federation of Trade Unions',
    );

    // The same view after a reload.
    await page.reload();
    await page.getByTestId('compare-reports').waitFor();
    await expect
      .poll(async () => (await tableRows(page)).map((row) => row[3]))
      .toEqual(['757,000 people', '1.158 million people', '4,240 people']);
    expect(await page.getByTestId('norm-per-year').isChecked()).toBe(true);
    expect(page.url()).toBe(url);
    expect(await sectionViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('runs the same in Chinese: words, 万 and 亿, a chart per unit, a PNG of the chart, no axe violations', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseURL()}/?bundle=${ANHUI}&lang=zh`);
    await page.getByTestId('bundle-title').waitFor();
    await page.getByTestId('kpi').filter({ hasText: '城镇新增就业（2025年）' }).click();
    await page.getByTestId('detail').waitFor();
    await page.getByTestId('compare-across').click();
    await expect
      .poll(() => page.getByTestId('compare-across-status').textContent())
      .toBe('在 2 份报告中找到。');
    await page.getByTestId('compare-reports').waitFor();
    expect(await page.getByTestId('compare-reports').locator('h2').textContent()).toBe(
      '跨报告比较',
    );

    // By hand: the union's stable jobs, and the province's GDP, which is counted in yuan.
    const add = async (bundle: string, figure: string) => {
      await page.getByTestId('compare-add-report').selectOption(bundle);
      await page
        .getByTestId('compare-add-figure')
        .locator(`option[value="${figure}"]`)
        .waitFor({ state: 'attached' });
      await page.getByTestId('compare-add-figure').selectOption(figure);
      await page.getByTestId('compare-add').getByRole('button').click();
    };
    await add(HUAINAN, 'stable-employment');
    await add(ANHUI, 'gdp-2025');
    await expect.poll(async () => (await tableRows(page)).length).toBe(4);
    const headers = await page.getByTestId('compare-reports-table').locator('th').allTextContents();
    expect(headers).toEqual([
      '报告',
      '时期',
      '指标',
      '比较值',
      '原文数值',
      '限定词',
      '说明',
      '差异',
      '原文',
    ]);
    let rows = await tableRows(page);
    expect(rows.map((row) => [row[1], row[4]])).toEqual([
      ['2025年（一年）', '75.7万人'],
      ['2025年（一年）', '115.8万人'],
      ['5 年合计（未注明年份）', '2.12万人'],
      ['2025年（一年）', '5.3万亿元'],
    ]);
    expect(rows[2]?.[7]).toContain('时期不同：5 年合计（未注明年份），对照 2025年（一年）');
    expect(rows[2]?.[7]).toContain('与第一个数字概念不同');
    expect(rows[3]?.[7]).toBe('');
    expect(await page.getByTestId('norm-reason').textContent()).toContain('安徽省人民政府');

    await page.getByTestId('norm-per-year').check();
    await page.waitForURL(/norm=per-year/);
    rows = await tableRows(page);
    expect(rows.map((row) => row[3])).toEqual(['75.7万人', '115.8万人', '4240人', '5.3万亿元']);
    const charts = page.getByTestId('compare-reports-chart');
    expect(await charts.count()).toBe(2);
    const chartTitles = await charts.locator('h3').allTextContents();
    expect(chartTitles).toEqual(['人数 · 按所述时期的年均', '金额（元） · 按所述时期的年均']);
    await charts.first().locator('canvas').first().waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      charts.first().getByTestId('compare-reports-png').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^compare-per-year-compare-reports-person-zh\.png$/,
    );
    const png = readPng(await readFile((await download.path()) as string));
    expect(png.width).toBeGreaterThan(300);
    expect(png.height).toBeGreaterThan(200);
    expect(png.texts.Title).toBe(chartTitles[0]);
    expect(png.texts.Source).toContain('安徽省');
    expect(png.texts.Source).toContain('淮南市总工会');

    expect(await sectionViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says how many reports it has read while they arrive, lists one it could not read, and Back returns to the figure it started from', async () => {
    const { page, problems, context } = await openPage(browser);
    // The two other reports are held until the test lets each through.
    const held = new Map<string, Route>();
    const heldUrl = (id: string) => `**/data/bundles/${id}.json`;
    for (const id of [ZHEJIANG, HUAINAN]) {
      await context.route(heldUrl(id), (route) => {
        held.set(id, route);
      });
    }
    /** Lets a held report through, or answers it with a server error. */
    const release = async (id: string, failWith?: number) => {
      await expect.poll(() => held.has(id)).toBe(true);
      const route = held.get(id) as Route;
      await (failWith ? route.fulfill({ status: failWith, body: 'down' }) : route.continue());
      await context.unroute(heldUrl(id));
    };
    await page.goto(`${baseURL()}/?bundle=${ANHUI}&lang=zh`);
    await page.getByTestId('bundle-title').waitFor();
    await page.getByTestId('kpi').filter({ hasText: '城镇新增就业（2025年）' }).click();
    await page.getByTestId('detail').waitFor();
    const before = page.url();
    expect(before).not.toContain('cmp=');
    const status = page.getByTestId('compare-across-status');

    await page.getByTestId('compare-across').click();
    // Its own report is read; the other two are on their way.
    await expect.poll(() => status.textContent()).toBe('已读取 1 / 3 份报告……');
    expect(await page.getByTestId('compare-across').isDisabled()).toBe(true);
    await page.getByTestId('compare-reports').waitFor();
    expect(await tableRows(page)).toHaveLength(1);
    await release(ZHEJIANG);
    await expect.poll(() => status.textContent()).toBe('已读取 2 / 3 份报告……');
    // The union's report fails: the search still ends, and says which report it could not read.
    await release(HUAINAN, 503);
    await expect.poll(() => status.textContent()).toBe('在 2 份报告中找到。');
    const unread = page.getByTestId('compare-across-unread');
    expect(await unread.locator('summary').textContent()).toBe('1 份报告未能读取：');
    expect(await unread.textContent()).toContain('淮南市总工会五年工作成就');
    expect(await unread.textContent()).toContain('503');
    await expect
      .poll(async () => (await tableRows(page)).map((row) => row[4]))
      .toEqual(['75.7万人', '115.8万人']);
    expect(page.url()).toContain('cmp=');

    // One step back: the figure's drawer as it was, no comparison.
    await page.goBack();
    await expect.poll(() => page.url()).toBe(before);
    await page.getByTestId('compare-reports').waitFor({ state: 'detached' });
    await page.getByTestId('detail').waitFor();
    expect(await page.getByTestId('detail').textContent()).toContain('城镇新增就业');
    expect(await page.getByTestId('compare-across-status').textContent()).not.toContain('已读取');
    // Nothing: the reports are fetched by the validation worker, and the browser writes no line
    // for the 503 the test answered with there.
    expect(problems).toEqual([]);
    await context.close();
  });
});
