import { describe, expect, it } from 'vitest';
import type { ChartRow } from './options/chart-rows.ts';
import { panelOption } from './panel-option.ts';

const rows = (values: number[]): ChartRow[] =>
  values.map((value, at) => ({
    id: `r${at}`,
    label: `Row ${at}`,
    value,
    display: String(value),
    exact: String(value),
  }));

/** The value axis's label for each tick, as the chart draws it. */
function ticks(values: number[], lang: 'zh' | 'en', unit: 'event' | 'percent' = 'event') {
  const option = panelOption({
    unit,
    kind: 'bar',
    rows: rows(values),
    description: '',
    mode: 'analyst',
    lang,
    width: 600,
    height: 300,
    labelWidth: 150,
    redraw: false,
  }) as { xAxis: { axisLabel: { formatter: (value: number) => string } } };
  return (at: number[]) => at.map((value) => option.xAxis.axisLabel.formatter(value));
}

describe('panelOption', () => {
  it('labels every tick of the value axis in the scale of the largest figure', () => {
    // Events held: 1,160 talks up to 19,500 visits: one axis, one scale.
    expect(ticks([19500, 1160, 732], 'en')([0, 5000, 10000, 20000])).toEqual([
      '0',
      '5K',
      '10K',
      '20K',
    ]);
    expect(ticks([19500, 1160, 732], 'zh')([0, 5000, 10000, 20000])).toEqual([
      '0',
      '0.5万',
      '1万',
      '2万',
    ]);
    // Rates run to 100 whatever the figures.
    expect(ticks([97, 100], 'en', 'percent')([0, 50, 100])).toEqual(['0', '50', '100']);
  });
});
