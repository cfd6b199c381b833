import { lazy, Suspense } from 'react';
import type { PanelChartProps } from './panel-chart.tsx';
import { useNearViewport } from './use-near-viewport.ts';

// ECharts is most of the JavaScript: load it after the headline figures are on screen.
const PanelChart = lazy(() =>
  import('./panel-chart.tsx').then((module) => ({ default: module.PanelChart })),
);

/**
 * A panel's chart, loaded on demand, holding its place while the chart code arrives. With
 * `deferUntilNear` the chart is drawn only when its card comes near the screen, so the charts a
 * reader sees first finish sooner and a filter or language switch redraws only those.
 */
export function LazyPanelChart({
  deferUntilNear = false,
  ...props
}: PanelChartProps & { deferUntilNear?: boolean }) {
  const [ref, near] = useNearViewport<HTMLDivElement>(deferUntilNear);
  const placeholder = (
    <div
      ref={near ? undefined : ref}
      className="chart-placeholder"
      style={{ height: props.height }}
      aria-hidden="true"
    />
  );
  if (!near) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <PanelChart {...props} />
    </Suspense>
  );
}
