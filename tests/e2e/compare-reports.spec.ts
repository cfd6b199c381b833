import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
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
    expect(await page.getByTestId('compare-across-status').textContent()).toContain(
      'New urban jobs',
    );
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
      '1,158,000 people',
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
      '1,158,000 people',
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
      ['1,158,000 people', '城镇新增就业115.8万人', `${ZHEJIANG}:new-urban-jobs-2025`],
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
      .toEqual(['757,000 people', '1,158,000 people', '4,240 people']);
    expect(await page.getByTestId('norm-per-year').isChecked()).toBe(true);
    expect(page.url()).toBe(url);
    expect(problems).toEqual([]);
    await context.close();
  });
});
