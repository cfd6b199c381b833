// The other language's faces, opened while the reader is still reading the first one.
import { SCALES } from '../charts/options/chart-rows.ts';
import { chartFontFamily, type ChartMode } from '../charts/theme.ts';
import type { Lang } from '../data/bundle-schema.ts';
import { whenIdle } from '../lib/schedule.ts';
import { createIdleQueue } from './idle-queue.ts';

/**
 * Text of each language: what its faces are looked up for. English holds a Chinese character too:
 * a name left untranslated falls through the Latin faces to the CJK ones, each asked for by name.
 */
const SAMPLE: Record<Lang, string> = { zh: '中文A1', en: 'Aa1中' };

/** Enough of the page to have seen each of its text styles; a table of thousands of rows adds none. */
const MAX_ELEMENTS = 2_000;

/**
 * Idle work that can wait for the reader: a busy page still gets to it within ten seconds. The
 * page's load is waited for before this module is (warm-fonts-later.ts).
 */
const warmQueue = createIdleQueue((run) => whenIdle(run, 10_000));

const warmed = new Set<Lang>();

/**
 * The faces the page's text is set in, as the style, weight and size of a CSS font ("normal 600
 * 16px"), each once: read from the elements under `root` that hold text of their own.
 */
export function textFaces(root: ParentNode): string[] {
  const faces = new Set<string>();
  let looked = 0;
  for (const element of root.querySelectorAll('*')) {
    if (++looked > MAX_ELEMENTS) break;
    const hasText = [...element.childNodes].some(
      (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
    );
    if (!hasText) continue;
    const style = getComputedStyle(element);
    faces.add(`${style.fontStyle} ${style.fontWeight} ${style.fontSize}`);
  }
  return [...faces];
}

/** The faces a chart of `mode` draws its text in: each of its sizes, plain and bold. */
export function chartFaces(mode: ChartMode): string[] {
  const { label, value, axis } = SCALES[mode];
  const sizes = [...new Set([label, value, axis])];
  return sizes.flatMap((size) => [`normal 400 ${size}px`, `normal 700 ${size}px`]);
}

/**
 * Opens, in idle moments, the faces `lang` would be drawn in at each style, weight and size the
 * page's text uses now, and those of its charts (`chartMode`), once per language and page. The
 * first switch to a language otherwise finds none of them open: on Linux Chromium, finding a
 * family asks the browser process once for each missing name in the list before the one installed
 * (Segoe UI, -apple-system, … before Liberation Sans), for each weight, and each size costs a
 * look-up of its own; at 4x CPU that was some 75 ms of the first switch's layout and 20 ms of its
 * charts' text measuring (tests/bench/README.md, 2026-12-06, night). Measuring a few letters on a
 * canvas that is never shown opens the same faces for the page and the charts alike (one font
 * cache), without touching the page. One face per idle moment, so no task grows long; a
 * performance mark (`warm-fonts:<lang>`) says when all are open.
 */
export function warmFonts(
  lang: Lang,
  chartMode: ChartMode,
  root: ParentNode = document.body,
): void {
  if (warmed.has(lang) || typeof CanvasRenderingContext2D === 'undefined') return;
  warmed.add(lang);
  warmQueue(() => {
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return;
    const family = chartFontFamily(lang);
    for (const face of new Set([...textFaces(root), ...chartFaces(chartMode)])) {
      warmQueue(() => {
        context.font = `${face} ${family}`;
        context.measureText(SAMPLE[lang]);
      });
    }
    warmQueue(() => performance.mark(`warm-fonts:${lang}`));
  });
}

/** Forgets which languages were warmed: for tests. */
export function resetWarmedFonts(): void {
  warmed.clear();
}
