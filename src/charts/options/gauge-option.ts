import type { ChartOption } from '../echarts.ts';
import { FONT_FAMILY, MODE_COLORS } from '../theme.ts';
import { SCALES, tooltipText, type ChartRow } from './chart-rows.ts';
import type { ChartMode } from '../theme.ts';
import { chartMotion } from './motion.ts';

export interface GaugeOptionInput {
  rows: readonly ChartRow[];
  mode: ChartMode;
  description: string;
  /** Characters per line of a gauge's caption before it wraps. */
  captionWidth: number;
  /** The chart's size in pixels, when known: gauges then never grow into each other. */
  width?: number;
  height?: number;
  /** The option replaces one already drawn (a refresh): the wall then moves its gauges to it. */
  redraw?: boolean;
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
  return {
    aria: { enabled: true, label: { description } },
    ...chartMotion(mode, redraw),
    tooltip: {
      trigger: 'item',
      renderMode: 'richText',
      confine: true,
      // The tooltip does not take the theme's font: without this it draws in the canvas default.
      textStyle: { fontSize: scale.value, fontFamily: FONT_FAMILY },
      formatter: (params: unknown) => {
        const data = (params as { data?: { tooltip?: string } }).data;
        return data?.tooltip ?? '';
      },
    },
    series: rows.map((row, index) => ({
      type: 'gauge' as const,
      id: row.id,
      center: [`${((index + 0.5) * 100) / count}%`, '44%'],
      radius,
      min: 0,
      max: 100,
      startAngle: 210,
      endAngle: -30,
      progress: {
        show: true,
        width: mode === 'wall' ? 20 : 12,
        itemStyle: { color: colors.accent },
      },
      axisLine: { lineStyle: { width: mode === 'wall' ? 20 : 12, color: [[1, colors.grid]] } },
      axisTick: { show: false },
      splitLine: { show: false },
      axisLabel: { show: false },
      pointer: { show: false },
      anchor: { show: false },
      title: {
        show: true,
        offsetCenter: [0, '88%'],
        fontSize: scale.label,
        lineHeight: Math.round(scale.label * 1.3),
        color: colors.text,
        width: captionWidth,
        overflow: 'break',
      },
      detail: {
        valueAnimation: true,
        offsetCenter: [0, '-4%'],
        fontSize: (mode === 'wall' ? 44 : 26) * (count >= 3 ? 0.8 : 1),
        fontWeight: 'bold',
        color: colors.text,
        formatter: () => row.display,
      },
      data: [{ value: Math.min(row.value, 100), name: row.label, tooltip: tooltipText(row) }],
    })),
  };
}
