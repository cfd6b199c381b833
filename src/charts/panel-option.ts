// A panel's chart option from its data and the size it is drawn at, without React or a page: the
// live chart (src/ui/panel-chart.tsx) and the wall's first-screen previews drawn in a worker
// (src/features/wall/wall-preview.worker.ts) build the same option from the same inputs.
import type { ChartKind } from '../data/bundle-format.ts';
import type { Lang } from '../data/bundle-schema.ts';
import { axisTickFormat, axisUnitName } from '../lib/format/number.ts';
import type { ChartOption } from './echarts.ts';
import type { ChartRow } from './options/chart-rows.ts';
import { buildBarOption } from './options/bar-option.ts';
import { buildGaugeOption } from './options/gauge-option.ts';
import { chartFontFamily, type ChartMode } from './theme.ts';
import type { ResolvedPanel } from '../store/selectors.ts';

export interface PanelOptionInput {
  /** What the panel's figures are counted in (its axis names it). */
  unit: ResolvedPanel['unit'];
  measure?: ResolvedPanel['measure'];
  kind: ChartKind;
  /** Whether the figures are parts of a whole, on a scale ending at 100 % (see againstWhole). */
  whole: boolean;
  rows: ChartRow[];
  /** The panel's sentence, for the chart's own description. */
  description: string;
  mode: ChartMode;
  lang: Lang;
  width: number;
  height: number | string;
  labelWidth: number;
  labelLines?: number;
  measuredWidth?: number;
  /**
   * Measures a line of chart text in a font family where the chart's width is known (see
   * measureChartText).
   */
  measureText?: (
    text: string,
    fontSize: number,
    fontWeight?: 'normal' | 'bold',
    fontFamily?: string,
  ) => number;
  /** Rows replacing drawn ones (a refresh, a language switch): the wall moves its bars to them. */
  redraw: boolean;
}

/** The option a panel's chart is drawn with. */
export function panelOption({
  unit,
  measure,
  kind,
  whole,
  rows,
  description,
  mode,
  lang,
  width,
  height,
  labelWidth,
  labelLines,
  measuredWidth,
  measureText,
  redraw,
}: PanelOptionInput): ChartOption {
  const fontFamily = chartFontFamily(lang);
  // A page that measured the chart's width can measure its text too, in the font it is drawn in.
  const measureIn =
    measuredWidth === undefined || !measureText
      ? undefined
      : (text: string, fontSize: number, fontWeight?: 'normal' | 'bold') =>
          measureText(text, fontSize, fontWeight, fontFamily);
  if (kind === 'gauge') {
    return buildGaugeOption({
      rows,
      mode,
      description,
      captionWidth: Math.floor(width / Math.max(rows.length, 1)) - 8,
      width,
      height: typeof height === 'number' ? height : undefined,
      redraw,
      measureText: measureIn,
      fontFamily,
    });
  }
  return buildBarOption({
    rows,
    mode,
    description,
    labelWidth,
    labelLines,
    width: measuredWidth,
    measureText: measureIn,
    fontFamily,
    axisName: axisUnitName({ unit, lang, measure }),
    formatTick: axisTickFormat({
      max: whole ? 100 : Math.max(0, ...rows.map((row) => row.value)),
      lang,
    }),
    max: whole ? 100 : undefined,
    redraw,
  });
}
