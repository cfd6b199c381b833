/** Okabe–Ito: a categorical palette that colour-blind viewers can tell apart. */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#56B4E9',
  '#CC79A7',
  '#F0E442',
  '#000000',
] as const;

export const FONT_FAMILY =
  '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", system-ui, sans-serif';

/**
 * English in the platform's Latin face (Segoe UI, San Francisco, Roboto; Arial or its metric twin
 * Liberation Sans elsewhere), Chinese characters in it from the CJK faces after it. Set in a CJK
 * face first, English took its Latin glyphs from a font of 20 MB a weight: on a fresh Linux
 * Chromium the first layout that used it took some 100 ms per weight at 1x CPU, for text with no
 * Chinese in it. The same list as --font-latin in styles.css.
 */
export const LATIN_FONT_FAMILY = `"Segoe UI", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", Arial, "Liberation Sans", ${FONT_FAMILY}`;

/** The font family of a chart's text in `lang`. */
export function chartFontFamily(lang: 'zh' | 'en'): string {
  return lang === 'en' ? LATIN_FONT_FAMILY : FONT_FAMILY;
}

/** Colours of each mode, in one place for CSS and charts alike. */
export const MODE_COLORS = {
  analyst: {
    background: '#ffffff',
    text: '#1d2433',
    muted: '#4a5468',
    grid: '#e3e7ee',
    accent: '#0072B2',
    highlight: '#D55E00',
    /** A bar under the pointer: dark enough for a white label inside it (8.7:1). */
    hover: '#004F7C',
  },
  wall: {
    background: '#0b1a33',
    text: '#eaf2ff',
    muted: '#a9bddb',
    grid: '#22375c',
    accent: '#56B4E9',
    highlight: '#F0B429',
    hover: '#F0B429',
  },
  /**
   * Paper: black on white, bars in a dark grey that prints solid on any printer and reads apart
   * from the light track and grid in greyscale; no hue carries meaning.
   */
  print: {
    background: '#ffffff',
    text: '#000000',
    muted: '#333333',
    grid: '#d9d9d9',
    accent: '#4d4d4d',
    highlight: '#000000',
    hover: '#4d4d4d',
  },
} as const;

export type ChartMode = keyof typeof MODE_COLORS;

function theme(mode: ChartMode) {
  const colors = MODE_COLORS[mode];
  return {
    color: [...PALETTE],
    backgroundColor: 'transparent',
    textStyle: { fontFamily: FONT_FAMILY, color: colors.text },
    categoryAxis: {
      axisLine: { lineStyle: { color: colors.grid } },
      axisTick: { show: false },
      axisLabel: { color: colors.text },
      splitLine: { show: false },
    },
    valueAxis: {
      axisLine: { show: false },
      axisLabel: { color: colors.muted },
      splitLine: { lineStyle: { color: colors.grid } },
      nameTextStyle: { color: colors.muted },
    },
  };
}

export const ANALYST_THEME = theme('analyst');
export const WALL_THEME = theme('wall');
export const PRINT_THEME = { ...theme('print'), color: ['#4d4d4d', '#000000', '#999999'] };
