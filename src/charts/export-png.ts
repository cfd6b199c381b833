import type { EChartsType } from 'echarts/core';
import { FONT_FAMILY } from './theme.ts';

export interface PngCaption {
  title: string;
  bundleTitle: string;
  source: string;
}

function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of Array.from(text)) {
    if (context.measureText(line + char).width > width && line) {
      lines.push(line);
      line = char.trimStart();
    } else {
      line += char;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Draws a chart to a PNG with its title, the bundle title and the source line in the image. */
export async function chartToPng(chart: EChartsType, caption: PngCaption): Promise<Blob> {
  const ratio = 2;
  const chartUrl = chart.getDataURL({ type: 'png', pixelRatio: ratio, backgroundColor: '#ffffff' });
  const image = new Image();
  image.src = chartUrl;
  await image.decode();
  const padding = 24 * ratio;
  const width = image.width + padding * 2;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.font = `${12 * ratio}px ${FONT_FAMILY}`;
  const sourceLines = wrap(context, caption.source, width - padding * 2);
  const header = 64 * ratio;
  const footer = (sourceLines.length * 18 + 16) * ratio;
  canvas.width = width;
  canvas.height = header + image.height + footer;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#1d2433';
  context.font = `bold ${18 * ratio}px ${FONT_FAMILY}`;
  context.fillText(caption.title, padding, 30 * ratio);
  context.fillStyle = '#4a5468';
  context.font = `${13 * ratio}px ${FONT_FAMILY}`;
  context.fillText(caption.bundleTitle, padding, 52 * ratio);
  context.drawImage(image, padding, header);
  context.font = `${12 * ratio}px ${FONT_FAMILY}`;
  sourceLines.forEach((line, index) => {
    context.fillText(line, padding, header + image.height + (index + 1) * 18 * ratio);
  });
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
      'image/png',
    ),
  );
}
