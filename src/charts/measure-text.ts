import { FONT_FAMILY } from './theme.ts';

let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;

/** A 2D context to measure with: a canvas of the page's, or an offscreen one in a worker. */
function measuringContext() {
  if (typeof document !== 'undefined') return document.createElement('canvas').getContext('2d');
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(1, 1).getContext('2d');
  return null;
}

/**
 * The width in pixels of a line of chart text as the browser draws it (the charts' font family),
 * measured on a canvas of its own (an offscreen one in a worker, which has the same fonts). Only
 * for pages that draw charts: the option builders estimate where there is no canvas.
 */
export function measureChartText(
  text: string,
  fontSize: number,
  fontWeight: 'normal' | 'bold' = 'normal',
  fontFamily: string = FONT_FAMILY,
): number {
  context ??= measuringContext();
  if (!context) return 0;
  context.font = `${fontWeight} ${fontSize}px ${fontFamily}`;
  return Math.ceil(context.measureText(text).width);
}
