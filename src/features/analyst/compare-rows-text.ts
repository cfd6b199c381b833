import type { TFunction } from 'i18next';
import type { Indicator, Lang } from '../../data/bundle-schema.ts';
import { quoteText } from '../../data/quote-match.ts';
import type { CompareRow, FigurePeriod, Norm } from '../../store/compare-reports.ts';
import { displayValue } from '../../ui/indicator-text.ts';
import { csvField, type ExportFile } from './export-data.ts';

/** A normalised figure rounded as people read it: whole numbers, one decimal below 100. */
export function roundShown(value: number): number {
  return Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
}

/** The years a figure covers, in words: "2021–2025, total of 5 years", "2025 (one year)". */
export function periodText(period: FigurePeriod, t: TFunction): string {
  if (period.kind === 'point') return t('compareReports.period.point');
  if (period.kind === 'unknown') return t('compareReports.period.unknown');
  if (!period.start || !period.end)
    return t('compareReports.period.yearsOnly', { count: period.years });
  if (period.years === 1) return t('compareReports.period.oneYear', { year: period.start });
  return t('compareReports.period.span', {
    start: period.start,
    end: period.end,
    count: period.years,
  });
}

/** One row of the comparison as the table, the CSV and the JSON say it, in one language. */
export interface RowText {
  report: string;
  period: string;
  figure: string;
  value: string;
  asStated: string;
  qualifier: string;
  note: string;
  flags: string[];
  quote: string;
  source: string;
}

/** The words of every row; `first` is the first row of its unit, which flags are read against. */
export function rowText(
  row: CompareRow,
  first: CompareRow,
  norm: Norm,
  lang: Lang,
  t: TFunction,
): RowText {
  const shown: Indicator = { ...row.indicator, value: roundShown(row.value ?? 0) };
  const { bundle, indicator } = row;
  const flags = row.flags.map((flag) =>
    t(`compareReports.flag.${flag}`, {
      period: periodText(row.period, t),
      first: periodText(first.period, t),
      concept: indicator.concept ?? '',
    }),
  );
  return {
    report: bundle.title[lang],
    period: periodText(row.period, t),
    figure: indicator.label[lang],
    value: row.value === undefined ? '—' : displayValue(shown, lang),
    asStated: displayValue(indicator, lang),
    qualifier: indicator.qualifier ? t(`qualifier.${indicator.qualifier}`) : '',
    note: row.note
      ? t(`compareReports.note.${row.note}`, { norm: t(`compareReports.norm.${norm}`) })
      : '',
    flags,
    quote: quoteText(indicator.source),
    source: [bundle.source.title[lang], bundle.source.url ?? bundle.source.text ?? '']
      .filter(Boolean)
      .join(' · '),
  };
}

/** A row of the comparison with its words, as the table and the exports take it. */
export interface ComparedRow {
  row: CompareRow;
  text: RowText;
}

/** What an export of the comparison needs: its rows, and the normalisation as code and words. */
export interface CompareExport {
  rows: readonly ComparedRow[];
  norm: Norm;
  /** The normalisation as the reader chose it, in words: "Per 10,000 members". */
  normLabel: string;
  lang: Lang;
}

/**
 * The comparison as CSV (UTF-8 with a byte-order mark, CRLF): every row with its differences,
 * quote and source; the value column's heading says the normalisation, so a file that travels
 * alone still says what its numbers are.
 */
export function compareCsv(
  { rows, norm, normLabel, lang }: CompareExport,
  t: TFunction,
): ExportFile {
  const header = [
    t('compareReports.csv.report'),
    t('compareReports.csv.period'),
    t('compareReports.csv.figure'),
    t('compareReports.csv.valueAs', { norm: normLabel }),
    ...(['asStated', 'qualifier', 'note', 'flags', 'quote', 'source', 'id'] as const).map((key) =>
      t(`compareReports.csv.${key}`),
    ),
  ];
  const lines = [
    header,
    ...rows.map(({ row, text }) => [
      text.report,
      text.period,
      text.figure,
      text.value,
      text.asStated,
      text.qualifier,
      text.note,
      text.flags.join(lang === 'zh' ? '；' : '; '),
      text.quote,
      text.source,
      `${row.ref.bundleId}:${row.ref.indicatorId}`,
    ]),
  ];
  return {
    name: `compare-${norm}-${lang}.csv`,
    type: 'text/csv;charset=utf-8',
    text: `\uFEFF${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`,
  };
}

/** The comparison as JSON: the bundles' own codes and values, with each row's words and source. */
export function compareJson({ rows, norm, normLabel, lang }: CompareExport): ExportFile {
  const data = {
    norm,
    normText: normLabel,
    lang,
    rows: rows.map(({ row, text }) => ({
      bundle: row.ref.bundleId,
      indicator: row.ref.indicatorId,
      concept: row.indicator.concept ?? null,
      kind: row.kind,
      period: row.period,
      value: row.value ?? null,
      stated: {
        value: row.indicator.value,
        unit: row.indicator.unit,
        qualifier: row.indicator.qualifier ?? null,
      },
      note: row.note ?? null,
      flags: row.flags,
      text,
      source: { quote: row.indicator.source.quote, ...row.bundle.source },
    })),
  };
  return {
    name: `compare-${norm}-${lang}.json`,
    type: 'application/json',
    text: JSON.stringify(data, null, 2),
  };
}
