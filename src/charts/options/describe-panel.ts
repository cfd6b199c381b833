import type { Qualifier, Unit } from '../../data/bundle-format.ts';
import type { Indicator, Lang } from '../../data/bundle-schema.ts';
import { formatValue } from '../../lib/format/number.ts';
import en from '../../i18n/locales/en/common.json';
import zh from '../../i18n/locales/zh/common.json';
import type { ChartRow } from './chart-rows.ts';

/** A chart row with what it counts: rates are said as highest and lowest, not most and least. */
export interface DescribedRow extends Pick<ChartRow, 'id' | 'label' | 'value' | 'display'> {
  unit: Unit;
  /** "nearly", "over": already in `display`, which is what the sentence says. */
  qualifier?: Qualifier;
}

// The phrases live in the locale files with the app's other words; read here directly, as the
// number formatting does, so the sentence is pure and the same in a chart, a PNG and on paper.
const PHRASES = { zh: zh.describe, en: en.describe } satisfies Record<Lang, typeof zh.describe>;
type Phrase = keyof typeof zh.describe;

function phrase(lang: Lang, key: Phrase, values: Record<string, string | number> = {}): string {
  return PHRASES[lang][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    String(values[name] ?? ''),
  );
}

/**
 * One or two sentences saying what a panel shows: its title, the largest and smallest figure.
 * Every figure is the row's own `display`, so the qualifier and the formatting are those on
 * screen. No total: a panel gathers figures by their unit, and the sum of officers trained and
 * disputes settled, or of funds spent and wages recovered, is a figure no report wrote.
 */
export function describePanel({
  title,
  rows,
  lang,
  more = 0,
}: {
  title: string;
  rows: readonly DescribedRow[];
  lang: Lang;
  /** Figures of the panel left out of the chart. */
  more?: number;
}): string {
  const sorted = [...rows].sort((a, b) => b.value - a.value);
  const top = sorted[0];
  const bottom = sorted[sorted.length - 1];
  if (!top || !bottom) return title;
  const tail = more > 0 ? phrase(lang, 'more', { count: more }) : '';
  const glue = lang === 'zh' ? '' : ' ';
  if (sorted.length === 1) {
    return [phrase(lang, 'one', { title, label: top.label, value: top.display }), tail]
      .filter(Boolean)
      .join(glue);
  }
  const parts = [phrase(lang, 'many', { title, count: sorted.length })];
  if (sorted.every((row) => row.display === top.display)) {
    parts.push(phrase(lang, 'equal', { value: top.display }));
  } else {
    const rate = top.unit === 'percent';
    parts.push(
      phrase(lang, rate ? 'highest' : 'most', { label: top.label, value: top.display }) +
        phrase(lang, 'pairJoin') +
        phrase(lang, rate ? 'lowest' : 'least', { label: bottom.label, value: bottom.display }) +
        phrase(lang, 'end'),
    );
  }
  if (tail) parts.push(tail);
  return parts.join(glue);
}

/** Rows to describe for a panel's indicators, figures in the full form the desk shows. */
export function describedRows(indicators: readonly Indicator[], lang: Lang): DescribedRow[] {
  return indicators.map((indicator) => ({
    id: indicator.id,
    label: indicator.label[lang],
    value: indicator.value,
    display: formatValue({
      value: indicator.value,
      unit: indicator.unit,
      lang,
      qualifier: indicator.qualifier,
      unitLabel: indicator.unitLabel,
      measure: indicator.measure,
    }),
    unit: indicator.unit,
    qualifier: indicator.qualifier,
  }));
}

/** The sentence for a panel of indicators, as the desk, the wall, a PNG and the print view say it. */
export function describeIndicators({
  title,
  indicators,
  lang,
  more = 0,
}: {
  title: string;
  indicators: readonly Indicator[];
  lang: Lang;
  more?: number;
}): string {
  return describePanel({ title, rows: describedRows(indicators, lang), lang, more });
}
