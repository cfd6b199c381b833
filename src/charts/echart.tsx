import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import EChartsReactCore from 'echarts-for-react/esm/core';
import type { EChartsType } from 'echarts/core';
import { echarts, type ChartOption } from './echarts.ts';
import type { ChartMode } from './theme.ts';

export interface EChartProps {
  option: ChartOption;
  mode: ChartMode;
  lang: 'zh' | 'en';
  /** Accessible name of the chart (the canvas itself says nothing). */
  label: string;
  height: number | string;
  /** Multiplies the device pixel ratio, so a scaled-up wall stays crisp. */
  pixelScale?: number;
  /** Called with the id of the data item clicked. */
  onItemClick?: (id: string) => void;
  /** Hands the live instance out, e.g. for PNG export or the wall's tour. */
  onInstance?: (instance: EChartsType | null) => void;
  testId?: string;
}

/**
 * The one component that renders ECharts. Language and theme are fixed at init, so a change of
 * either re-creates the chart; options replace rather than merge, so filtered-out series vanish.
 */
export function EChart({
  option,
  mode,
  lang,
  label,
  height,
  pixelScale = 1,
  onItemClick,
  onInstance,
  testId,
}: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const opts = useMemo(
    () => ({
      locale: lang === 'zh' ? 'ZH' : 'EN',
      renderer: 'canvas' as const,
      devicePixelRatio: (typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1) * pixelScale,
    }),
    [lang, pixelScale],
  );
  const onEvents = useMemo(
    () => ({
      click: (params: { data?: { id?: string }; seriesId?: string }) => {
        const id = params.data?.id ?? params.seriesId;
        if (id && onItemClick) onItemClick(id);
      },
      finished: () => {
        container.current?.setAttribute('data-chart-finished', 'true');
      },
    }),
    [onItemClick],
  );
  // A new option or a re-created chart has not drawn yet: tests and benchmarks wait for `finished`.
  useLayoutEffect(() => {
    container.current?.removeAttribute('data-chart-finished');
  }, [option, opts]);
  const handleReady = useCallback(
    (instance: EChartsType) => {
      onInstance?.(instance);
    },
    [onInstance],
  );
  return (
    <div
      ref={container}
      className="echart"
      role="img"
      aria-label={label}
      data-testid={testId}
      data-chart-mode={mode}
    >
      <EChartsReactCore
        echarts={echarts}
        option={option}
        notMerge
        lazyUpdate={false}
        theme={mode}
        opts={opts}
        onEvents={onEvents}
        onChartReady={handleReady}
        style={{ height, width: '100%' }}
      />
    </div>
  );
}
