import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeBundle } from '../../../tests/unit/make-bundle.ts';
import { Providers } from '../../app/providers.tsx';
import { createI18n } from '../../i18n/index.ts';
import { indexBundle } from '../../store/bundle-index.ts';
import { createDashboardStore } from '../../store/dashboard-store.ts';
import { resolvePanels } from '../../store/selectors.ts';
import { PanelCard } from './panel-card.tsx';

const bundle = makeBundle();
const index = indexBundle(bundle);

function renderCard(ids: string[]) {
  const visible = bundle.indicators.filter((indicator) => ids.includes(indicator.id));
  const panel = resolvePanels(index, visible).find((each) => each.indicators.length > 0)!;
  const onOpen = vi.fn();
  render(
    <Providers
      store={createDashboardStore({ lang: 'en' })}
      i18n={createI18n('en')}
      queryClient={new QueryClient()}
    >
      <PanelCard panel={panel} bundle={bundle} lang="en" onOpen={onOpen} />
    </Providers>,
  );
  return { card: screen.getByTestId('panel'), panel, onOpen };
}

describe('PanelCard', () => {
  it('shows a panel of one figure as that number, a button to its detail, with no chart', async () => {
    const { card, panel, onOpen } = renderCard(['trained']);
    const figure = panel.indicators[0]!;
    expect(card).toHaveAttribute('data-single', 'true');
    const button = within(card).getByRole('button', { name: new RegExp(figure.label.en) });
    expect(button).toHaveTextContent('525,800 people');
    // No chart, and no chart to export or to turn into a one-row table.
    expect(card.querySelector('.echart, [data-chart-finished]')).toBeNull();
    expect(within(card).queryByRole('button', { name: /Export PNG|View as table/ })).toBeNull();
    await userEvent.click(button);
    expect(onOpen).toHaveBeenCalledWith(figure.id);
  });

  it('keeps the chart and its buttons for two figures or more', () => {
    const { card } = renderCard(['trained', 'aided']);
    expect(card).not.toHaveAttribute('data-single');
    expect(within(card).getByRole('button', { name: 'View as table' })).toBeVisible();
    expect(within(card).queryByRole('button', { name: /525,800 people/ })).toBeNull();
  });
});
