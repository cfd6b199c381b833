import type { Unit } from '../data/bundle-format.ts';
import type { Localized, Panel } from '../data/bundle-schema.ts';
import { isChangeRate } from '../data/rate-kind.ts';

/** What a panel is drawn as: the bundle's `pie` has no chart of its own and is drawn as bars. */
export type ChartKind = 'gauge' | 'bar';

/** The most dials one card holds readably; a longer list of rates is drawn as bars against 100 %. */
export const MAX_GAUGES = 4;

/** Where a chart is drawn: the desk (`analyst`) or the wall. */
export type ChartPlace = 'analyst' | 'wall' | 'print';

/** A figure as far as the drawing of its panel depends on it. */
type Figure = { unit: Unit; label: Localized; value: number };

/**
 * Whether a panel's figures are parts of a whole, drawn against 100 %: rates and shares of at most
 * 100 %, none a change. A growth or a fall (GDP +5.5 %) has no whole to be measured against, and a
 * rate past 100 % would run off the scale; such panels are bars scaled to their largest figure.
 */
export function againstWhole(panel: { unit: Unit; indicators: readonly Figure[] }): boolean {
  return (
    panel.unit === 'percent' &&
    panel.indicators.every((figure) => figure.value <= 100 && !isChangeRate(figure))
  );
}

/**
 * The chart a panel is drawn as, decided here only, so that what is drawn, how high its box is
 * and what a screen reader is told agree. At the desk parts of a whole (see againstWhole) are
 * gauges against 100 %, as is a panel the bundle calls a gauge when its figures are such; on the
 * wall gauges need more room for their captions than a panel has, so they are bullet bars against
 * 100 % there. A dial for a growth rate would read as "5.5 % done": changes are bars, whatever the
 * bundle asked. More than MAX_GAUGES rates are bars against 100 % at the desk too: eight dials in
 * one card overlap their captions.
 */
export function chartKind(
  panel: { chart?: Panel['chart']; unit: Unit; indicators: readonly Figure[] },
  mode: ChartPlace,
): ChartKind {
  if (mode === 'wall') return 'bar';
  if (panel.indicators.length > MAX_GAUGES) return 'bar';
  return againstWhole(panel) ? 'gauge' : 'bar';
}

/**
 * The figure of a panel that shows one and leaves none out, which the desk and the briefing give
 * as a number rather than a chart: one bar compares nothing (a report's only figure in km; a
 * panel a filter left with one).
 */
export function loneFigure<T>(panel: { indicators: readonly T[]; more: number }): T | undefined {
  return panel.indicators.length === 1 && panel.more === 0 ? panel.indicators[0] : undefined;
}
