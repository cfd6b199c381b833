import type { Unit } from '../data/bundle-format.ts';
import type { Panel } from '../data/bundle-schema.ts';

/** What a panel is drawn as: the bundle's `pie` has no chart of its own and is drawn as bars. */
export type ChartKind = 'gauge' | 'bar';

/** The most dials one card holds readably; a longer list of rates is drawn as bars against 100 %. */
export const MAX_GAUGES = 4;

/** Where a chart is drawn: the desk (`analyst`) or the wall. */
export type ChartPlace = 'analyst' | 'wall' | 'print';

/**
 * The chart a panel is drawn as, decided here only, so that what is drawn, how high its box is
 * and what a screen reader is told agree. At the desk rates are gauges against 100 %, as is a
 * panel the bundle calls a gauge; on the wall gauges need more room for their captions than a
 * panel has, so rates are bullet bars against 100 % there. A panel with no `chart` of its own
 * (one built from units) goes by its unit. More than MAX_GAUGES rates are bars against 100 %
 * at the desk too: eight dials in one card overlap their captions (a government report's economy
 * section lists that many growth rates).
 */
export function chartKind(
  panel: { chart?: Panel['chart']; unit: Unit; indicators?: readonly unknown[] },
  mode: ChartPlace,
): ChartKind {
  if (mode === 'wall') return 'bar';
  if ((panel.indicators?.length ?? 0) > MAX_GAUGES) return 'bar';
  return panel.chart === 'gauge' || panel.unit === 'percent' ? 'gauge' : 'bar';
}
