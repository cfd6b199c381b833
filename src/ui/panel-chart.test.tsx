import { QueryClient } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeBundle } from '../../tests/unit/make-bundle.ts';
import { Providers } from '../app/providers.tsx';
import type { EChartProps } from '../charts/echart.tsx';
import type { Indicator, Lang } from '../data/bundle-schema.ts';
import { createI18n } from '../i18n/index.ts';
import { createDashboardStore } from '../store/dashboard-store.ts';
import type { ResolvedPanel } from '../store/selectors.ts';
import { PanelChart, type PanelChartProps } from './panel-chart.tsx';

// jsdom has no canvas: the chart component is replaced by one that keeps what it was handed.
const drawn = vi.hoisted(() => ({ props: undefined as EChartProps | undefined }));
vi.mock('../charts/echart.tsx', () => ({
  EChart: (props: EChartProps) => {
    drawn.props = props;
    return <div role="img" aria-label={props.label} data-testid={props.testId} />;
  },
}));

const byId = new Map(makeBundle().indicators.map((indicator) => [indicator.id, indicator]));
const pick = (...ids: string[]) => ids.map((id) => byId.get(id) as Indicator);

function panelOf(partial: Partial<ResolvedPanel> & Pick<ResolvedPanel, 'indicators'>) {
  const first = partial.indicators[0] as Indicator;
  return {
    id: 'p',
    title: { zh: '面板', en: 'Panel' },
    chart: 'bar',
    unit: first.unit,
    auto: false,
    more: 0,
    ...partial,
  } satisfies ResolvedPanel;
}

/** The option's series types, the accessible name, and the store to change the language in. */
function draw(
  panel: ResolvedPanel,
  { lang = 'zh', ...props }: Partial<PanelChartProps> & { lang?: Lang } = {},
) {
  const store = createDashboardStore({ lang });
  // i18next is left in Chinese on purpose: the chart goes by the store's language alone.
  render(
    <Providers store={store} i18n={createI18n('zh')} queryClient={new QueryClient()}>
      <PanelChart
        panel={panel}
        mode="analyst"
        height={220}
        labelWidth={150}
        width={400}
        {...props}
      />
    </Providers>,
  );
  return {
    store,
    kinds: () => (drawn.props?.option.series as { type: string }[]).map((series) => series.type),
    name: () => screen.getByRole('img').getAttribute('aria-label') ?? '',
  };
}

describe('PanelChart', () => {
  it('draws a percent panel as gauges at the desk and says so', () => {
    // The bundle calls it a bar panel; rates are gauges at the desk all the same.
    const chart = draw(panelOf({ chart: 'bar', indicators: pick('rate') }));
    expect(chart.kinds()).toEqual(['gauge']);
    expect(chart.name()).toMatch(/^面板：比率仪表\. /);
  });

  it('draws a gauge panel on the wall as bars and announces a bar chart', () => {
    const chart = draw(panelOf({ chart: 'gauge', indicators: pick('rate') }), { mode: 'wall' });
    expect(chart.kinds()).toEqual(['bar']);
    expect(chart.name()).toMatch(/^面板：1 项指标的条形图\. /);
    expect(drawn.props?.mode).toBe('wall');
  });

  it('reads every figure out, largest first, in the accessible name', () => {
    const chart = draw(panelOf({ indicators: pick('trained', 'aided') }));
    expect(chart.kinds()).toEqual(['bar']);
    expect(chart.name()).toBe(
      '面板：2 项指标的条形图. 面板，共2项。培养技能人才52.58万人，为本组最多；指标aided43.5万人，为本组最少。',
    );
  });

  it('labels and announces in the store’s language, and follows it', () => {
    const chart = draw(panelOf({ indicators: pick('trained', 'aided') }), { lang: 'en' });
    expect(chart.name()).toBe(
      'Panel: bar chart of 2 indicators. Panel, 2 figures. Most: Skilled workers trained, 525,800 people. Least: Indicator aided, 435,000 people.',
    );
    const labels = () => (drawn.props?.option.yAxis as { data: string[] }).data;
    expect(labels()).toEqual(['Skilled workers trained', 'Indicator aided']);
    act(() => chart.store.getState().setLang('zh'));
    expect(chart.name()).toMatch(/^面板：2 项指标的条形图/);
    expect(labels()).toEqual(['培养技能人才', '指标aided']);
  });

  it('names the axis and the figures of a measure panel by the measure', () => {
    const kw = { id: 'kw', label: { zh: '千瓦', en: 'kW' } };
    const solar = { ...pick('trained')[0]!, value: 12000, unit: 'measure' as const, measure: kw };
    draw(panelOf({ indicators: [solar], measure: kw }), { lang: 'en' });
    expect((drawn.props?.option.xAxis as { name: string }).name).toBe('kW');
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('12,000 kW');
  });

  it('holds the featured bar in emphasis by its place in the drawn order', () => {
    draw(panelOf({ indicators: pick('aided', 'trained') }), { highlightId: 'aided' });
    // Drawn largest first: `trained` on top, `aided` second.
    expect(drawn.props?.emphasis).toBe(1);
  });
});
