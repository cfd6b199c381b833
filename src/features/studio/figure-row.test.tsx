import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Providers } from '../../app/providers.tsx';
import { createI18n } from '../../i18n/index.ts';
import { createDashboardStore } from '../../store/dashboard-store.ts';
import { FigureRow } from './figure-row.tsx';
import type { StudioFigure } from './studio-model.ts';

const base: StudioFigure = {
  id: 'figure-01',
  category: 'lead',
  label: { zh: '新增装机', en: '' },
  value: 12000,
  unit: 'measure',
  measure: { id: 'kw', label: { zh: '千瓦', en: 'kW' } },
  source: { quote: '新增装机1.2万千瓦' },
  kept: true,
  headline: false,
};

function renderRow(figure: StudioFigure, selected = true, onSelect = (_id: string) => {}) {
  const store = createDashboardStore();
  const i18n = createI18n('en');
  const queryClient = new QueryClient();
  const row = (isSelected: boolean) => (
    <Providers store={store} i18n={i18n} queryClient={queryClient}>
      <ul>
        <FigureRow
          figure={figure}
          selected={isSelected}
          categories={CATEGORIES}
          themes={[]}
          problems={[]}
          suggestions={[]}
          onSelect={onSelect}
          onPatch={() => {}}
        />
      </ul>
    </Providers>
  );
  const view = render(row(selected));
  /** Renders the row again, selected or not, as the page does once the store has changed. */
  return { select: (isSelected: boolean) => view.rerender(row(isSelected)) };
}

const CATEGORIES = [{ id: 'lead', label: { zh: '开篇', en: 'Opening' } }];

const unitBox = () => screen.getByRole('combobox', { name: 'Unit' });

describe('FigureRow', () => {
  it('offers the measure the draft found, and shows its label read-only', () => {
    renderRow(base);
    expect(unitBox()).toHaveValue('measure');
    expect(screen.getByRole('option', { name: 'kW' })).toHaveValue('measure');
    expect(screen.getByTestId('figure-measure')).toHaveTextContent('千瓦 / kW');
  });

  it('offers no measure to a figure the draft found none for', () => {
    const counted: StudioFigure = { ...base, unit: 'item' };
    delete counted.measure;
    renderRow(counted);
    expect(screen.queryByRole('option', { name: 'kW' })).toBeNull();
    expect(
      screen.getAllByRole('option').map((option) => option.getAttribute('value')),
    ).not.toContain('measure');
    expect(screen.queryByTestId('figure-measure')).toBeNull();
  });

  it("shows an unselected row's choices as text, and the chosen select once it is selected", async () => {
    const user = userEvent.setup();
    const chosen: string[] = [];
    const view = renderRow({ ...base, qualifier: 'about' }, false, (id) => chosen.push(id));
    // No selects, so no options, until the row is selected.
    expect(screen.queryAllByRole('combobox', { name: /Unit|Qualifier|Category/ })).toEqual([]);
    expect(screen.queryAllByRole('option')).toEqual([]);
    const unitText = screen.getByText('kW', { selector: '.studio-figure__choice-value' });
    expect(unitText.parentElement).toHaveTextContent('Unit');
    expect(screen.getByText('Opening')).toBeInTheDocument();
    expect(screen.getByTestId('figure-measure')).toHaveTextContent('千瓦 / kW');
    await user.click(unitText);
    expect(chosen).toEqual(['figure-01']);
    // The page selects the row: its selects come, and the one asked for has the focus.
    view.select(true);
    expect(unitBox()).toHaveValue('measure');
    expect(unitBox()).toHaveFocus();
    // Unselected and selected again (by the keyboard, say), it takes no focus of its own.
    view.select(false);
    view.select(true);
    expect(unitBox()).not.toHaveFocus();
  });
});
