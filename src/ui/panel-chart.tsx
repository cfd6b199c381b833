import { useMemo, useState } from 'react';
import { useTIn } from '../i18n/use-t.ts';
import type { ChartInstance } from '../charts/echarts.ts';
import { EChart } from '../charts/echart.tsx';
import { measureChartText } from '../charts/measure-text.ts';
import { panelOption } from '../charts/panel-option.ts';
import { barOrder } from '../charts/options/bar-option.ts';
import { describeIndicators } from '../charts/options/describe-panel.ts';
import type { ChartMode } from '../charts/theme.ts';
import type { Watchable } from '../lib/watchable.ts';
import { againstWhole, chartKind } from '../store/chart-kind.ts';
import type { Lang } from '../data/bundle-schema.ts';
import type { ResolvedPanel } from '../store/selectors.ts';
import { useLang } from '../store/use-lang.ts';
import { inOwnTask } from '../lib/schedule.ts';
import { createIdleQueue } from './idle-queue.ts';
import { toChartRows } from './indicator-text.ts';

/**
 * The desk's charts take a new option one per task, in the order they rendered: a language switch
 * or a filter set every chart's option in the click's own task, some 80 ms a chart at 4x CPU, and
 * the page's text waited for all of them.
 */
const deskRedraws = createIdleQueue(inOwnTask);

export interface PanelChartProps {
  panel: ResolvedPanel;
  mode: ChartMode;
  height: number | string;
  labelWidth: number;
  /** Lines a wall label may wrap to. */
  labelLines?: number;
  /** Width the chart will have, for laying out gauges side by side. */
  width: number;
  /**
   * The chart's width when the page knows it (measured at the desk, fixed by the wall's design):
   * bar labels then go inside the bars that hold them.
   */
  measuredWidth?: number;
  /**
   * The bar the wall's tour features: set on the live chart as its emphasis, so a tour step
   * changes one bar's state and repaints, rather than building and drawing a new option.
   */
  highlightId?: string;
  /** When given, the bar is featured only while this is true (the tour's featured panel). */
  highlightOn?: Watchable<boolean>;
  pixelScale?: number;
  onItemClick?: (id: string) => void;
  onInstance?: (instance: ChartInstance | null) => void;
  /**
   * The id of an element on the page that says the chart's sentence: the chart then names itself
   * and points there, rather than reading the sentence out a second time.
   */
  describedBy?: string;
  /** The language to draw in, when not the store's (the print briefing in both languages). */
  lang?: Lang;
}

/** A resolved panel drawn as the chart its data calls for, in the store's language. */
export function PanelChart({
  panel,
  mode,
  height,
  labelWidth,
  labelLines,
  width,
  measuredWidth,
  highlightId,
  highlightOn,
  pixelScale,
  onItemClick,
  onInstance,
  describedBy,
  lang: langProp,
}: PanelChartProps) {
  const storeLang = useLang();
  const lang = langProp ?? storeLang;
  // Labels, figures and the accessible text all in the store's language, even in the render
  // where i18next has not yet followed it.
  const t = useTIn(lang);
  const title = panel.title[lang];
  // The wall's panel titles name the unit, so its bars carry short figures that fit.
  const rows = useMemo(
    () => toChartRows(panel.indicators, lang, mode === 'wall' ? 'short' : 'full'),
    [panel.indicators, lang, mode],
  );
  // The panel's sentence (its largest and smallest figure), the same one the card, a PNG and the
  // print view give.
  const description = useMemo(
    () => describeIndicators({ title, indicators: panel.indicators, lang, more: panel.more }),
    [title, panel.indicators, panel.more, lang],
  );
  // The first option this chart gets is drawn final at once; later rows (a refresh, a language
  // switch) replace a drawn one, and the wall moves its bars to them.
  const [firstRows] = useState(rows);
  const redraw = rows !== firstRows;
  const kind = chartKind(panel, mode);
  const whole = againstWhole(panel);
  const option = useMemo(
    () =>
      panelOption({
        unit: panel.unit,
        measure: panel.measure,
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
        measureText: measureChartText,
        redraw,
      }),
    [
      panel.unit,
      panel.measure,
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
      redraw,
    ],
  );
  const highlightIndex = useMemo(
    () =>
      highlightId === undefined ? -1 : barOrder(rows).findIndex((row) => row.id === highlightId),
    [rows, highlightId],
  );
  // Said of what is drawn: a percent panel drawn as gauges is not announced as a bar chart.
  const label =
    kind === 'gauge'
      ? t('panel.gaugeLabel', { title })
      : t('panel.chartLabel', { title, count: rows.length });
  return (
    <EChart
      option={option}
      mode={mode}
      label={describedBy ? label : `${label}. ${description}`}
      describedBy={describedBy}
      height={height}
      pixelScale={pixelScale}
      onItemClick={onItemClick}
      onInstance={onInstance}
      emphasis={highlightIndex}
      emphasisOn={highlightOn}
      redrawLater={mode === 'analyst' ? deskRedraws : undefined}
      testId={`chart-${panel.id}`}
    />
  );
}
