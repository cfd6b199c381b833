import { FONT_FAMILY } from './theme.ts';

let context: CanvasRenderingContext2D | null | undefined;

/**
 * The width in pixels of a line of chart text as the browser draws it (the charts' font family),
 * measured on a canvas of its own. Only for pages that draw charts: the option builders estimate
 * where there is no canvas.
 */
export function measureChartText(
  text: string,
  fontSize: number,
  fontWeight: 'normal' | 'bold' = 'normal',
): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return 0;
  context.font = `${fontWeight} ${fontSize}px ${FONT_FAMILY}`;
  return Math.ceil(context.measureText(text).width);
}
