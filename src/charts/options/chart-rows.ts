import type { ChartMode } from '../theme.ts';

/** One bar, gauge or slice: the label and numbers already in the reader's language. */
export interface ChartRow {
  id: string;
  label: string;
  value: number;
  /** The figure as people read it: "52.58万人", "525,800 people". */
  display: string;
  /** The exact value with grouping: "525,800". */
  exact: string;
}

/** Sizes that differ between the desk and the wall (design pixels). */
export interface ChartScale {
  mode: ChartMode;
  label: number;
  value: number;
  axis: number;
}

export const SCALES: Record<ChartMode, ChartScale> = {
  analyst: { mode: 'analyst', label: 13, value: 13, axis: 12 },
  wall: { mode: 'wall', label: 24, value: 26, axis: 22 },
};

/** Text a tooltip shows for a row; rich-text tooltips never interpret HTML. */
export function tooltipText(row: Pick<ChartRow, 'label' | 'display' | 'exact'>): string {
  return row.display.includes(row.exact)
    ? `${row.label}\n${row.display}`
    : `${row.label}\n${row.display}（${row.exact}）`;
}

/**
 * Rough width of a line of text in pixels: CJK characters are one em wide, Latin about 0.6 em
 * (bold digits a little wider). Good enough to reserve room for value labels at the bar ends.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 1 : 0.62;
  return Math.ceil(ems * fontSize);
}
