import { QueryClient } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeBundle } from '../../../tests/unit/make-bundle.ts';
import { Providers } from '../../app/providers.tsx';
import { createI18n } from '../../i18n/index.ts';
import { indexBundle } from '../../store/bundle-index.ts';
import { createDashboardStore } from '../../store/dashboard-store.ts';
import { FilterBar } from './filter-bar.tsx';

function renderBar(lang: 'zh' | 'en') {
  const index = indexBundle(makeBundle());
  const store = createDashboardStore({ lang });
  render(
    <Providers store={store} i18n={createI18n(lang)} queryClient={new QueryClient()}>
      <FilterBar index={index} lang={lang} />
    </Providers>,
  );
  return { store, index, toggle: screen.getByTestId('filter-toggle') };
}

describe('FilterBar', () => {
  it('folds its options behind a button that says whether they are open and how many are chosen', () => {
    const { store, index, toggle } = renderBar('en');
    const facets = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    // The button controls the box of options, which holds every option.
    expect(facets?.querySelectorAll('input[type=checkbox]').length).toBe(
      index.bundle.categories.length + new Set(index.bundle.indicators.map((i) => i.unit)).size,
    );
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.textContent).toBe('Filters');
    const bar = toggle.closest('aside');
    expect(bar?.classList.contains('filter-bar--open')).toBe(false);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(bar?.classList.contains('filter-bar--open')).toBe(true);
    // Chosen options are counted, whichever facet; the search is not (it shows in its box).
    const category = index.bundle.categories[0]!.id;
    const unit = index.bundle.indicators[0]!.unit;
    act(() => {
      store.getState().toggleFilter('cat', category);
      store.getState().toggleFilter('unit', unit);
      store.getState().setQuery('workers');
    });
    expect(toggle.textContent).toBe('Filters22 chosen');
    expect(toggle.querySelector('[aria-hidden="true"]')?.textContent).toBe('2');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('says in Chinese how many are chosen', () => {
    const { store, index, toggle } = renderBar('zh');
    act(() => store.getState().toggleFilter('cat', index.bundle.categories[0]!.id));
    expect(toggle.textContent).toBe('筛选1已选 1 项');
  });
});
