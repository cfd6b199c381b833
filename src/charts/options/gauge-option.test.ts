import { describe, expect, it } from 'vitest';
import { FONT_FAMILY, MODE_COLORS } from '../theme.ts';
import type { ChartRow } from './chart-rows.ts';
import { buildGaugeOption, figureFits, FIGURE_GAP, type GaugeOptionInput } from './gauge-option.ts';

const rates: ChartRow[] = [
  { id: 'unionised', label: '非公企业建会率', value: 97, display: '97%', exact: '97' },
  { id: 'answered', label: 'Reply rate', value: 88.5, display: '88.5%', exact: '88.5' },
];

interface GaugeSeries {
  type: string;
  id: string;
  center: [string, string];
  radius: number | string;
  max: number;
  progress: { width: number; itemStyle: { color: string } };
  axisLine: { lineStyle: { width: number; color: [[number, string]] } };
  title: {
    width: number;
    fontSize: number;
    lineHeight: number;
    color: string;
    overflow: string;
    offsetCenter: [number, number | string];
  };
  detail: { fontSize: number; formatter: () => string };
  data: { value: number; name: string; tooltip: string }[];
}

function build(input: Partial<GaugeOptionInput> = {}) {
  const option = buildGaugeOption({
    rows: rates,
    mode: 'analyst',
    description: 'Rates: 97%, 88.5%',
    captionWidth: 120,
    ...input,
  }) as {
    aria: { enabled: boolean; label: { description: string } };
    animation?: boolean;
    animationDuration?: number;
    animationDurationUpdate?: number;
    tooltip: {
      renderMode: string;
      textStyle: { fontFamily: string; fontSize: number };
      formatter: (params: unknown) => string;
    };
    series: GaugeSeries[];
  };
  return option;
}

describe('buildGaugeOption', () => {
  it('gives every rate its own gauge, named by the row, in order', () => {
    const { series } = build();
    expect(series.map((gauge) => [gauge.type, gauge.id])).toEqual([
      ['gauge', 'unionised'],
      ['gauge', 'answered'],
    ]);
    expect(series.map((gauge) => gauge.data[0]?.name)).toEqual(['非公企业建会率', 'Reply rate']);
    expect(series.map((gauge) => gauge.data[0]?.value)).toEqual([97, 88.5]);
    expect(series.map((gauge) => gauge.detail.formatter())).toEqual(['97%', '88.5%']);
  });

  it('reads out the description it is given', () => {
    expect(build().aria).toEqual({ enabled: true, label: { description: 'Rates: 97%, 88.5%' } });
  });

  it('shows the figure and the exact value in a plain-text tooltip in the theme font', () => {
    const { tooltip, series } = build({
      rows: [{ id: 'r', label: '<b>rate</b>', value: 97.25, display: '97.3%', exact: '97.25' }],
    });
    // Rich text: a label is never read as HTML.
    expect(tooltip.renderMode).toBe('richText');
    expect(tooltip.textStyle.fontFamily).toBe(FONT_FAMILY);
    const text = tooltip.formatter({ data: series[0]?.data[0] });
    expect(text).toBe('<b>rate</b>\n97.3% (97.25)');
    expect(tooltip.formatter({})).toBe('');
  });

  it('wraps a caption at the width it is given', () => {
    const { series } = build({ captionWidth: 77 });
    expect(
      series.every((gauge) => gauge.title.width === 77 && gauge.title.overflow === 'break'),
    ).toBe(true);
  });

  it('is drawn in the colours and sizes of its mode', () => {
    const desk = build().series[0] as GaugeSeries;
    const wall = build({ mode: 'wall' }).series[0] as GaugeSeries;
    expect(desk.progress.itemStyle.color).toBe(MODE_COLORS.analyst.accent);
    expect(wall.progress.itemStyle.color).toBe(MODE_COLORS.wall.accent);
    expect(desk.axisLine.lineStyle.color[0][1]).toBe(MODE_COLORS.analyst.grid);
    expect(wall.title.color).toBe(MODE_COLORS.wall.text);
    expect(wall.progress.width).toBeGreaterThan(desk.progress.width);
    expect(wall.title.fontSize).toBeGreaterThan(desk.title.fontSize);
    // The desk draws at once; the wall's first frame is final, and a refresh moves the gauges.
    expect(build().animation).toBe(false);
    expect(build({ mode: 'wall' }).animation).toBeUndefined();
    expect(build({ mode: 'wall' }).animationDuration).toBe(0);
    expect(build({ mode: 'wall', redraw: true }).animationDurationUpdate).toBeGreaterThan(0);
  });

  it('makes the figures smaller when three or more share the chart', () => {
    const three = [...rates, { ...rates[0], id: 'third' } as ChartRow];
    const two = build().series[0] as GaugeSeries;
    const many = build({ rows: three }).series[0] as GaugeSeries;
    expect(many.detail.fontSize).toBeLessThan(two.detail.fontSize);
    expect(build({ rows: three }).series.map((gauge) => gauge.center[0])).toEqual([
      `${100 / 6}%`,
      '50%',
      `${500 / 6}%`,
    ]);
  });

  it("starts a caption that wraps below the arc's ends, growing downwards", () => {
    const long = 'Rate of petitions accepted promptly';
    const rows: ChartRow[] = [
      { id: 'short', label: 'Rate', value: 100, display: '100%', exact: '100' },
      { id: 'long', label: long, value: 100, display: '100%', exact: '100' },
      { id: 'zh', label: '信访及时受理率', value: 97, display: '97%', exact: '97' },
    ];
    // Three gauges on a phone's card: slots of about 107 px, captions wrapped at 99.
    const { series } = build({ rows, width: 322, height: 220, captionWidth: 99 });
    const radius = series[0]?.radius as number;
    const [short, wrapped, chinese] = series.map((gauge) => gauge.title);
    // The arc ends 30° under its centre; half the 12 px stroke below that is its lowest point.
    const lowestOfArc = radius / 2 + 6;
    const top = (title: GaugeSeries['title'], lines: number) =>
      (title.offsetCenter[1] as number) - (lines * title.lineHeight) / 2;
    // One line stays between the ends, within a pixel of where it always was.
    for (const one of [short, chinese]) {
      expect(Math.abs((one?.offsetCenter[1] as number) - 0.88 * radius)).toBeLessThan(1);
      expect(top(one!, 1)).toBeGreaterThan(lowestOfArc);
    }
    // Four lines at 13 px in 99 px ("Rate of / petitions / accepted / promptly").
    expect(top(wrapped!, 4)).toBeGreaterThan(lowestOfArc);
    expect(top(wrapped!, 4)).toBeLessThan(lowestOfArc + 8);
    // Where the chart's size is not known the caption keeps its place in the radius.
    expect(build({ rows }).series[1]?.title.offsetCenter[1]).toBe('88%');
  });

  it('ends a caption longer than the room below its gauge in an ellipsis, inside the chart', () => {
    const long =
      'Share of surface-water sections under national monitoring rated Grade I to III, 2025';
    const rows: ChartRow[] = [
      { id: 'long', label: long, value: 98.7, display: '98.7%', exact: '98.7' },
      { id: 'short', label: 'Rate', value: 90, display: '90%', exact: '90' },
      { id: 'zh', label: '信访及时受理率', value: 97, display: '97%', exact: '97' },
    ];
    const height = 200;
    const { series, tooltip } = build({ rows, width: 322, height, captionWidth: 99 });
    const [cut, short] = series;
    const lines = cut?.data[0]?.name.split('\n') ?? [];
    expect(lines.at(-1)).toMatch(/…/);
    // Its last line ends above the chart's foot: the gauges' centres stand at 44 % of its height.
    const bottom =
      0.44 * height +
      (cut?.title.offsetCenter[1] as number) +
      (lines.length * (cut?.title.lineHeight ?? 0)) / 2;
    expect(bottom).toBeLessThanOrEqual(height);
    // The short caption is as it was, and the tooltip says the long one whole.
    expect(short?.data[0]?.name).toBe('Rate');
    expect(tooltip.formatter({ data: cut?.data[0] })).toContain(long);
  });

  it('makes the figures smaller, all alike, where one would run over the ring of a small gauge', () => {
    const three = [...rates, { ...rates[0], id: 'third', display: '100%' } as ChartRow];
    const size = (width: number) =>
      build({ rows: three, width, height: 220 }).series.map((gauge) => gauge.detail.fontSize);
    const wide = size(900);
    const narrow = size(270);
    // Three gauges on a 360 px phone: a radius of 39 px, a ring 12 px wide.
    expect(narrow.every((font, at) => font < (wide[at] as number))).toBe(true);
    expect(new Set(narrow).size).toBe(1);
    // Each figure's box stands inside the ring with room to spare at its corners: "100%" had
    // fitted the ring's width at its centre line and touched the ring above and below it.
    // Bold digits of about 0.58 em and a percent sign of 0.9, as the gauges of the default report.
    const measureText = (text: string, fontSize: number) =>
      [...text].reduce((ems, char) => ems + (char === '%' ? 0.9 : 0.58), 0) * fontSize;
    const full = ['100%', '100%', '97%'].map((display, at) => ({
      ...rates[0]!,
      id: `${at}`,
      display,
    }));
    const measured = build({ rows: full, width: 270, height: 220, measureText }).series;
    const radius = measured[0]?.radius as number;
    for (const gauge of measured) {
      const size = gauge.detail.fontSize;
      const halfWidth = measureText(gauge.detail.formatter(), size) / 2;
      const corner = Math.hypot(halfWidth, 0.04 * radius + 0.36 * size);
      expect(radius - 12 - corner).toBeGreaterThanOrEqual(FIGURE_GAP);
      expect(figureFits(2 * halfWidth, size, radius, 12)).toBe(true);
    }
    expect(build({ rows: three }).series[0]?.detail.fontSize).toBe(wide[0]);
  });

  it('draws no gauge, and fails nothing, for no rows', () => {
    expect(build({ rows: [] }).series).toEqual([]);
  });
});
