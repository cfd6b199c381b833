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

/**
 * Buttons whose accessible name does not hold the text they show (WCAG 2.5.3, Label in Name): a
 * reader who works the page by voice says what they see. axe checks this only for buttons named by
 * aria-label; this checks every button, however named. Shown text leaves out what is visually
 * hidden or aria-hidden; whitespace is ignored (the browser puts spaces between blocks of a name).
 */
async function namesMissingTheirText(page: Page): Promise<string[]> {
  const buttons = page.getByRole('button');
  const missing: string[] = [];
  for (let index = 0; index < (await buttons.count()); index += 1) {
    const button = buttons.nth(index);
    const shown = await button.evaluate((element) => {
      let text = '';
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement?.closest('.visually-hidden, [aria-hidden="true"]')) {
          text += node.textContent ?? '';
        }
      }
      return text;
    });
    const snapshot = await button.ariaSnapshot();
    const quoted = /button "((?:[^"\\]|\\.)*)"/.exec(snapshot)?.[1] ?? '';
    const name = quoted.replace(/\\(.)/g, '$1');
    const squeeze = (text: string) => text.replace(/\s+/g, '').toLowerCase();
    if (!squeeze(name).includes(squeeze(shown))) missing.push(`"${shown}" named "${name}"`);
  }
  return missing;
}

describe('accessibility', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`has no serious or critical axe violations on the analyst view in ${lang}`, async () => {
      const { page, context } = await openPage(browser);
      await page.goto(`${baseURL()}/?lang=${lang}`);
      await page.getByTestId('bundle-title').waitFor();
      await waitForCharts(page, await panelCount(page));
      expect(await seriousViolations(page)).toEqual([]);
      expect(await namesMissingTheirText(page)).toEqual([]);
      // Each headline figure is named figure first, as it shows, and says what it does as its
      // description.
      const firstKpi = page.getByTestId('kpi').first();
      expect(await firstKpi.ariaSnapshot()).toMatch(
        lang === 'zh' ? /^- button "52\.58万人 培养技能人才"/ : /^- button "525,800 people Skilled/,
      );
      expect(await firstKpi.getAttribute('title')).toBe(
        lang === 'zh' ? '查看“培养技能人才”的来源' : 'Show the source of “Skilled workers trained”',
      );
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
      const shown = '.wall-page--shown';
      const panels = await page.locator(`${shown} [data-testid="wall-panel"]`).count();
      await waitForCharts(page, panels, shown);
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
    // Focus is back on the figure that opened the panel, not dropped on <body>.
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'kpi');
    await page.getByTestId('filter-search').focus();
    await page.keyboard.type('medical');
    await page.waitForURL(/q=medical/);
    expect(
      Number((await page.getByTestId('result-count').textContent())?.match(/\d+/)?.[0]),
    ).toBeGreaterThan(0);
    await context.close();
  });

  it('keeps keyboard focus near a chip that is removed, and in the page when a list is cleared', async () => {
    const { page, problems, context } = await openPage(browser, { locale: 'en-GB' });
    await page.goto(
      `${baseURL()}/?lang=en&cat=rights-services&unit=person&cmp=skilled-workers-trained,member-database`,
    );
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        return element?.getAttribute('aria-label') ?? element?.id ?? element?.tagName;
      });
    const compare = page.getByTestId('compare');
    await compare
      .getByRole('button', { name: 'Remove from comparison: Skilled workers trained' })
      .focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement !== document.body);
    expect(await focused()).toBe('Remove from comparison: Union members in the real-name database');
    await page.keyboard.press('Enter');
    // The last chip gone, the section goes with it: focus moves to the main region.
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    const chips = page.getByRole('list', { name: 'Active filters' });
    await chips
      .getByRole('button', { name: "Remove filter: Workers' rights and services" })
      .focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement !== document.body);
    expect(await focused()).toBe('Remove filter: People');
    await page.getByTestId('filters-reset').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    expect(problems).toEqual([]);
    await context.close();
  });
});
