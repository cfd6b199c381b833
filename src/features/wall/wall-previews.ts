// The wall's first-page charts drawn as SVG by a worker (wall-preview.worker.ts) while the app's
// code loads: shown in the first screen and kept in the live wall's chart boxes until each live
// chart has drawn. Tiny and free of heavy imports: the page's first script (src/app/boot.ts) uses it.
import type { Lang } from '../../data/bundle-schema.ts';

/** What the worker is asked to draw: the bundle's bytes, as checked, and the boxes to fill. */
export interface PreviewRequest {
  bytes: ArrayBuffer;
  lang: Lang;
  boxes: PreviewBox[];
}

/** A chart box of the first page: its panel, and its size in design pixels. */
export interface PreviewBox {
  panelId: string;
  width: number;
  height: number;
  labelLines: number;
  /** The featured panel: its first bar drawn in emphasis, as the live wall holds it. */
  featured: boolean;
}

/** One chart drawn, or the reason none could be (the live chart then draws as before). */
export type PreviewReply =
  { panelId: string; key: string; svg: string } | { panelId: string; failed: string };

/** The figures a chart shows, as one string: a preview is shown only for the same figures. */
export function previewKey(
  panel: {
    id: string;
    indicators: readonly { id: string; value: number; label: { zh: string; en: string } }[];
  },
  lang: Lang,
  width: number,
): string {
  const figures = panel.indicators.map(
    (indicator) => `${indicator.id}=${indicator.value}:${indicator.label[lang]}`,
  );
  return `${lang}|${width}|${panel.id}|${figures.join(',')}`;
}

const previews = new Map<string, string>();
const listeners = new Set<() => void>();

/** Keeps a drawn preview for the live wall. */
export function keepPreview(key: string, svg: string): void {
  previews.set(key, svg);
  listeners.forEach((listener) => listener());
}

/** The preview drawn for `key`, if any. */
export function previewFor(key: string): string | undefined {
  return previews.get(key);
}

/** Calls `listener` when a preview arrives; returns the way to stop. */
export function onPreview(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
