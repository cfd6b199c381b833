// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ChartOption } from './echarts.ts';
import { FONT_FAMILY, MODE_COLORS } from './theme.ts';
import { wallChartSvg } from './svg-chart.ts';

const option: ChartOption = {
  grid: { left: 120, right: 40, top: 10, bottom: 10 },
  xAxis: { type: 'value', show: false },
  yAxis: { type: 'category', data: ['甲', '乙', '丙'] },
  series: [
    {
      type: 'bar',
      data: [{ value: 3 }, 2, { value: 1, itemStyle: { color: '#009E73' } }],
      itemStyle: { color: '#56B4E9' },
      label: { show: true, fontFamily: FONT_FAMILY, fontWeight: 'bold' },
      emphasis: { itemStyle: { color: MODE_COLORS.wall.highlight } },
    },
  ],
  tooltip: { show: true },
};

/** The fill of each bar, in drawing order. */
function barFills(svg: string): string[] {
  return [...svg.matchAll(/<path d="M[^"]*" fill="(#[0-9A-Fa-f]{6})"/g)].map((match) =>
    match[1]!.toUpperCase(),
  );
}

describe('wallChartSvg', () => {
  it('paints the featured bar in the highlight colour and the others as they are', () => {
    const svg = wallChartSvg(option, { width: 400, height: 200, emphasis: 1 });
    expect(barFills(svg)).toEqual(['#56B4E9', MODE_COLORS.wall.highlight, '#009E73']);
  });

  it('paints no bar in the highlight colour without a featured one, and has no hover styles', () => {
    const svg = wallChartSvg(option, { width: 400, height: 200 });
    expect(barFills(svg)).toEqual(['#56B4E9', '#56B4E9', '#009E73']);
    expect(svg).not.toContain(MODE_COLORS.wall.highlight);
    expect(svg).not.toContain(':hover');
  });

  it('keeps each text style attribute whole: the font family in single quotes, the weight after it', () => {
    const svg = wallChartSvg(option, { width: 400, height: 200 });
    const styles = [...svg.matchAll(/<text[^>]* style="([^"]*)"/g)].map((match) => match[1]!);
    expect(styles.length).toBeGreaterThan(0);
    for (const style of styles) expect(style).toContain("font-family:'PingFang SC'");
    expect(styles.some((style) => style.includes('font-weight:bold'))).toBe(true);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('width="400"');
  });
});
