import type { ChartOption } from '../echarts.ts';
import { FONT_FAMILY, MODE_COLORS } from '../theme.ts';
import { SCALES, estimateTextWidth, fitLines, tooltipText, type ChartRow } from './chart-rows.ts';
import type { ChartMode } from '../theme.ts';
import { chartMotion } from './motion.ts';

/** Room kept between a gauge's figure and the inner edge of its ring, in pixels. */
export const FIGURE_GAP = 4;

/** Where the gauges' centres stand, as a share of the chart's height from its top. */
const CENTER_Y = 0.44;

/** How far a figure's middle sits above its gauge's centre, as a share of the radius. */
const FIGURE_RAISE = 0.04;

/**
 * Whether a figure `width` pixels wide, in type of `size` pixels, stands inside a ring of `radius`
 * and `stroke` with FIGURE_GAP to spare at each corner of its box: its digits stand about 0.72 of
 * the type size tall, centred a little above the gauge's centre.
 */
export function figureFits(width: number, size: number, radius: number, stroke: number): boolean {
  const inner = radius - stroke - FIGURE_GAP;
  const reach = FIGURE_RAISE * radius + 0.36 * size;
  return inner > 0 && (width / 2) ** 2 + reach ** 2 <= inner ** 2;
}

export interface GaugeOptionInput {
  rows: readonly ChartRow[];
  mode: ChartMode;
  description: string;
  /** Characters per line of a gauge's caption before it wraps. */
  captionWidth: number;
  /** The chart's size in pixels, when known: gauges then never grow into each other. */
  width?: number;
  height?: number;
  /** The family of the chart's text (chartFontFamily); the theme's where not given. */
  fontFamily?: string;
  /** The option replaces one already drawn (a refresh): the wall then moves its gauges to it. */
  redraw?: boolean;
  /** Measures a line of text (see measureChartText); estimated where not given. */
  measureText?: (text: string, fontSize: number, fontWeight?: 'normal' | 'bold') => number;
}

/** One gauge per rate, side by side, each against 100 %. */
export function buildGaugeOption({
  rows,
  mode,
  description,
  captionWidth,
  width,
  height,
  redraw = false,
  measureText,
  fontFamily,
}: GaugeOptionInput): ChartOption {
  const scale = SCALES[mode];
  const colors = MODE_COLORS[mode];
  const count = Math.max(rows.length, 1);
  const share = Math.min(68, Math.floor(160 / count));
  // A share of the chart's shorter side, as long as the gauges side by side fit their slots: at
  // 412 px three gauges of 53 % of a 220 px high chart were 117 px wide in slots of 107.
  const radius =
    width === undefined || height === undefined
      ? `${share}%`
      : Math.max(0, Math.min((share / 100) * (Math.min(width, height) / 2), width / count / 2 - 6));
  const stroke = mode === 'wall' ? 20 : 12;
  const lineHeight = Math.round(scale.label * 1.3);
  // ECharts centres a caption on its point, so one that wraps to three or four lines (English on
  // a phone) grew up between the arc's ends and ran into them. In pixels, its first line starts
  // below the ends (30° under the centre, plus half the stroke) and it grows downwards.
  const captionTop =
    typeof radius === 'number' ? radius * Math.sin(Math.PI / 6) + stroke / 2 + 4 : 0;
  // A caption takes the lines left below its gauge, and a longer one ends in an ellipsis there
  // (the tooltip and the description say it whole): it ran past the chart's foot and was cut
  // mid-line.
  const captionLines =
    typeof radius === 'number' && height !== undefined
      ? Math.max(1, Math.floor((height * (1 - CENTER_Y) - captionTop - 4) / lineHeight))
      : Infinity;
  const captionOf = (label: string): string[] =>
    fitLines(label, captionWidth, scale.label, captionLines, measureText, true);
  const captionAt = (lines: number): string | number => {
    if (typeof radius !== 'number') return '88%';
    return Math.max(0.88 * radius, captionTop + (lines * lineHeight) / 2);
  };
  // The figures inside the rings, all of one size: smaller where one would run over the stroke
  // (three gauges on a 360 px phone left a ring 54 px across inside for "100%" of 55 px). The
  // corners of a figure's box count, not only its width: "100%" fitted the ring's width at its
  // centre line yet touched the ring above and below it.
  const fullSize = (mode === 'wall' ? 44 : 26) * (count >= 3 ? 0.8 : 1);
  const figureSize =
    typeof radius !== 'number'
      ? fullSize
      : Math.min(
          fullSize,
          ...rows.map((row) => {
            const wide = (size: number) =>
              measureText?.(row.display, size, 'bold') ?? estimateTextWidth(row.display, size);
            if (figureFits(wide(fullSize), fullSize, radius, stroke)) return fullSize;
            let size = Math.floor(fullSize);
            while (size > 10 && !figureFits(wide(size), size, radius, stroke)) size -= 1;
            return size;
          }),
        );
  return {
    aria: { enabled: true, label: { description } },
    ...(fontFamily ? { textStyle: { fontFamily: fontFamily } } : {}),
    ...chartMotion(mode, redraw),
    tooltip: {
      trigger: 'item',
      renderMode: 'richText',
      confine: true,
      // The tooltip does not take the theme's font: without this it draws in the canvas default.
      textStyle: { fontSize: scale.value, fontFamily: fontFamily ?? FONT_FAMILY },
      formatter: (params: unknown) => {
        const data = (params as { data?: { tooltip?: string } }).data;
        return data?.tooltip ?? '';
      },
    },
    series: rows.map((row, index) => {
      const caption = captionOf(row.label);
      return {
        type: 'gauge' as const,
        id: row.id,
        center: [`${((index + 0.5) * 100) / count}%`, `${CENTER_Y * 100}%`],
        radius,
        min: 0,
        max: 100,
        startAngle: 210,
        endAngle: -30,
        progress: { show: true, width: stroke, itemStyle: { color: colors.accent } },
        axisLine: { lineStyle: { width: stroke, color: [[1, colors.grid]] } },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { show: false },
        pointer: { show: false },
        anchor: { show: false },
        title: {
          show: true,
          offsetCenter: [0, captionAt(caption.length)],
          fontSize: scale.label,
          lineHeight,
          color: colors.text,
          width: captionWidth,
          overflow: 'break',
        },
        detail: {
          valueAnimation: true,
          offsetCenter: [0, `${-FIGURE_RAISE * 100}%`],
          fontSize: figureSize,
          fontWeight: 'bold',
          color: colors.text,
          formatter: () => row.display,
        },
        data: [
          { value: Math.min(row.value, 100), name: caption.join('\n'), tooltip: tooltipText(row) },
        ],
      };
    }),
  };
}
