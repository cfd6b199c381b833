import type { Lang } from '../../data/bundle-schema.ts';
import type { BundleIndex } from '../../store/bundle-index.ts';
import { resolvePanels, type ResolvedPanel } from '../../store/selectors.ts';

/**
 * Panels on one page of the wall, bars per panel and lines per bar label, so that 24 px labels
 * fit without colliding: Chinese labels take one line; English ones are longer, so a page holds
 * four wider panels and a label may wrap to two lines; in two languages each label is a Chinese
 * line over up to two English ones, so a page holds two wide panels. A chart fills the height its
 * panel has left, whatever the header and headline figures take; the browser tests check that
 * every bar has room for its label's lines.
 */
export const LAYOUT = {
  zh: { perPage: 6, maxBars: 5, labelLines: 1, roomyBars: 3 },
  en: { perPage: 4, maxBars: 4, labelLines: 2, roomyBars: 2 },
  both: { perPage: 2, maxBars: 4, labelLines: 3, roomyBars: 0 },
} as const;

/**
 * Lines a label of a panel with `bars` bars may take: one more than the layout's where the panel
 * has `roomyBars` bars or fewer, whose rows are tall enough for it (the browser tests check every
 * panel's rows against its lines). A Chinese label then reads whole ("累计使用外资（2021—2025年）")
 * where five bars would cut it ("累计使用外资…").
 */
export function labelLinesFor(layout: Pick<PanelLayout, 'labelLines' | 'roomyBars'>, bars: number) {
  return bars <= layout.roomyBars ? layout.labelLines + 1 : layout.labelLines;
}

/** Horizontal padding and border of a wall panel, in design pixels (`.wall-panel` in styles.css). */
export const PANEL_CHROME = 2 * 16 + 2 * 1;

/**
 * Panels (each a canvas, at 4K about 2.5 MB of pixels) the stage may hold across its pages. Two
 * pages of the Chinese layout: the default bundle's ten panels stay drawn in every layout, so a
 * wall that runs for days never builds a chart again after its first lap.
 */
export const KEEP_PANELS = 12;

/** How the panels of a page are laid out and worded. */
export interface PanelLayout {
  lang: Lang;
  both: boolean;
  /** Lines a bar's label may take. */
  labelLines: number;
  /** Bars a panel may have at most for its labels to take a line more (see labelLinesFor). */
  roomyBars: number;
  /** The stage's scale, for crisp canvases. */
  scale: number;
}

/**
 * A report's panels as the wall draws them, the live wall and its first-screen previews alike:
 * the bundle's own (no panels of left-over figures), at most `maxBars` bars, both languages under
 * `both`.
 */
export function wallPanels(index: BundleIndex, maxBars: number, both: boolean): ResolvedPanel[] {
  const resolved = resolvePanels(index, index.bundle.indicators, { maxBars, leftovers: false });
  return both ? resolved.map(bilingualPanel) : resolved;
}

/**
 * The panel with its first `bars` figures only, the others counted in `more` ("Largest 2 of 8"):
 * its largest, as resolvePanels sorts a panel's figures largest first. The very panel where it has
 * no more than that.
 */
export function largestOf(panel: ResolvedPanel, bars: number): ResolvedPanel {
  if (panel.indicators.length <= bars) return panel;
  const kept = panel.indicators.slice(0, Math.max(0, bars));
  return {
    ...panel,
    indicators: kept,
    more: panel.more + panel.indicators.length - kept.length,
  };
}

/** Both languages in one chart label, for `lang=both`. */
export function bilingualPanel(panel: ResolvedPanel): ResolvedPanel {
  return {
    ...panel,
    indicators: panel.indicators.map((indicator) => ({
      ...indicator,
      label: { zh: `${indicator.label.zh}\n${indicator.label.en}`, en: indicator.label.en },
    })),
  };
}

/**
 * How many ems a headline number is wide, over-estimated a little for any wall font: digits are
 * at most 0.6 em in the fonts walls use (tabular), separators 0.3 em, anything else 1 em. The
 * number's type shrinks from its design size only when this many ems would not fit its card.
 */
export function numberEms(text: string): number {
  let ems = 0;
  for (const char of text) ems += /\d/.test(char) ? 0.6 : /[,.\u00a0\u202f' ]/.test(char) ? 0.3 : 1;
  return ems;
}
