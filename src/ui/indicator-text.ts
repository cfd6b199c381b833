import type { Indicator, Lang } from '../data/bundle-schema.ts';
import { formatExact, formatValue, type NumberStyle } from '../lib/format/number.ts';
import type { ChartRow } from '../charts/options/chart-rows.ts';

/** An indicator's figure as the reader reads it: "52.58万人" / "525,800 people". */
export function displayValue(
  indicator: Indicator,
  lang: Lang,
  style: NumberStyle = 'full',
): string {
  return formatValue({
    value: indicator.value,
    unit: indicator.unit,
    lang,
    qualifier: indicator.qualifier,
    unitLabel: indicator.unitLabel,
    measure: indicator.measure,
    style,
  });
}

/** Chart rows for a set of indicators, labels and figures in one language. */
export function toChartRows(
  indicators: readonly Indicator[],
  lang: Lang,
  style: NumberStyle = 'full',
): ChartRow[] {
  return indicators.map((indicator) => ({
    id: indicator.id,
    label: indicator.label[lang],
    value: indicator.value,
    display: displayValue(indicator, lang, style),
    exact: formatExact({ value: indicator.value, lang }),
  }));
}
