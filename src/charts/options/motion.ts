import type { ChartMode } from '../theme.ts';

/** How long the wall takes to move its bars or gauges to changed figures. */
export const WALL_UPDATE_MS = 1200;

/**
 * The animation settings of an option. The desk never animates: a filter or a language switch
 * shows the new figures at once. The wall draws its first frame final (no entrance: the figures
 * are there the moment the screen is) and moves to changed figures only when `redraw` says the
 * option replaces one already drawn (a refresh). Emphasis keeps ECharts' own short transition.
 */
export function chartMotion(mode: ChartMode, redraw: boolean) {
  if (mode !== 'wall') return { animation: false };
  return redraw
    ? { animationDuration: WALL_UPDATE_MS, animationDurationUpdate: WALL_UPDATE_MS }
    : { animationDuration: 0, animationDurationUpdate: 0 };
}
