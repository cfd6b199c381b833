import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartInstance } from '../charts/echarts.ts';
import { EChart } from '../charts/echart.tsx';
import { buildBarOption } from '../charts/options/bar-option.ts';
import { buildGaugeOption } from '../charts/options/gauge-option.ts';
import type { ChartMode } from '../charts/theme.ts';
import type { Lang } from '../data/bundle-schema.ts';
import { axisUnitName, formatNumber } from '../lib/format/number.ts';
import type { ResolvedPanel } from '../store/selectors.ts';
import { toChartRows } from './indicator-text.ts';

export interface PanelChartProps {
  panel: ResolvedPanel;
  lang: Lang;
  mode: ChartMode;
  height: number;
  labelWidth: number;
  highlightId?: string;
  pixelScale?: number;
  onItemClick?: (id: string) => void;
  onInstance?: (instance: ChartInstance | null) => void;
}

/** A resolved panel drawn as the chart its data calls for. */
export function PanelChart({
  panel,
  lang,
  mode,
  height,
  labelWidth,
  highlightId,
  pixelScale,
  onItemClick,
  onInstance,
}: PanelChartProps) {
  const { t } = useTranslation();
  const title = panel.title[lang];
  const rows = useMemo(() => toChartRows(panel.indicators, lang), [panel.indicators, lang]);
  const description = t('panel.chartDescription', {
    items: rows.map((row) => `${row.label} ${row.display}`).join(lang === 'zh' ? '；' : '; '),
  });
  const option = useMemo(
    () =>
      panel.chart === 'gauge' || panel.unit === 'percent'
        ? buildGaugeOption({ rows, mode, description, captionWidth: labelWidth })
        : buildBarOption({
            rows,
            mode,
            description,
            labelWidth,
            highlightId,
            axisName: axisUnitName({ unit: panel.unit, lang }),
            formatTick: (value) => formatNumber({ value, lang, unit: panel.unit, style: 'compact' }),
          }),
    [panel.chart, panel.unit, rows, mode, description, labelWidth, highlightId, lang],
  );
  const label =
    panel.chart === 'gauge'
      ? t('panel.gaugeLabel', { title })
      : t('panel.chartLabel', { title, count: rows.length });
  return (
    <EChart
      option={option}
      mode={mode}
      lang={lang}
      label={`${label}. ${description}`}
      height={height}
      pixelScale={pixelScale}
      onItemClick={onItemClick}
      onInstance={onInstance}
      testId={`chart-${panel.id}`}
    />
  );
}
