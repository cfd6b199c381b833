import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
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

function renderRow(figure: StudioFigure) {
  render(
    <Providers
      store={createDashboardStore()}
      i18n={createI18n('en')}
      queryClient={new QueryClient()}
    >
      <ul>
        <FigureRow
          figure={figure}
          selected={false}
          categories={[{ id: 'lead', label: { zh: '开篇', en: 'Opening' } }]}
          themes={[]}
          problems={[]}
          suggestions={[]}
          onSelect={() => {}}
          onPatch={() => {}}
        />
      </ul>
    </Providers>,
  );
  return screen.getByRole('combobox', { name: 'Unit' });
}

describe('FigureRow', () => {
  it('offers the measure the draft found, and shows its label read-only', () => {
    const unit = renderRow(base);
    expect(unit).toHaveValue('measure');
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
});
