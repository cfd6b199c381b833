/** Height of one bar's row on the desk, in pixels, so a panel's height follows its content. */
export const BAR_ROW_HEIGHT = 40;

/** Height of a bar panel's chart on the desk for `bars` bars. */
export function barChartHeight(bars: number): number {
  return bars * BAR_ROW_HEIGHT + 56;
}
