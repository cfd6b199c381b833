import type { Qualifier, Unit } from '../../data/bundle-format.ts';
import type { Indicator, Lang, Localized } from '../../data/bundle-schema.ts';
import { formatValue, type MeasureWord } from '../../lib/format/number.ts';
import en from '../../i18n/locales/en/common.json';
import zh from '../../i18n/locales/zh/common.json';
import type { ChartRow } from './chart-rows.ts';

/** A chart row with what it counts: the sentence needs to know whether figures may be added. */
export interface DescribedRow extends Pick<ChartRow, 'id' | 'label' | 'value' | 'display'> {
  unit: Unit;
  unitLabel?: Localized;
  /** With the unit `measure`: its measure word (公里 / km), which the figures are written in. */
  measure?: MeasureWord;
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
 * Units whose figures may be added up. People are not: the report counts the same workers under
 * several programmes, so a sum would count them more than once. Rates never add.
 */
const ADDABLE: ReadonlySet<Unit> = new Set([
  'person-time',
  'event',
  'item',
  'organization',
  'yuan',
]);

function sameLabel(a?: Localized, b?: Localized): boolean {
  return a?.zh === b?.zh && a?.en === b?.en;
}

/**
 * The sum of the rows, when the figures count the same thing exactly: one addable unit, one
 * measure word, no "nearly" or "over" (a sum of approximations is a figure nobody wrote), and
 * every figure of the panel shown.
 */
export function panelTotal(rows: readonly DescribedRow[], more = 0): number | undefined {
  const [first] = rows;
  if (!first || rows.length < 2 || more > 0) return undefined;
  const addable = rows.every(
    (row) =>
      ADDABLE.has(row.unit) &&
      row.unit === first.unit &&
      sameLabel(row.unitLabel, first.unitLabel) &&
      row.qualifier === undefined,
  );
  if (!addable) return undefined;
  // Figures are whole or have a few decimals: round away the binary noise of the sum.
  return Number(rows.reduce((sum, row) => sum + row.value, 0).toFixed(6));
}

/**
 * One or two sentences saying what a panel shows: its title, the largest and smallest figure,
 * and the total where adding makes sense. Every figure is the row's own `display`, so the
 * qualifier and the formatting are those on screen.
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
  const total = panelTotal(rows, more);
  if (total !== undefined) {
    const formatted = formatValue({
      value: total,
      unit: top.unit,
      lang,
      unitLabel: top.unitLabel,
      measure: top.measure,
    });
    parts.push(phrase(lang, 'total', { total: formatted }));
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
    unitLabel: indicator.unitLabel,
    ...(indicator.measure ? { measure: indicator.measure } : {}),
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
