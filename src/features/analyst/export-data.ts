import type { TFunction } from 'i18next';
import type { Qualifier } from '../../data/bundle-format.ts';
import type { Bundle, Indicator, Lang } from '../../data/bundle-schema.ts';
import { quoteText } from '../../data/quote-match.ts';
import { unitWord } from '../../lib/format/number.ts';
import { displayValue } from '../../ui/indicator-text.ts';

/** Quotes one CSV field per RFC 4180: wrapped in quotes when needed, quotes doubled. */
export function csvField(value: string | number): string {
  const text = String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet: make it plain text.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value !== 'number' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface CsvColumns {
  id: string;
  label: string;
  category: string;
  value: string;
  unit: string;
  display: string;
  qualifier: string;
  quote: string;
}

/**
 * CSV that Excel opens with Chinese intact: UTF-8 with a byte-order mark, CRLF line ends. Every
 * text is in the reader's language, as on the screen (unit 元, qualifier 近); the id and the value
 * in base units are there for machines, and the JSON export keeps the bundle's own codes.
 */
export function indicatorsToCsv({
  indicators,
  bundle,
  lang,
  headers,
  display,
  qualifier,
}: {
  indicators: readonly Indicator[];
  bundle: Bundle;
  lang: Lang;
  headers: CsvColumns;
  display: (indicator: Indicator) => string;
  /** The qualifier's word in `lang`: 近 / nearly. */
  qualifier: (qualifier: Qualifier) => string;
}): string {
  const categories = new Map(
    bundle.categories.map((category) => [category.id, category.label[lang]]),
  );
  const rows = [
    [
      headers.id,
      headers.label,
      headers.category,
      headers.value,
      headers.unit,
      headers.display,
      headers.qualifier,
      headers.quote,
    ],
    ...indicators.map((indicator) => [
      indicator.id,
      indicator.label[lang],
      categories.get(indicator.category) ?? indicator.category,
      indicator.value,
      unitWord({
        unit: indicator.unit,
        lang,
        unitLabel: indicator.unitLabel,
        measure: indicator.measure,
      }),
      display(indicator),
      indicator.qualifier ? qualifier(indicator.qualifier) : '',
      quoteText(indicator.source),
    ]),
  ];
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** A file the reader downloads: its name, media type and text. */
export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

/** The desk's CSV export of `indicators`: headers, figures, unit and qualifier in `lang`. */
export function csvExport({
  indicators,
  bundle,
  lang,
  t,
}: {
  indicators: readonly Indicator[];
  bundle: Bundle;
  lang: Lang;
  /** The app's strings in `lang`. */
  t: TFunction;
}): ExportFile {
  const text = indicatorsToCsv({
    indicators,
    bundle,
    lang,
    headers: {
      id: t('export.csvHeader.id'),
      label: t('export.csvHeader.label'),
      category: t('export.csvHeader.category'),
      value: t('export.csvHeader.value'),
      unit: t('export.csvHeader.unit'),
      display: t('export.csvHeader.display'),
      qualifier: t('export.csvHeader.qualifier'),
      quote: t('export.csvHeader.quote'),
    },
    display: (indicator) => displayValue(indicator, lang),
    qualifier: (qualifier) => t(`qualifier.${qualifier}`),
  });
  return { name: `${bundle.id}-${lang}.csv`, type: 'text/csv;charset=utf-8', text };
}

/** The desk's JSON export: a valid bundle of just `indicators`, for another dashboard or tool. */
export function jsonExport({
  indicators,
  bundle,
}: {
  indicators: readonly Indicator[];
  bundle: Bundle;
}): ExportFile {
  return {
    name: `${bundle.id}-subset.json`,
    type: 'application/json',
    text: JSON.stringify(subsetBundle(bundle, indicators), null, 2),
  };
}

/** A valid bundle holding just the chosen indicators, with the references they still need. */
export function subsetBundle(bundle: Bundle, indicators: readonly Indicator[]): Bundle {
  const ids = new Set(indicators.map((indicator) => indicator.id));
  const categoryIds = new Set(indicators.map((indicator) => indicator.category));
  const themeIds = new Set(indicators.flatMap((indicator) => indicator.themes ?? []));
  const panels = bundle.panels
    ?.map((panel) => ({ ...panel, indicators: panel.indicators.filter((id) => ids.has(id)) }))
    .filter((panel) => panel.indicators.length > 0);
  const headline = bundle.headline?.filter((id) => ids.has(id));
  const subset: Bundle = {
    ...bundle,
    categories: bundle.categories.filter((category) => categoryIds.has(category.id)),
    themes: bundle.themes?.filter((theme) => themeIds.has(theme.id)),
    indicators: [...indicators],
    panels: panels?.length ? panels : undefined,
    headline: headline?.length ? headline : undefined,
  };
  return subset;
}
