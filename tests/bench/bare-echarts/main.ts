// The bench's bare ECharts page: one bar chart of the default bundle's figures in yuan, drawn in
// Chinese, and a button that draws it again in English. No React, no i18n, no store: what a
// language switch costs ECharts alone on this machine at this moment, measured in the same run
// and the same way as the app's switch (tests/bench/run.ts).
import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { init, use as register } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

register([BarChart, GridComponent, CanvasRenderer]);

interface Indicator {
  label: { zh: string; en: string };
  value: number;
  unit: string;
}

function option(shown: Indicator[], lang: 'zh' | 'en') {
  return {
    animation: false,
    grid: { left: 8, right: 72, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value' as const },
    yAxis: { type: 'category' as const, data: shown.map((indicator) => indicator.label[lang]) },
    series: [
      {
        type: 'bar' as const,
        data: shown.map((indicator) => indicator.value),
        label: { show: true, position: 'right' as const },
      },
    ],
  };
}

async function start(): Promise<void> {
  const element = document.querySelector<HTMLElement>('.echart');
  const button = document.querySelector<HTMLButtonElement>('[data-testid="lang-switch"]');
  if (!element || !button) throw new Error('bare ECharts page: chart or button missing');
  const response = await fetch('/data/bundles/huainan-union-five-year.json');
  const { indicators } = (await response.json()) as { indicators: Indicator[] };
  const shown = indicators.filter((indicator) => indicator.unit === 'yuan');
  const chart = init(element);
  // As the desk does before its switch is timed: every figure first, then the filter to yuan, so
  // the switch runs ECharts code that has run before, as the app's does.
  chart.setOption(option(indicators, 'zh'));
  chart.on('finished', () => element.setAttribute('data-chart-finished', 'true'));
  chart.setOption(option(shown, 'zh'), { notMerge: true });
  // As the app draws its other language's glyphs ahead (src/ui/warm-fonts.ts), in ECharts'
  // default label font: the switch then times the chart, not the first rasterising of a glyph.
  const context = document.createElement('canvas').getContext('2d');
  if (context) {
    context.font = '12px sans-serif';
    for (const indicator of shown) context.fillText(indicator.label.en, 0, 12);
  }
  button.addEventListener('click', () => {
    document.documentElement.lang = 'en';
    element.setAttribute('data-chart-finished', 'false');
    chart.setOption(option(shown, 'en'));
  });
}

void start();
