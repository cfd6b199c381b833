import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser, openPage, panelCount, waitForCharts } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function seriousViolations(page: Page) {
  // Label in Name (WCAG 2.5.3) is an experimental rule in axe, off unless asked for.
  const results = await new AxeBuilder({ page })
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

describe('accessibility', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`has no serious or critical axe violations on the analyst view in ${lang}`, async () => {
      const { page, context } = await openPage(browser);
      await page.goto(`${baseURL()}/?lang=${lang}`);
      await page.getByTestId('bundle-title').waitFor();
      await waitForCharts(page, await panelCount(page));
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByTestId('kpi').first().click();
      await page.getByTestId('detail').waitFor();
      await page.getByTestId('view-table').click();
      await page.getByTestId('indicator-table').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });

    it(`has no serious or critical axe violations on the wall in ${lang}`, async () => {
      const { page, context } = await openPage(browser, { width: 1920, height: 1080 });
      await page.goto(`${baseURL()}/?mode=screen&lang=${lang}`);
      await page.getByTestId('wall').waitFor();
      await waitForCharts(page, await page.getByTestId('wall-panel').count());
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it('reaches filters, headline figures and the detail panel by keyboard alone', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseURL()}/?lang=en`);
    await page.getByTestId('bundle-title').waitFor();
    await page.getByTestId('kpi').first().focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('detail').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Close');
    await page.keyboard.press('Escape');
    await page.getByTestId('detail').waitFor({ state: 'detached' });
    await page.getByTestId('filter-search').focus();
    await page.keyboard.type('medical');
    await page.waitForURL(/q=medical/);
    expect(
      Number((await page.getByTestId('result-count').textContent())?.match(/\d+/)?.[0]),
    ).toBeGreaterThan(0);
    await context.close();
  });
});
