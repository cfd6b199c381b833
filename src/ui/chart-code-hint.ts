/** The `<meta>` in which the build names the chart code's file (vite.config.ts). */
export const CHART_CODE_META = 'chart-code';

let hinted = false;

/**
 * Fetches and compiles the chart code without running it, where the build named its file: the
 * first chart then only runs it. Nothing happens in development, where there is no such file.
 */
export function prefetchChartCode(): void {
  if (hinted) return;
  hinted = true;
  const href = document.querySelector<HTMLMetaElement>(`meta[name="${CHART_CODE_META}"]`)?.content;
  if (!href) return;
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = href;
  document.head.append(link);
}
