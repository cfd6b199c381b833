import { readFileSync } from 'node:fs';
import path from 'node:path';
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

// The opening of a public provincial government work report: byline, 来源：, the year's review.
const REPORT_FILE = path.resolve(import.meta.dirname, 'fixtures/anhui-2026-opening.zh.txt');
const REPORT = readFileSync(REPORT_FILE);

const rows = (page: Page) => page.locator('[data-figure-row]');
const marks = (page: Page) => page.locator('[data-testid=studio-text] mark.studio-mark--number');

/** Waits until the list holds every figure (a long list is drawn a slice at a time); their count. */
async function allRows(page: Page): Promise<number> {
  const heading = await page.getByRole('heading', { name: /^Figures \(/ }).textContent();
  const total = Number(/of (\d+)\)/.exec(heading ?? '')?.[1]);
  await expect.poll(() => rows(page).count()).toBe(total);
  return total;
}

async function draftReport(page: Page) {
  await page.getByTestId('studio-file').setInputFiles({
    name: 'anhui-2026-opening.zh.txt',
    mimeType: 'text/plain',
    buffer: REPORT,
  });
  await page.getByRole('textbox', { name: 'Publisher (Chinese)' }).fill('安徽省人民政府');
  await page.getByRole('button', { name: 'Draft figures' }).click();
  await page.getByTestId('studio-figures').waitFor({ timeout: 30_000 });
}

describe('report studio', () => {
  it('drafts a government report, edits it, previews the wall, survives a reload and exports a bundle that opens again', async () => {
    const { page, context, problems } = await openPage(browser, { width: 1600, height: 1000 });
    await page.goto(`${baseURL()}/?mode=studio&lang=en`);
    await draftReport(page);

    const drafted = await allRows(page);
    expect(drafted).toBeGreaterThanOrEqual(10);
    // Every drafted figure is marked in the report text.
    expect(await marks(page).count()).toBe(drafted);

    // Edit one English label; the others are kept as drafted.
    const first = rows(page).first();
    await first.getByRole('combobox', { name: 'English label' }).fill('Gross regional product');
    await page.getByTestId('studio-saved').waitFor();
    // A click on a mark selects its figure in the list, and brings its row into view there.
    const last = rows(page).last();
    const lastId = await last.getAttribute('data-figure-row');
    await page.locator(`mark.studio-mark--number[data-figure-id="${lastId}"]`).click();
    await expect.poll(() => last.getAttribute('class')).toContain('studio-figure--selected');
    await expect
      .poll(() =>
        last.evaluate((row) => {
          const box = row.getBoundingClientRect();
          const list = (row.closest('ol') as HTMLElement).getBoundingClientRect();
          return box.top >= list.top - 1 && box.bottom <= list.bottom + 1;
        }),
      )
      .toBe(true);

    // The wall, drawn from the draft.
    await page.getByRole('button', { name: 'Wall', exact: true }).click();
    const wall = page.frameLocator('[data-testid=studio-preview]');
    await wall.getByTestId('wall').waitFor({ timeout: 30_000 });
    expect(await wall.getByTestId('wall-kpi').count()).toBeGreaterThan(0);

    // A reload brings the work back as it was.
    await page.reload();
    await page.getByTestId('studio-figures').waitFor({ timeout: 30_000 });
    expect(await allRows(page)).toBe(drafted);
    await expect
      .poll(() => rows(page).first().getByRole('combobox', { name: 'English label' }).inputValue())
      .toBe('Gross regional product');

    // Export, then open the exported bundle with its text: the same figures.
    const download = page.waitForEvent('download');
    await page.getByTestId('studio-export-bundle').click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as {
      id: string;
      indicators: { id: string; value: number; label: { en: string } }[];
    };
    expect(exported.indicators).toHaveLength(drafted);
    expect(exported.indicators[0]?.label.en).toBe('Gross regional product');

    await page.getByRole('button', { name: 'New' }).click();
    await page.getByTestId('studio-file').setInputFiles([
      {
        name: `${exported.id}.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(exported)),
      },
      { name: 'report.zh.txt', mimeType: 'text/plain', buffer: REPORT },
    ]);
    await page.getByRole('button', { name: 'Draft figures' }).click();
    await page.getByTestId('studio-figures').waitFor();
    await allRows(page);
    const values = await rows(page).evaluateAll((items) =>
      items.map((item) => (item.querySelector('input[type=number]') as HTMLInputElement).value),
    );
    expect(values.map(Number)).toEqual(exported.indicators.map((indicator) => indicator.value));
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each([
    ['an empty file', 'empty.txt', Buffer.alloc(0), 'The file is empty'],
    ['a 10 MB file', 'huge.txt', Buffer.alloc(10 * 1024 * 1024, 0x41), 'The file is 10.0 MB'],
    [
      'a binary file',
      'report.pdf',
      Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xff]),
      'This is not a text file',
    ],
    [
      'a bundle that is not a bundle',
      'x.json',
      Buffer.from('{"hello":"world"}'),
      'This JSON file is not a bundle',
    ],
  ])('names %s plainly and keeps the saved work', async (_name, fileName, buffer, message) => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseURL()}/?mode=studio&lang=en`);
    await draftReport(page);
    const drafted = await allRows(page);
    await page.getByTestId('studio-saved').waitFor();
    await page.getByRole('button', { name: 'New' }).click();
    await page
      .getByTestId('studio-file')
      .setInputFiles({ name: fileName, mimeType: 'application/octet-stream', buffer });
    await expect.poll(() => page.getByRole('alert').textContent()).toContain(message);
    // The saved draft is still there, whole.
    await page.reload();
    await page.getByTestId('studio-figures').waitFor();
    expect(await allRows(page)).toBe(drafted);
    await context.close();
  });

  it('says a text without figures has none, and saves nothing for it', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseURL()}/?mode=studio&lang=en`);
    await page
      .getByRole('textbox', { name: 'Report text', exact: true })
      .fill('这是一段没有任何数字的文字。');
    await page.getByRole('textbox', { name: 'Publisher (Chinese)' }).fill('某市总工会');
    await page.getByRole('button', { name: 'Draft figures' }).click();
    await expect
      .poll(() => page.getByTestId('studio-message').textContent())
      .toContain('No figures were found');
    expect(await page.getByTestId('studio-figures').count()).toBe(0);
    await context.close();
  });

  it("lines up the id, title and publisher boxes, whatever their labels' lengths", async () => {
    const { page, context, problems } = await openPage(browser, { width: 1366, height: 768 });
    await page.goto(`${baseURL()}/?mode=studio&lang=en`);
    const row = page.locator('.studio-open__row');
    await row.waitFor();
    const tops = await row.evaluate((element) =>
      [...element.querySelectorAll('input')].map((input) =>
        Math.round(input.getBoundingClientRect().top),
      ),
    );
    // The id's label takes two lines at this width: its box sat 24 px below the other two.
    expect(tops).toHaveLength(3);
    expect(new Set(tops).size).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });
});
