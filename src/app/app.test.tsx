import { QueryClient } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeBundle } from '../../tests/unit/make-bundle.ts';
import { createI18n } from '../i18n/index.ts';
import { createDashboardStore } from '../store/dashboard-store.ts';
import { App } from './app.tsx';
import { Providers } from './providers.tsx';
import { parseUrlState } from '../store/url-state.ts';

// jsdom has no canvas: charts are proven in the browser tests; here a stand-in shows their name.
vi.mock('../charts/echart.tsx', () => ({
  EChart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

function respond(body: unknown, status = 200) {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
}

function renderApp(search: string, routes: Record<string, () => Response>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const path = String(url);
      const route = routes[path];
      return route ? route() : respond('missing', 404);
    }),
  );
  const { state } = parseUrlState(search);
  const lang = state.lang === 'en' ? 'en' : 'zh';
  const store = createDashboardStore();
  store.getState().applyUrlState(state, lang);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <Providers store={store} i18n={createI18n(lang)} queryClient={queryClient}>
      <App />
    </Providers>,
  );
  return store;
}

const catalog = {
  bundles: [
    { id: 'test-bundle', title: { zh: '测试', en: 'Test' }, url: '/data/bundles/test.json' },
  ],
};
const bundle = makeBundle({ headline: ['trained', 'aid-funds', 'rate'] });
const good = {
  '/data/catalog.json': () => respond(catalog),
  '/data/bundles/test.json': () => respond(bundle),
};

describe('App', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    localStorage.clear();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('renders the bundle title and its headline figures in Chinese', async () => {
    renderApp('', good);
    expect(
      await screen.findByRole('heading', { level: 1, name: '测试指标包' }),
    ).toBeInTheDocument();
    const values = screen.getAllByTestId('kpi-value').map((element) => element.textContent);
    expect(values).toEqual(['52.58万人', '1.04亿元', '97%']);
    // Chart cards follow the headline figures in a background render, once their code is loaded:
    // the first test of the file loads it cold, which can take over a second on a busy machine.
    expect(
      (await screen.findAllByTestId('panel', undefined, { timeout: 5_000 })).length,
    ).toBeGreaterThanOrEqual(3);
  });

  it('renders English labels and numbers under lang=en', async () => {
    renderApp('?lang=en', good);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Test bundle' }),
    ).toBeInTheDocument();
    expect(screen.getAllByTestId('kpi-value')[0]).toHaveTextContent('525,800 people');
  });

  it('filters panels and writes the filter into the URL', async () => {
    const store = renderApp('', good);
    await screen.findByRole('heading', { level: 1 });
    const before = (await screen.findAllByTestId('panel')).length;
    await userEvent.click(screen.getByTestId('filter-unit-yuan'));
    expect(screen.getAllByTestId('panel').length).toBeLessThan(before);
    expect(store.getState().filters.unit).toEqual(['yuan']);
    expect(window.location.search).toBe('?unit=yuan');
  });

  it('opens the detail of a headline figure with its quote', async () => {
    renderApp('?lang=en', good);
    await screen.findByRole('heading', { level: 1 });
    await userEvent.click(screen.getAllByTestId('kpi')[0] as HTMLElement);
    const detail = await screen.findByTestId('detail');
    expect(within(detail).getByTestId('detail-quote')).toHaveTextContent('引文 525800');
    expect(window.location.search).toBe('?lang=en&ind=trained');
  });

  it('shows an empty state with a way back when nothing matches', async () => {
    renderApp('?q=zzzz', good);
    expect(await screen.findByTestId('empty-state')).toBeInTheDocument();
    await userEvent.click(within(screen.getByTestId('empty-state')).getByRole('button'));
    expect(screen.queryByTestId('empty-state')).not.toBeInTheDocument();
  });

  it('names the path of every problem in an invalid bundle', async () => {
    const broken = { ...bundle, indicators: [{ ...bundle.indicators[0], value: 'lots' }] };
    renderApp('?lang=en', { ...good, '/data/bundles/test.json': () => respond(broken) });
    const error = await screen.findByTestId('load-error');
    expect(error).toHaveTextContent('indicators[0].value');
    expect(error).toHaveTextContent('expected a number');
    expect(within(error).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('offers the catalogue’s reports when the address names one it does not have, and opens one', async () => {
    const store = renderApp('?bundle=test-bundel&lang=en', good);
    const error = await screen.findByTestId('load-error');
    expect(error).toHaveTextContent('The catalogue has no bundle with the id “test-bundel”');
    const offered = within(error).getByRole('region', { name: 'Reports you can open instead' });
    await userEvent.click(within(offered).getByRole('button', { name: 'Test' }));
    expect(store.getState().bundleParam).toBe('test-bundle');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Test bundle' }),
    ).toBeInTheDocument();
  });

  it('offers no other report when the default one fails', async () => {
    renderApp('?lang=en', { ...good, '/data/bundles/test.json': () => respond('gone', 404) });
    expect(await screen.findByTestId('load-error')).toHaveTextContent('404');
    expect(screen.queryByRole('region', { name: 'Reports you can open instead' })).toBeNull();
  });

  it('falls back to the last good bundle, marked stale, when the network fails', async () => {
    renderApp('?lang=en', good);
    await screen.findByRole('heading', { level: 1, name: 'Test bundle' });
    // Leaving the page saves what waited for an idle moment.
    window.dispatchEvent(new Event('pagehide'));
    cleanup();
    renderApp('?lang=en', {
      '/data/catalog.json': () => respond(catalog),
      '/data/bundles/test.json': () => respond('gone', 404),
    });
    expect(await screen.findByTestId('stale-badge')).toHaveTextContent('last saved data');
    expect(screen.getByRole('heading', { level: 1, name: 'Test bundle' })).toBeInTheDocument();
    expect(await screen.findByTestId('load-error-inline')).toHaveTextContent('404');
    // The server answered: not offline, its copy could not be used.
    expect(screen.getByTestId('stale-badge')).not.toHaveTextContent('Offline');
    expect(screen.getByTestId('stale-badge')).toHaveTextContent('could not be used');
  });

  it('keeps one history entry for a search of the catalogue, however slowly its reports arrive', async () => {
    const store = renderApp('', good);
    await screen.findByRole('heading', { level: 1 });
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    let now = 1_000_000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    // The search's first figures make the entry; a report read a minute later joins it.
    store.getState().addCompare(['test-bundle:trained']);
    expect(push).toHaveBeenCalledTimes(1);
    now += 60_000;
    store.getState().addCompare(['other-report:trained'], true);
    expect(push).toHaveBeenCalledTimes(1);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(window.location.search).toContain('other-report:trained');
    // A figure added by hand a minute later is a step of its own, which Back undoes.
    now += 60_000;
    store.getState().addCompare(['third-report:trained']);
    expect(push).toHaveBeenCalledTimes(2);
  });
});
