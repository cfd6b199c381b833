import type { ChartOption } from '../echarts.ts';
import { FONT_FAMILY, MODE_COLORS } from '../theme.ts';
import { CJK } from '../../lib/cjk.ts';
import {
  estimateTextWidth,
  fitApart,
  fitLines,
  wrapLines,
  placeValueLabels,
  SCALES,
  tooltipText,
  type ChartRow,
} from './chart-rows.ts';
import type { ChartMode } from '../theme.ts';
import { chartMotion } from './motion.ts';
import { labelLineHeight, WALL_GRID_PAD } from './wall-rows.ts';

export interface BarOptionInput {
  rows: readonly ChartRow[];
  /** Axis title with the unit: "人" / "people". */
  axisName: string;
  mode: ChartMode;
  /** Short tick labels: "50万" / "500K". */
  formatTick: (value: number) => string;
  /** Accessible description of the chart, read by screen readers. */
  description: string;
  /** Room for category labels, in pixels. */
  labelWidth: number;
  /** A fixed scale end, e.g. 100 for rates drawn as bullet bars against 100 %. */
  max?: number;
  /**
   * On the wall, lines a category label may take before it ends in an ellipsis; every label is
   * shown (none dropped to avoid overlap), so the caller keeps rows tall enough for them.
   */
  labelLines?: number;
  /**
   * The chart's width in pixels, once the page knows it (the desk measures it; the wall's design
   * fixes it): labels then go inside the bars that hold them and the plot gets the rest.
   */
  width?: number;
  /** Width of a line of value-label text; an estimate unless the page can measure. */
  measureText?: (text: string, fontSize: number, fontWeight?: 'normal' | 'bold') => number;
  /** The family of the chart's text (chartFontFamily); the theme's where not given. */
  fontFamily?: string;
  /** The option replaces one already drawn (a refresh): the wall then moves its bars to it. */
  redraw?: boolean;
}

/** The largest share of a wall chart's width its category labels may take. */
export const WALL_LABEL_SHARE = 0.62;

/**
 * The width of a wall chart's label column: `from`, or as much wider, up to `to`, as the widest
 * label needs to read whole in `lines` lines. A wall label has no tooltip anyone can reach: on
 * the Chinese wall a panel of five bars gives each label one line, and at the layout's width
 * "进出口总额增长（2025年）" read "进出口总额增长…" while the bars beside it left half the
 * panel empty. Labels of two languages (with a line break) keep `from`.
 */
export function wallLabelWidth({
  labels,
  from,
  to,
  lines,
  fontSize,
  measure,
}: {
  labels: readonly string[];
  from: number;
  to: number;
  lines: number;
  fontSize: number;
  measure: (text: string, fontSize: number) => number;
}): number {
  if (to <= from || labels.some((label) => label.includes('\n'))) return from;
  const fits = (label: string, width: number) =>
    wrapLines(label, width - 2, fontSize, measure).length <= lines;
  let wanted = from;
  for (const label of labels) {
    if (fits(label, wanted)) continue;
    if (!fits(label, to)) return to;
    // The narrowest whole pixel width at which it reads whole.
    let [low, high] = [wanted + 1, to];
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (fits(label, mid)) high = mid;
      else low = mid + 1;
    }
    wanted = high;
  }
  return wanted;
}

/** The least length of a bar of a figure above zero, in pixels. */
export const MIN_BAR = 2;

/** Width of the halo round a label above its bar (src/ui/warm-fonts.ts draws its glyphs ahead). */
export const LABEL_HALO_WIDTH = 3;

/** Thickness of a bar at the desk, beside its label and under it. */
const DESK_BAR = 22;
const DESK_BAR_UNDER_LABEL = 16;

/**
 * Whether a desk chart `width` pixels wide puts each category label on its own line above its bar:
 * beside the bars, a label column of `labelWidth` would leave the bars less room than the labels
 * take (at 412 px an English card left its bars 60 px, the largest a sliver).
 */
export function labelsAboveBars(width: number, labelWidth: number): boolean {
  return width < 2 * (labelWidth + 12) + 40;
}

/** The rows in the order the bar chart draws them, top down: largest first. */
export function barOrder<T extends { value: number }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => b.value - a.value);
}

/**
 * A horizontal bar chart, largest on top, values printed inside or past the bar ends. On the
 * wall a bar's emphasis is the tour's highlight, set on the live chart (no new option).
 */
export function buildBarOption(input: BarOptionInput): ChartOption {
  const { rows, axisName, mode, formatTick, description, max } = input;
  const labelLines = input.labelLines ?? 2;
  const scale = SCALES[mode];
  const colors = MODE_COLORS[mode];
  const sorted = barOrder(rows);
  const measure = input.measureText ?? estimateTextWidth;
  const valueWeight = mode === 'wall' ? 'bold' : 'normal';
  const labelWidths = sorted.map((row) => measure(row.display, scale.value, valueWeight));
  const { width } = input;
  const labelWidth =
    mode === 'wall' && width !== undefined
      ? wallLabelWidth({
          labels: sorted.map((row) => row.label),
          from: input.labelWidth,
          // The plot keeps room for its widest value label past a short bar.
          to: Math.min(
            Math.round(WALL_LABEL_SHARE * width),
            width - 12 - 24 - Math.max(0, ...labelWidths) - 16,
          ),
          lines: labelLines,
          fontSize: scale.label,
          measure,
        })
      : input.labelWidth;
  const above = mode === 'analyst' && width !== undefined && labelsAboveBars(width, labelWidth);
  const bar = above ? DESK_BAR_UNDER_LABEL : mode === 'wall' ? 34 : DESK_BAR;
  // The category labels' room and the gap between them and the axis; none when they sit above.
  const left = above ? 4 : labelWidth + 12;
  const top = sorted[0]?.value ?? 0;
  // Above the bars, the axis name goes at the axis's end, in the right margin. ECharts moves it on
  // past a tick label near the end ("120K" of an axis ending at 121,000), so the margin holds half
  // a tick label too: without it, "people" lost its last letter at 412 px.
  const minRight =
    mode === 'wall'
      ? 24
      : above
        ? Math.max(
            40,
            measure(axisName, scale.axis) +
              12 +
              Math.ceil(measure(formatTick(max ?? top), scale.axis) / 2),
          )
        : 40;
  // With the width known (and no fixed scale end), each label goes inside its bar or past its
  // end, whichever fits; otherwise room at the right for the longest, so none is ever cut.
  const placement =
    width !== undefined && max === undefined && top > 0
      ? placeValueLabels({
          ratios: sorted.map((row) => Math.max(0, row.value) / top),
          labelWidths,
          room: width - left,
          minRight,
        })
      : undefined;
  const right = placement?.right ?? Math.max(Math.max(0, ...labelWidths) + 16, minRight);
  // On the wall, a label of one language stops at `labelLines` lines, told apart from the others.
  // One of two languages (Chinese, a line break, English) keeps its Chinese to a line, told apart
  // the same way ("…增长（2024年）", "…增长（2025年）"), and its English to the lines left, each
  // ending in an ellipsis where cut: ECharts would drop the lines past the height without a mark
  // ("Industrial value added of larger firms,").
  const fit = (label: string, lines: number, keepNote = false) =>
    lines > 0 ? fitLines(label, labelWidth - 2, scale.label, lines, measure, keepNote) : [];
  let wallLabels: Map<string, string[]> | undefined;
  if (mode === 'wall') {
    const labels = sorted.map((row) => row.label);
    wallLabels = fitApart(
      labels.filter((label) => !label.includes('\n')),
      (label, keepNote) => fit(label, labelLines, keepNote),
    );
    const bilingual = labels
      .filter((label) => label.includes('\n'))
      .map((label) => {
        const [chinese = '', ...english] = label.split('\n');
        return { label, chinese, english: english.join(' ') };
      });
    const chineseLines = fitApart(
      bilingual.map(({ chinese }) => chinese),
      (chinese, keepNote) => fit(chinese, 1, keepNote),
    );
    for (const { label, chinese, english } of bilingual) {
      wallLabels.set(label, [
        ...(chineseLines.get(chinese) ?? [chinese]),
        ...fit(english, labelLines - 1),
      ]);
    }
  }
  return {
    aria: { enabled: true, label: { description } },
    ...(input.fontFamily ? { textStyle: { fontFamily: input.fontFamily } } : {}),
    ...chartMotion(mode, input.redraw ?? false),
    grid: {
      left,
      right,
      top: mode === 'wall' ? WALL_GRID_PAD : 24,
      bottom: mode === 'wall' ? WALL_GRID_PAD : 28,
      containLabel: false,
      // At the desk the margins above leave room for every label already; ECharts' own check
      // that labels stay inside the chart measured each of them again: a third of a chart's first
      // draw on a phone.
      ...(mode === 'analyst' ? { outerBoundsMode: 'none' as const } : {}),
    },
    tooltip: {
      trigger: 'item',
      renderMode: 'richText',
      confine: true,
      // The tooltip does not take the theme's font: without this it draws in the canvas default.
      textStyle: { fontSize: scale.value, fontFamily: input.fontFamily ?? FONT_FAMILY },
      formatter: (params: unknown) => {
        const data = (params as { data?: { tooltip?: string } }).data;
        return data?.tooltip ?? '';
      },
    },
    xAxis: {
      type: 'value',
      name: mode === 'wall' ? '' : axisName,
      // At the start, under the category labels, beside the "0" tick: the right margin is left
      // to the value labels. With the labels above the bars there is no room left of the axis.
      nameLocation: above ? 'end' : 'start',
      nameGap: above ? 6 : 8,
      nameTextStyle: {
        fontSize: scale.axis,
        align: above ? 'left' : 'right',
        verticalAlign: 'top',
        padding: [8, 0, 0, 0],
      },
      axisLabel: {
        show: mode !== 'wall',
        formatter: formatTick,
        fontSize: scale.axis,
        hideOverlap: true,
        // An axis ending at the largest bar would print that value, unrounded, at its end.
        ...(placement ? { showMaxLabel: false } : {}),
      },
      // An axis ending at the largest bar would draw an unlabelled line there, read as a tick.
      splitLine: { show: mode !== 'wall', ...(placement ? { showMaxLine: false } : {}) },
      splitNumber: 4,
      // Placed labels assume the axis ends at the largest bar, not at a rounder number past it.
      // A fixed end in quarters (0, 25, 50, 75, 100): left to ECharts, 100 % got ticks of 30,
      // and its "90" and "100" ran into each other and into the axis name.
      ...(max === undefined ? (placement ? { max: 'dataMax' } : {}) : { max, interval: max / 4 }),
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: sorted.map((row) => row.label),
      axisLabel: {
        width: labelWidth,
        // Labels wrap. On the wall they are cut here to `labelLines` lines ending in an ellipsis
        // (wallLabels): ECharts drops the lines past the height without a mark. Chinese is broken
        // here by its own rules (wrapLines), in lines a little narrower than the width, so
        // ECharts, which would put a closing bracket alone on a line, keeps them. (Above its bar,
        // a label is one line and ends in an ellipsis instead.)
        ...(above
          ? {}
          : {
              formatter: (label: string) =>
                wallLabels?.get(label)?.join('\n') ??
                label
                  .split('\n')
                  .map((part) =>
                    CJK.test(part)
                      ? wrapLines(part, labelWidth - 2, scale.label, measure).join('\n')
                      : part,
                  )
                  .join('\n'),
            }),
        overflow: 'break',
        ellipsis: '…',
        lineHeight: labelLineHeight(scale.label),
        fontSize: scale.label,
        color: colors.text,
        ...(mode === 'wall'
          ? {
              interval: 0,
              lineOverflow: 'truncate' as const,
              height: labelLines * labelLineHeight(scale.label),
            }
          : {}),
        // One line across the chart, its foot just over its bar; a label longer than the chart
        // ends in an ellipsis (the tooltip, the card's table and the chart's description say it
        // whole).
        ...(above
          ? {
              inside: true,
              margin: 0,
              interval: 0,
              align: 'left' as const,
              verticalAlign: 'bottom' as const,
              padding: [0, 0, bar / 2 + 3, 0],
              width: Math.max(0, width - left - 4),
              overflow: 'truncate' as const,
              // A halo of the card's colour, so the grid lines do not run through the words.
              textBorderColor: colors.background,
              textBorderWidth: LABEL_HALO_WIDTH,
            }
          : {}),
      },
    },
    series: [
      {
        type: 'bar',
        name: axisName,
        barMaxWidth: bar,
        // A figure thousands of times smaller than the largest (a sum per person beside a
        // province's output) still shows a sliver of bar beside its label, not none. Only where
        // no figure is zero: ECharts would give a zero the same sliver.
        ...(sorted.every((row) => row.value > 0) ? { barMinHeight: MIN_BAR } : {}),
        // Against a fixed end the unfilled part of the track is drawn, as in a bullet bar.
        showBackground: max !== undefined,
        backgroundStyle: { color: colors.grid },
        data: sorted.map((row, index) => ({
          value: row.value,
          id: row.id,
          tooltip: tooltipText(row),
          itemStyle: {
            color: colors.accent,
            borderRadius: [0, 3, 3, 0],
          },
          ...(placement?.inside[index]
            ? { label: { position: 'insideRight', color: colors.background } }
            : {}),
        })),
        label: {
          show: true,
          position: 'right',
          fontSize: scale.value,
          color: colors.text,
          fontWeight: valueWeight,
          formatter: (params: unknown) => {
            const index = (params as { dataIndex: number }).dataIndex;
            return sorted[index]?.display ?? '';
          },
        },
        emphasis: { itemStyle: { color: mode === 'wall' ? colors.highlight : colors.hover } },
      },
    ],
  };
}
