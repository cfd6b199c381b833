import { describe, expect, it } from 'vitest';
import { makeBundle } from '../../../tests/unit/make-bundle.ts';
import { parseCsv } from '../../../tests/unit/parse-csv.ts';
import type { Indicator, Lang } from '../../data/bundle-schema.ts';
import type { Concept } from '../../data/concept-schema.ts';
import { quoteText } from '../../data/quote-match.ts';
import { createI18n } from '../../i18n/index.ts';
import {
  compareRows,
  groupRowsByUnit,
  type CompareRow,
  type LoadedBundle,
  type Norm,
} from '../../store/compare-reports.ts';
import { compareCsv, compareJson, rowText } from './compare-rows-text.ts';

const jobs: Concept = {
  id: 'jobs',
  label: { zh: '城镇新增就业', en: 'New urban jobs' },
  definition: { zh: '当年新增', en: 'Added in the year' },
  unit: 'person',
  kind: 'flow',
};

const figure = (partial: Partial<Indicator> & Pick<Indicator, 'id' | 'value' | 'unit'>) =>
  ({ category: 'work', label: { zh: partial.id, en: partial.id }, ...partial }) as Indicator;

// A province's one-year figure, and a union's five-year total whose quote holds a comma, quotes
// and a line break, as OCR of a printed report may: the CSV must carry it back unchanged.
const province = makeBundle({
  id: 'province',
  title: { zh: '某省政府工作报告', en: 'Province: work report' },
  period: { label: { zh: '2021—2025年', en: '2021–2025' }, start: '2021', end: '2025' },
  source: {
    title: { zh: '某省政府工作报告', en: 'Work report of the province, 2026' },
    url: 'https://example.gov.cn/report.html',
  },
  indicators: [
    figure({
      id: 'jobs-2025',
      label: { zh: '城镇新增就业', en: 'New urban jobs, 2025' },
      value: 757000,
      unit: 'person',
      concept: 'jobs',
      period: { start: '2025', end: '2025' },
      source: { quote: '城镇新增就业75.7万人' },
    }),
  ],
});
const union = makeBundle({
  id: 'union',
  title: { zh: '工会五年工作', en: 'Union: five years of work' },
  source: { title: { zh: '工会工作报告', en: 'Union report' }, text: '/data/texts/union.txt' },
  indicators: [
    figure({
      id: 'stable',
      label: { zh: '稳定就业', en: 'Stable employment' },
      value: 21200,
      unit: 'person',
      cumulative: true,
      source: { quote: ['开展"稳岗", 留工', '实现稳定就业\n2.12万人'] },
    }),
  ],
});
const LOADED: Record<string, LoadedBundle> = {
  province: { bundle: province },
  union: { bundle: union, catalogYears: 5 },
};
const REFS = [
  { bundleId: 'province', indicatorId: 'jobs-2025' },
  { bundleId: 'union', indicatorId: 'stable' },
];

function exportOf(lang: Lang, norm: Norm) {
  const { t } = createI18n(lang);
  const rows = compareRows({ refs: REFS, lookup: (id) => LOADED[id], concepts: [jobs], norm });
  const texts = groupRowsByUnit(rows).flatMap((group) =>
    group.map((row) => ({ row, text: rowText(row, group[0] as CompareRow, norm, lang, t) })),
  );
  const normLabel = t(`compareReports.norm.${norm}`, { denominator: '' });
  const input = { rows: texts, norm, normLabel, lang };
  return { csv: compareCsv(input, t), json: compareJson(input), normLabel };
}

const csvRows = (text: string) => {
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  return parseCsv(text.slice(1));
};

describe('compareCsv', () => {
  it('names the normalisation in the value heading, in English', () => {
    const { csv } = exportOf('en', 'per-year');
    expect(csv.name).toBe('compare-per-year-en.csv');
    expect(csvRows(csv.text)[0]).toEqual([
      'Report',
      'Period',
      'Figure',
      'Value compared: Per year of the stated period',
      'As stated',
      'Qualifier',
      'Note',
      'Differences',
      'Quote',
      'Source',
      'Id',
    ]);
  });

  it('names the normalisation in the value heading, in Chinese', () => {
    const [header] = csvRows(exportOf('zh', 'total').csv.text);
    expect(header?.slice(0, 5)).toEqual([
      '报告',
      '时期',
      '指标',
      '比较值：按原文（总量）',
      '原文数值',
    ]);
  });

  it('carries every figure with its quote, source and id, quotes and line breaks intact', () => {
    const [, ...body] = csvRows(exportOf('en', 'per-year').csv.text);
    expect(body.map((row) => [row[0], row[8], row[9], row[10]])).toEqual([
      [
        'Province: work report',
        '城镇新增就业75.7万人',
        'Work report of the province, 2026 · https://example.gov.cn/report.html',
        'province:jobs-2025',
      ],
      [
        'Union: five years of work',
        quoteText(union.indicators[0]!.source),
        'Union report · /data/texts/union.txt',
        'union:stable',
      ],
    ]);
    expect(body[1]?.[8]).toBe('开展"稳岗", 留工 … 实现稳定就业\n2.12万人');
  });

  it('states each figure’s differences from the first, in the reader’s language', () => {
    const [, ...en] = csvRows(exportOf('en', 'per-year').csv.text);
    expect(en.map((row) => row[7])).toEqual([
      '',
      'Different period: total of 5 years (years not named), against 2025 (one year); ' +
        'Not the same concept as the first figure: compare with care',
    ]);
    const [, ...zh] = csvRows(exportOf('zh', 'per-year').csv.text);
    expect(zh[1]?.[7]).toBe(
      '时期不同：5 年合计（未注明年份），对照 2025年（一年）；与第一个数字概念不同：请谨慎比较',
    );
  });

  it('writes values as the reader reads them: per year, and in 万 in Chinese', () => {
    const [, ...en] = csvRows(exportOf('en', 'per-year').csv.text);
    expect(en.map((row) => [row[1], row[3], row[4]])).toEqual([
      ['2025 (one year)', '757,000 people', '757,000 people'],
      ['total of 5 years (years not named)', '4,240 people', '21,200 people'],
    ]);
    const [, ...zh] = csvRows(exportOf('zh', 'total').csv.text);
    expect(zh.map((row) => row[3])).toEqual(['75.7万人', '2.12万人']);
  });
});

describe('compareJson', () => {
  it('states the normalisation as a code and in words, and each row’s flags and source', () => {
    const { json, normLabel } = exportOf('zh', 'per-year');
    expect(json.name).toBe('compare-per-year-zh.json');
    const data = JSON.parse(json.text) as {
      norm: string;
      normText: string;
      lang: string;
      rows: {
        bundle: string;
        indicator: string;
        value: number;
        flags: string[];
        text: { flags: string[] };
        source: { quote: unknown; title: { zh: string } };
      }[];
    };
    expect([data.norm, data.normText, data.lang]).toEqual(['per-year', normLabel, 'zh']);
    expect(normLabel).toBe('按所述时期的年均');
    expect(data.rows.map((row) => [row.bundle, row.indicator, row.value, row.flags])).toEqual([
      ['province', 'jobs-2025', 757000, []],
      ['union', 'stable', 4240, ['periodDiffers', 'definitionDiffers']],
    ]);
    expect(data.rows[1]?.text.flags[0]).toMatch(/^时期不同/);
    expect(data.rows[1]?.source.quote).toEqual(union.indicators[0]!.source.quote);
    expect(data.rows[0]?.source.title.zh).toBe('某省政府工作报告');
  });
});
