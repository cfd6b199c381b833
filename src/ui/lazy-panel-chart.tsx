import { lazy, Suspense } from 'react';
import type { PanelChartProps } from './panel-chart.tsx';

// ECharts is most of the JavaScript: load it after the headline figures are on screen.
const PanelChart = lazy(() => import('./panel-chart.tsx').then((module) => ({ default: module.PanelChart })));

/** A panel's chart, loaded on demand, holding its place while the chart code arrives. */
export function LazyPanelChart(props: PanelChartProps) {
  return (
    <Suspense fallback={<div className="chart-placeholder" style={{ height: props.height }} aria-hidden="true" />}>
      <PanelChart {...props} />
    </Suspense>
  );
}
