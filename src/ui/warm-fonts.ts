// The other language's faces, opened while the reader is still reading the first one.
import { LABEL_HALO_WIDTH } from '../charts/options/bar-option.ts';
import { SCALES } from '../charts/options/chart-rows.ts';
import { chartFontFamily, MODE_COLORS, type ChartMode } from '../charts/theme.ts';
import type { Lang } from '../data/bundle-schema.ts';
import { whenIdle } from '../lib/schedule.ts';
import { createIdleQueue } from './idle-queue.ts';

/**
 * Text of each language: what its faces are looked up for. English holds a Chinese character too:
 * a name left untranslated falls through the Latin faces to the CJK ones, each asked for by name.
 */
const SAMPLE: Record<Lang, string> = { zh: '中文A1', en: 'Aa1中' };

/**
 * The glyphs a chart's text is mostly made of in either language: printable ASCII (English words,
 * and the digits of both) and the signs our figures and labels use. Chinese characters are too
 * many to draw ahead; a Chinese chart's digits and Latin letters are drawn from these.
 */
export const GLYPHS = `${Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)).join('')}¥€£–—‘’“”…·×`;

/**
 * The glyph positions a canvas keeps apart: a glyph is drawn at a quarter-pixel offset, and each
 * offset is rasterized once. The same text moved by a quarter pixel lands every glyph on another.
 */
const SUBPIXEL_OFFSETS = [0, 0.25, 0.5, 0.75];

/**
 * How ECharts (zrender) draws a text's halo, as the desk's bar labels above their bars have
 * one: a stroke of the label's `textBorderWidth` (LABEL_HALO_WIDTH), mitred with zrender's limit of
 * 2. A stroked glyph is kept apart by these, so a halo drawn ahead with the canvas's defaults
 * (a limit of 10) is never reused. The browser test that switches languages checks that the
 * charts draw with nothing the warm-up did not.
 */
const HALO = { lineWidth: LABEL_HALO_WIDTH, lineJoin: 'miter', miterLimit: 2 } as const;

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
 * Draws the chart glyphs of `family` ahead, on `context` (a canvas never shown), in each of the desk
 * charts' faces, colours and halo. A canvas draws a glyph from a raster of it kept by face, size,
 * scale, quarter-pixel offset, the lightness of its colour and the stroke around it; a glyph first
 * drawn in a new one is rasterized then. At the first language switch that was 15-20 ms of the
 * redrawn chart's frame at 4x CPU, none at a second (tests/bench/README.md, 2026-12-07). Reading a
 * pixel back makes the canvas draw now rather than never. Each face, colour and offset has an idle
 * moment of its own: some 12 ms at 4x CPU.
 * Only for the desk: the wall's charts are scaled to fit the screen, which the raster depends on.
 */
function drawGlyphs(context: CanvasRenderingContext2D, family: string): void {
  const colors = MODE_COLORS.analyst;
  const scale = window.devicePixelRatio || 1;
  for (const face of chartFaces('analyst')) {
    // Bold is only ever filled in the text's colour (a gauge's figure); plain text is filled in
    // the text's colour, muted (an axis's name) and white (a figure inside its bar), and haloed.
    const draws: ['fill' | 'stroke', string][] = face.includes(' 400 ')
      ? [
          ['fill', colors.text],
          ['fill', colors.muted],
          ['fill', colors.background],
          ['stroke', colors.background],
        ]
      : [['fill', colors.text]];
    for (const [how, colour] of draws) {
      for (const offset of SUBPIXEL_OFFSETS) {
        warmQueue(() => {
          context.setTransform(scale, 0, 0, scale, 0, 0);
          context.font = `${face} ${family}`;
          Object.assign(context, HALO);
          if (how === 'fill') {
            context.fillStyle = colour;
            context.fillText(GLYPHS, offset, 32);
          } else {
            context.strokeStyle = colour;
            context.strokeText(GLYPHS, offset, 32);
          }
          context.getImageData(0, 0, 1, 1);
        });
      }
    }
  }
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
 * cache), without touching the page. The desk's chart glyphs are then drawn ahead (drawGlyphs).
 * One face or drawing per idle moment, so no task grows long; a performance mark
 * (`warm-fonts:<lang>`) says when all is done.
 */
export function warmFonts(
  lang: Lang,
  chartMode: ChartMode,
  root: ParentNode = document.body,
): void {
  if (warmed.has(lang) || typeof CanvasRenderingContext2D === 'undefined') return;
  warmed.add(lang);
  warmQueue(() => {
    // Wide enough for every glyph drawn ahead: one drawn outside the canvas is never rasterized.
    const canvas = document.createElement('canvas');
    canvas.width = 2048;
    canvas.height = 64;
    const context = canvas.getContext('2d');
    if (!context) return;
    const family = chartFontFamily(lang);
    for (const face of new Set([...textFaces(root), ...chartFaces(chartMode)])) {
      warmQueue(() => {
        context.font = `${face} ${family}`;
        context.measureText(SAMPLE[lang]);
      });
    }
    if (chartMode === 'analyst') drawGlyphs(context, family);
    warmQueue(() => performance.mark(`warm-fonts:${lang}`));
  });
}

/** Forgets which languages were warmed: for tests. */
export function resetWarmedFonts(): void {
  warmed.clear();
}
