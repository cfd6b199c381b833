import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeBundle } from '../../../tests/unit/make-bundle.ts';
import { Providers } from '../../app/providers.tsx';
import { catalogQueryOptions } from '../../data/bundle-query.ts';
import type { CatalogEntry } from '../../data/catalog-schema.ts';
import { createI18n } from '../../i18n/index.ts';
import { createDashboardStore } from '../../store/dashboard-store.ts';
import { ReportPicker } from './report-picker.tsx';
import { searchReports } from './report-search.ts';

const CATALOG: CatalogEntry[] = [
  {
    id: 'union',
    title: { zh: '淮南市总工会五年工作成就', en: 'Huainan unions: five years of work' },
    url: '/data/bundles/union.json',
    publisher: { zh: '淮南市总工会', en: 'Huainan Federation of Trade Unions' },
    period: { zh: '过去五年', en: 'The past five years' },
    indicatorCount: 49,
  },
  {
    id: 'anhui',
    title: { zh: '安徽省发展成就', en: 'Anhui in figures' },
    url: '/data/bundles/anhui.json',
    publisher: { zh: '安徽省人民政府', en: "Anhui Provincial People's Government" },
    period: { zh: '2021—2025年', en: '2021–2025' },
    indicatorCount: 45,
  },
  {
    id: 'zhejiang',
    title: { zh: '浙江省发展成就', en: 'Zhejiang in figures' },
    url: '/data/bundles/zhejiang.json',
    publisher: { zh: '浙江省人民政府', en: "Zhejiang Provincial People's Government" },
    period: { zh: '2021—2025年', en: '2021–2025' },
    indicatorCount: 1,
  },
];

function renderPicker(lang: 'zh' | 'en', catalog: CatalogEntry[] = CATALOG) {
  // The picker sets the store; the app's URL sync turns that into the address (browser test).
  const store = createDashboardStore({ lang });
  const queryClient = new QueryClient();
  queryClient.setQueryData(catalogQueryOptions().queryKey, catalog);
  const bundle = makeBundle({
    id: 'union',
    title: CATALOG[0]!.title,
    publisher: CATALOG[0]!.publisher!,
  });
  render(
    <Providers store={store} i18n={createI18n(lang)} queryClient={queryClient}>
      <ReportPicker bundle={bundle} lang={lang} />
    </Providers>,
  );
  return store;
}

const optionNames = () =>
  within(screen.getByRole('dialog'))
    .queryAllByRole('button')
    .filter((button) => button.classList.contains('report-picker__option'))
    .map((button) => button.querySelector('.report-picker__title')?.textContent);

describe('ReportPicker', () => {
  it('breaks no period at its dash, and ends no line of the details in a dot', async () => {
    renderPicker('en');
    await userEvent.click(screen.getByTestId('report-picker-button'));
    const whole = [...screen.getByRole('dialog').querySelectorAll('.report-picker__meta .no-wrap')];
    const texts = whole.map((span) => span.textContent ?? '');
    // The dot goes with what follows it: "· 2021–2025", "· 45".
    expect(texts).toContain('· 2021–2025');
    expect(texts).toContain('· 45');
  });

  it('lists every report with its publisher, period and number of figures', async () => {
    renderPicker('en');
    const button = screen.getByRole('button', {
      name: /Choose a report; now showing: Huainan unions: five years of work$/,
    });
    expect(button).toHaveTextContent('Report: Huainan Federation of Trade Unions');
    await userEvent.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Choose a report' });
    expect(optionNames()).toEqual([
      'Huainan unions: five years of work',
      'Anhui in figures',
      'Zhejiang in figures',
    ]);
    expect(dialog).toHaveTextContent(
      "Anhui Provincial People's Government · 2021–2025 · 45 figures",
    );
    expect(dialog).toHaveTextContent('2021–2025 · 1 figure');
    const current = within(dialog).getByRole('button', { current: true });
    expect(current).toHaveTextContent('Huainan unions');
    expect(screen.getByRole('searchbox', { name: 'Search reports' })).toHaveFocus();
  });

  it('lists 50 of a long catalogue, says how many more match, and narrows as one types', async () => {
    const many = Array.from({ length: 120 }, (_, at) => ({
      ...CATALOG[1]!,
      id: `report-${at + 1}`,
      title: { zh: `报告 ${at + 1}`, en: `Report number ${at + 1}` },
    }));
    renderPicker('en', [CATALOG[0]!, ...many]);
    await userEvent.click(screen.getByRole('button', { name: /Choose a report/ }));
    expect(optionNames()).toHaveLength(50);
    expect(screen.getByTestId('report-picker-more')).toHaveTextContent(
      '71 more reports match: type to narrow the list.',
    );
    await userEvent.type(screen.getByRole('searchbox'), 'number 11');
    expect(optionNames()).toEqual([
      'Report number 11',
      'Report number 110',
      'Report number 111',
      'Report number 112',
      'Report number 113',
      'Report number 114',
      'Report number 115',
      'Report number 116',
      'Report number 117',
      'Report number 118',
      'Report number 119',
    ]);
    expect(screen.queryByTestId('report-picker-more')).toBeNull();
  });

  it('finds reports by words of either language', async () => {
    renderPicker('zh');
    await userEvent.click(screen.getByRole('button', { name: /选择报告/ }));
    const search = screen.getByRole('searchbox', { name: '搜索报告' });
    await userEvent.type(search, '浙江');
    expect(optionNames()).toEqual(['浙江省发展成就']);
    await userEvent.clear(search);
    await userEvent.type(search, 'anhui 2025');
    expect(optionNames()).toEqual(['安徽省发展成就']);
    await userEvent.clear(search);
    await userEvent.type(search, 'shanghai');
    expect(optionNames()).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent('没有符合“shanghai”的报告。');
  });

  it('chooses a report with the arrow keys and Enter, and gives focus back', async () => {
    const store = renderPicker('en');
    const button = screen.getByRole('button', { name: /Choose a report/ });
    button.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('searchbox')).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toHaveTextContent('Anhui in figures');
    await userEvent.keyboard('{Enter}');
    expect(store.getState().bundleParam).toBe('anhui');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('chooses the first match with Enter in the search box', async () => {
    const store = renderPicker('en');
    await userEvent.click(screen.getByRole('button', { name: /Choose a report/ }));
    await userEvent.type(screen.getByRole('searchbox'), 'zhejiang{Enter}');
    expect(store.getState().bundleParam).toBe('zhejiang');
  });

  it('closes on Escape without choosing, focus back on its button', async () => {
    const store = renderPicker('en');
    const button = screen.getByRole('button', { name: /Choose a report/ });
    await userEvent.click(button);
    await userEvent.keyboard('{ArrowDown}{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(store.getState().bundleParam).toBeUndefined();
  });

  it('leaves the address alone when the report on screen is chosen', async () => {
    const store = renderPicker('en');
    await userEvent.click(screen.getByRole('button', { name: /Choose a report/ }));
    await userEvent.click(screen.getByRole('button', { current: true }));
    expect(store.getState().bundleParam).toBeUndefined();
  });
});

describe('searchReports', () => {
  it.each([
    ['', ['union', 'anhui', 'zhejiang']],
    ['  ', ['union', 'anhui', 'zhejiang']],
    ['工会', ['union']],
    ['TRADE unions', ['union']],
    ['人民政府', ['anhui', 'zhejiang']],
    ['２０２１', ['anhui', 'zhejiang']],
    ['2021-2025', ['anhui', 'zhejiang']],
    ['zhejiang 过去', []],
  ])('%j finds %j', (query, ids) => {
    expect(searchReports(CATALOG, query).map((entry) => entry.id)).toEqual(ids);
  });
});
