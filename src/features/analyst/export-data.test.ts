import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../mock/fixtures.ts';
import { makeBundle } from '../../../tests/unit/make-bundle.ts';
import type { Indicator, Lang } from '../../data/bundle-schema.ts';
import { validateBundle } from '../../data/validate-bundle.ts';
import { createI18n } from '../../i18n/index.ts';
import { csvExport, csvField, indicatorsToCsv, jsonExport, subsetBundle } from './export-data.ts';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', `"'+1"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tcmd', `"'\tcmd"`],
    ['中文', '中文'],
  ])('quotes %j per RFC 4180 and defuses formulas', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it('leaves numbers alone', () => {
    expect(csvField(104000000)).toBe('104000000');
  });
});

describe('indicatorsToCsv', () => {
  it('starts with a BOM, ends lines with CRLF and keeps Chinese intact', () => {
    const bundle = makeBundle();
    const csv = indicatorsToCsv({
      indicators: bundle.indicators.slice(0, 2),
      bundle,
      lang: 'zh',
      headers: {
        id: 'id',
        label: '指标',
        category: '类别',
        value: '数值',
        unit: '单位',
        display: '显示',
        qualifier: '限定',
        quote: '引文',
      },
      display: (indicator) => `${indicator.value}人`,
      qualifier: (qualifier) =>
        ({ nearly: '近', over: '超', about: '约', 'at-most': '不超过' })[qualifier],
    });
    expect(csv.startsWith('\uFEFFid,指标,类别')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(csv).toContain('trained,培养技能人才,工作,525800,人,525800人,,引文 525800');
  });

  it("writes the unit and qualifier in the reader's language, as the screen does", () => {
    const bundle = makeBundle();
    const funds = { ...bundle.indicators[2]!, qualifier: 'nearly' as const };
    const csv = (lang: 'zh' | 'en') =>
      indicatorsToCsv({
        indicators: [funds],
        bundle,
        lang,
        headers: {
          id: 'id',
          label: 'l',
          category: 'c',
          value: 'v',
          unit: 'u',
          display: 'd',
          qualifier: 'q',
          quote: 's',
        },
        display: () => 'shown',
        qualifier: (qualifier) => `${lang}:${qualifier}`,
      }).split('\r\n')[1];
    expect(csv('zh')).toContain(',104000000,元,shown,zh:nearly,');
    expect(csv('en')).toContain(',104000000,yuan,shown,en:nearly,');
  });
  it('joins the pieces of a quote split across columns with " … "', () => {
    const bundle = makeBundle();
    const pieced = {
      ...bundle.indicators[0]!,
      source: { quote: ['对 1163', '家用人单位开展劳动法律监督'], order: 'as-read' as const },
    };
    const row = indicatorsToCsv({
      indicators: [pieced],
      bundle,
      lang: 'zh',
      headers: {
        id: 'id',
        label: 'l',
        category: 'c',
        value: 'v',
        unit: 'u',
        display: 'd',
        qualifier: 'q',
        quote: 's',
      },
      display: () => 'shown',
      qualifier: () => '',
    }).split('\r\n')[1];
    expect(row?.endsWith(',对 1163 … 家用人单位开展劳动法律监督')).toBe(true);
  });
});

/** The rows of a CSV without its byte-order mark, split as a spreadsheet would (no quoted CRLF here). */
const rowsOf = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .slice(0, -1);

describe('csvExport', () => {
  const bundle = makeBundle();
  const exportIn = (lang: Lang, indicators: readonly Indicator[] = bundle.indicators) =>
    csvExport({ indicators, bundle, lang, t: createI18n(lang).t });

  it('names the file after the bundle and the language, as CSV in UTF-8', () => {
    const file = exportIn('en');
    expect(file.name).toBe('test-bundle-en.csv');
    expect(file.type).toBe('text/csv;charset=utf-8');
    expect(exportIn('zh').name).toBe('test-bundle-zh.csv');
  });

  it("heads the columns in the reader's language, one row per indicator", () => {
    expect(rowsOf(exportIn('en').text)[0]).toBe(
      'ID,Indicator,Category,Value,Unit,Figure,Qualifier,Source quote (Chinese)',
    );
    expect(rowsOf(exportIn('zh').text)[0]).toBe('编号,指标,类别,数值,单位,显示值,限定,原文引文');
    expect(rowsOf(exportIn('zh').text)).toHaveLength(bundle.indicators.length + 1);
  });

  it('writes label, category, unit, figure and qualifier as the screen shows them', () => {
    const funds = { ...bundle.indicators[2]!, qualifier: 'nearly' as const };
    expect(rowsOf(exportIn('zh', [funds]).text)[1]).toBe(
      'aid-funds,指标aid-funds,工作,104000000,元,近1.04亿元,近,引文 104000000',
    );
    expect(rowsOf(exportIn('en', [funds]).text)[1]).toBe(
      'aid-funds,Indicator aid-funds,Work,104000000,yuan,nearly ¥104 million,nearly,引文 104000000',
    );
  });

  it('writes the measure word of a figure in a measure, in both languages', () => {
    const kw = { id: 'kw', label: { zh: '千瓦', en: 'kW' } };
    const solar: Indicator = {
      ...bundle.indicators[0]!,
      value: 12000,
      unit: 'measure',
      measure: kw,
    };
    expect(rowsOf(exportIn('zh', [solar]).text)[1]).toBe(
      'trained,培养技能人才,工作,12000,千瓦,1.2万千瓦,,引文 525800',
    );
    expect(rowsOf(exportIn('en', [solar]).text)[1]).toBe(
      'trained,Skilled workers trained,Work,12000,kW,"12,000 kW",,引文 525800',
    );
  });

  it('quotes commas, quotes and line breaks, and defuses cells a spreadsheet would run', () => {
    const hostile: Indicator = {
      ...bundle.indicators[0]!,
      label: { zh: '甲,乙', en: 'say "hi"' },
      source: { quote: '=HYPERLINK("http://x")\nsecond line' },
    };
    const csv = exportIn('en', [hostile]).text;
    expect(csv).toContain(',"say ""hi""",');
    expect(csv).toContain(`,"'=HYPERLINK(""http://x"")\nsecond line"\r\n`);
    expect(exportIn('zh', [hostile]).text).toContain(',"甲,乙",');
  });
});

describe('jsonExport', () => {
  it('is a valid bundle of the chosen indicators, named after the bundle', () => {
    const bundle = makeBundle();
    const file = jsonExport({ indicators: bundle.indicators.slice(0, 2), bundle });
    expect(file.name).toBe('test-bundle-subset.json');
    expect(file.type).toBe('application/json');
    const parsed = validateBundle(JSON.parse(file.text));
    expect(parsed.ok && parsed.bundle.indicators.map((indicator) => indicator.id)).toEqual([
      'trained',
      'aided',
    ]);
  });
});

describe('jsonExport of measures', () => {
  it("keeps each figure's measure, so the subset loads as the same figures", () => {
    const loaded = validateBundle(loadFixture('valid-measures'));
    if (!loaded.ok) throw new Error('the measures fixture should load');
    const { indicators } = loaded.bundle;
    const file = jsonExport({ indicators: indicators.slice(0, 3), bundle: loaded.bundle });
    const parsed = validateBundle(JSON.parse(file.text));
    expect(parsed.ok && parsed.bundle.indicators.map((indicator) => indicator.measure?.id)).toEqual(
      ['km', 'km', 'kw'],
    );
  });
});

describe('subsetBundle', () => {
  it('is a valid bundle of just the chosen indicators', () => {
    const bundle = makeBundle({
      headline: ['trained', 'arrears'],
      panels: [
        {
          id: 'people',
          title: { zh: '人', en: 'People' },
          chart: 'bar',
          indicators: ['trained', 'aided'],
        },
        { id: 'money', title: { zh: '钱', en: 'Money' }, chart: 'bar', indicators: ['aid-funds'] },
      ],
    });
    const subset = subsetBundle(
      bundle,
      bundle.indicators.filter((indicator) => indicator.category === 'rights'),
    );
    expect(validateBundle(subset).ok).toBe(true);
    expect(subset.categories.map((category) => category.id)).toEqual(['rights']);
    expect(subset.headline).toEqual(['arrears']);
    expect(subset.panels).toBeUndefined();
  });
});
