import type { EChartsType } from 'echarts/core';
import { FONT_FAMILY } from './theme.ts';

export interface PngCaption {
  title: string;
  bundleTitle: string;
  source: string;
  /** The chart's sentence: an image has no alt text, so it goes in the file's metadata. */
  description?: string;
  /** The language of the texts, for the metadata's language tag. */
  lang?: string;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One iTXt chunk: a keyword and UTF-8 text (tEXt is Latin-1 only, and our text is Chinese too). */
function itxtChunk(keyword: string, text: string, lang: string): Uint8Array {
  const encoder = new TextEncoder();
  const data = [
    ...encoder.encode(keyword),
    0, // end of keyword
    0, // not compressed
    0, // compression method
    ...encoder.encode(lang),
    0, // end of language tag
    0, // no translated keyword
    ...encoder.encode(text),
  ];
  const type = [...encoder.encode('iTXt')];
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(type, 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

/**
 * A PNG with text chunks (Title, Description…) put right after its header chunk, where image
 * viewers and screen-reader-aware tools look for them. Anything not a PNG is returned as it was.
 */
export function withPngText(
  png: Uint8Array<ArrayBuffer>,
  entries: Readonly<Record<string, string>>,
  lang = '',
): Uint8Array<ArrayBuffer> {
  const signature = [137, 80, 78, 71, 13, 10, 26, 10];
  if (png.length < 33 || signature.some((byte, index) => png[index] !== byte)) return png;
  // The signature (8 bytes) and IHDR (4 length + 4 type + 13 data + 4 CRC) come first.
  const afterHeader = 33;
  const chunks = Object.entries(entries)
    .filter(([, text]) => text)
    .map(([keyword, text]) => itxtChunk(keyword, text, lang));
  const size = png.length + chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const out = new Uint8Array(size);
  out.set(png.subarray(0, afterHeader), 0);
  let at = afterHeader;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  out.set(png.subarray(afterHeader), at);
  return out;
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
  const drawn = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
      'image/png',
    ),
  );
  const bytes = withPngText(
    new Uint8Array(await drawn.arrayBuffer()),
    { Title: caption.title, Description: caption.description ?? '', Source: caption.source },
    caption.lang,
  );
  return new Blob([bytes], { type: 'image/png' });
}
