// How a wall bar chart's rows hold its category labels' lines. Free of imports: the page's first
// script (src/app/boot.ts) sizes the first screen's chart previews with it.

/** Type size of a wall chart's category labels, in design pixels. */
export const WALL_LABEL_SIZE = 24;

/** Height of one line of a chart's category label set at `fontSize`. */
export function labelLineHeight(fontSize: number): number {
  return Math.round(fontSize * 1.2);
}

/** Room a wall chart keeps above its first bar, and again below its last, in design pixels. */
export const WALL_GRID_PAD = 8;

/** How many label lines a wall chart `height` design pixels tall holds, all its rows together. */
function linesTall(height: number): number {
  return (height - 2 * WALL_GRID_PAD) / labelLineHeight(WALL_LABEL_SIZE);
}

/**
 * Lines a wall chart's category labels may take: `lines`, or fewer where the chart, `height`
 * design pixels tall, gives each of its `bars` rows less room, but at least one. The wall's layout
 * sets `lines` for a page of short texts; a report's two-line title and three-line headline
 * labels take height from the panels under them (in English, Zhejiang's left a row 49 px for two
 * lines of 29 px, and ECharts drew them over each other). With the height unknown, `lines`.
 */
export function labelLinesInRows(lines: number, bars: number, height?: number): number {
  if (height === undefined || !(height > 0) || bars < 1) return lines;
  return Math.max(1, Math.min(lines, Math.floor(linesTall(height) / bars)));
}

/**
 * How many of `bars` bars a wall chart `height` design pixels tall can give rows that each hold
 * `lines` label lines: all of them where the height is unknown or they fit, and at least one.
 */
export function barsInRows(bars: number, lines: number, height?: number): number {
  if (height === undefined || !(height > 0)) return bars;
  return Math.max(1, Math.min(bars, Math.floor(linesTall(height) / lines)));
}
