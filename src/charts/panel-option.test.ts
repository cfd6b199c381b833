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
    whole: unit === 'percent' && values.every((value) => value <= 100),
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

  it('ends the scale of parts of a whole at 100 %, and of changes at their largest', () => {
    const axisMax = (whole: boolean, values: number[]) =>
      (
        panelOption({
          unit: 'percent',
          kind: 'bar',
          whole,
          rows: rows(values),
          description: '',
          mode: 'analyst',
          lang: 'en',
          width: 600,
          height: 300,
          labelWidth: 150,
          measuredWidth: 600,
          redraw: false,
        }) as { xAxis: { max?: unknown } }
      ).xAxis.max;
    expect(axisMax(true, [97, 45])).toBe(100);
    // Growth of 5.5 % and 68.4 %: the longest bar is the largest growth, not two thirds of 100.
    expect(axisMax(false, [5.5, 68.4])).toBe('dataMax');
  });
});

describe('panelOption fonts', () => {
  it('draws and measures English in the Latin face first, Chinese in the CJK faces', () => {
    const families = new Set<string | undefined>();
    const built = (lang: 'zh' | 'en', kind: 'bar' | 'gauge') =>
      panelOption({
        unit: kind === 'gauge' ? 'percent' : 'event',
        kind,
        whole: kind === 'gauge',
        rows: rows([97, 88]),
        description: '',
        mode: 'wall',
        lang,
        width: 600,
        height: 300,
        labelWidth: 150,
        measuredWidth: 600,
        measureText: (text, size, weight, family) => {
          families.add(family);
          return text.length * size * 0.5;
        },
        redraw: false,
      }) as { textStyle?: { fontFamily: string }; tooltip: { textStyle: { fontFamily: string } } };
    for (const kind of ['bar', 'gauge'] as const) {
      families.clear();
      const en = built('en', kind);
      expect(en.textStyle?.fontFamily).toMatch(/^"Segoe UI", .*Arial.*"Noto Sans CJK SC"/);
      expect(en.tooltip.textStyle.fontFamily).toBe(en.textStyle?.fontFamily);
      expect([...families]).toEqual([en.textStyle?.fontFamily]);
      families.clear();
      const zh = built('zh', kind);
      expect(zh.textStyle?.fontFamily).toMatch(/^"PingFang SC"/);
      expect([...families]).toEqual([zh.textStyle?.fontFamily]);
    }
  });
});
