// A chart drawn to SVG markup without a page (ECharts' server-side rendering), for a worker: the
// wall's first-screen previews (src/features/wall/wall-preview.worker.ts). Its own small set of
// ECharts parts, the SVG renderer only; the page's charts register theirs in echarts.ts.
import * as echarts from 'echarts/core';
import { BarChart, GaugeChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartOption } from './echarts.ts';
import { WALL_THEME } from './theme.ts';

/**
 * `value` with every `fontFamily` written in single quotes: ECharts writes a text's font into an
 * SVG `style` attribute between double quotes without escaping them, so a family named in double
 * quotes ("PingFang SC") ended the attribute there, and the text lost its font and weight.
 */
function singleQuotedFonts<T>(value: T): T {
  if (Array.isArray(value)) return value.map(singleQuotedFonts) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [
      key,
      key === 'fontFamily' && typeof child === 'string'
        ? child.replaceAll('"', "'")
        : singleQuotedFonts(child),
    ]),
  ) as T;
}

echarts.use([BarChart, GaugeChart, GridComponent, SVGRenderer]);
echarts.registerTheme('wall', singleQuotedFonts(WALL_THEME));
// ECharts measures text on a canvas made with the page's document; a worker has an offscreen one,
// with the same fonts, so the text is laid out as the live chart lays it out.
if (typeof document === 'undefined' && typeof OffscreenCanvas !== 'undefined') {
  echarts.setPlatformAPI({
    createCanvas: () => new OffscreenCanvas(1, 1) as unknown as HTMLCanvasElement,
  });
}

type SeriesLike = { data?: unknown[]; emphasis?: { itemStyle?: { color?: unknown } } };

/**
 * `option` with its first series' item `emphasis` (if 0 or more) painted in the emphasis colour,
 * and every series' emphasis turned off: ECharts' SVG output draws states only as hover styles, so
 * the tour's featured bar is painted as the live chart shows it.
 */
function stillPicture(option: ChartOption, emphasis: number): ChartOption {
  const list = (
    Array.isArray(option.series) ? option.series : option.series ? [option.series] : []
  ) as SeriesLike[];
  const series = list.map((one, index) => {
    const color = one.emphasis?.itemStyle?.color;
    const data =
      index === 0 && emphasis >= 0 && color !== undefined && Array.isArray(one.data)
        ? one.data.map((item, at) => (at === emphasis ? inColor(item, color) : item))
        : one.data;
    return { ...one, data, emphasis: { disabled: true } };
  });
  return { ...option, series } as ChartOption;
}

/** A data item of a series drawn in `color`. */
function inColor(item: unknown, color: unknown): unknown {
  if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
    const style = (item as { itemStyle?: object }).itemStyle;
    return { ...item, itemStyle: { ...style, color } };
  }
  return { value: item, itemStyle: { color } };
}

/**
 * `option` drawn at `width`×`height` in the wall's theme, as SVG markup; `emphasis`, if 0 or more,
 * is the first series' item held in emphasis, as the live chart holds it (echart.tsx).
 */
export function wallChartSvg(
  option: ChartOption,
  { width, height, emphasis = -1 }: { width: number; height: number; emphasis?: number },
): string {
  const chart = echarts.init(null, 'wall', {
    renderer: 'svg',
    ssr: true,
    width,
    height,
    locale: 'EN',
  });
  try {
    // A still picture: no entrance, no tooltip, nothing that changes under a pointer.
    const still: ChartOption = { ...singleQuotedFonts(stillPicture(option, emphasis)) };
    delete still.tooltip;
    chart.setOption({ ...still, animation: false });
    // Its server-side output styles hover states in a <style> of its own: a picture has none.
    return chart.renderToSVGString().replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
  } finally {
    chart.dispose();
  }
}
