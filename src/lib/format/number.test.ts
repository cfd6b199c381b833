import { describe, expect, it } from 'vitest';
import type { Qualifier, Unit } from '../../data/bundle-format.ts';
import type { Localized } from '../../data/bundle-schema.ts';
import {
  axisTickFormat,
  axisUnitName,
  formatExact,
  formatNumber,
  formatValue,
  formatValueParts,
  unitWord,
} from './number.ts';

interface Input {
  value: number;
  unit: Unit;
  qualifier?: Qualifier;
  unitLabel?: Localized;
  measure?: { id: string; label: Localized };
}

const km = { id: 'km', label: { zh: '公里', en: 'km' } };
const kw = { id: 'kw', label: { zh: '千瓦', en: 'kW' } };
const households = { id: 'household', label: { zh: '户', en: 'households' } };
const points = { id: 'percentage-point', label: { zh: '个百分点', en: 'percentage points' } };
const multiple = { id: 'multiple', label: { zh: '倍', en: 'times' } };

const cases = { zh: '件', en: 'cases' };
const sessions = { zh: '场', en: 'sessions' };
const sessionTimes = { zh: '场次', en: 'sessions' };
const awards = { zh: '项', en: 'awards' };
const classes = { zh: '期', en: 'classes' };
const orgVisits = { zh: '家次', en: 'organisation visits' };
const personTimes = { zh: '人次', en: 'person-times' };

// [name, input, Chinese, English] — figures from the report unless marked as an edge case.
const TABLE: [string, Input, string, string][] = [
  ['skilled workers trained', { value: 525800, unit: 'person' }, '52.58万人', '525,800 people'],
  ['high-skill workers', { value: 121400, unit: 'person' }, '12.14万人', '121,400 people'],
  [
    'special campaigns',
    { value: 728, unit: 'event', unitLabel: sessionTimes },
    '728场次',
    '728 sessions',
  ],
  ['technical problems solved', { value: 390, unit: 'item' }, '390个', '390 items'],
  ['results applied', { value: 110, unit: 'item' }, '110个', '110 items'],
  ['model workers', { value: 153, unit: 'person' }, '153人', '153 people'],
  ['May Day Labour Medals', { value: 332, unit: 'item' }, '332个', '332 items'],
  ["Workers' Pioneer titles", { value: 172, unit: 'item' }, '172个', '172 items'],
  ['provincial craftsmen', { value: 24, unit: 'person' }, '24人', '24 people'],
  ['Huainan craftsmen', { value: 30, unit: 'person' }, '30人', '30 people'],
  ['petitions', { value: 613, unit: 'item', unitLabel: cases }, '613件', '613 cases'],
  ['reply rate', { value: 100, unit: 'percent' }, '100%', '100%'],
  [
    'bargaining: enterprises',
    { value: 4145, unit: 'organization' },
    '4145家',
    '4,145 organisations',
  ],
  ['bargaining: workers', { value: 253000, unit: 'person' }, '25.3万人', '253,000 people'],
  [
    'labour-law supervision',
    { value: 1163, unit: 'organization' },
    '1163家',
    '1,163 organisations',
  ],
  [
    'legal service events',
    { value: 732, unit: 'event', unitLabel: sessions },
    '732场',
    '732 sessions',
  ],
  ['legal services: workers', { value: 446000, unit: 'person' }, '44.6万人', '446,000 people'],
  ['workers owed wages', { value: 8028, unit: 'person' }, '8028人', '8,028 people'],
  ['wage arrears recovered', { value: 14261000, unit: 'yuan' }, '1426.1万元', '¥14.26 million'],
  ['"Four Seasons" funds', { value: 104000000, unit: 'yuan' }, '1.04亿元', '¥104 million'],
  ["a province's output", { value: 5.3e12, unit: 'yuan' }, '5.3万亿元', '¥5.3 trillion'],
  [
    'deposits past a threshold',
    { value: 9e12, unit: 'yuan', qualifier: 'over' },
    '超9万亿元',
    'over ¥9 trillion',
  ],
  ['a figure just under 1万亿', { value: 999_999_999_000, unit: 'yuan' }, '1万亿元', '¥1 trillion'],
  ['"Four Seasons" workers', { value: 435000, unit: 'person' }, '43.5万人', '435,000 people'],
  ['mutual-aid coverage', { value: 474800, unit: 'person' }, '47.48万人', '474,800 people'],
  [
    'mutual-aid subsidies',
    { value: 28000000, unit: 'yuan', qualifier: 'nearly' },
    '近2800万元',
    'nearly ¥28 million',
  ],
  ['recuperation', { value: 21000, unit: 'person' }, '2.1万人', '21,000 people'],
  [
    'an approximate figure (约)',
    { value: 1200, unit: 'person', qualifier: 'about' },
    '约1200人',
    'about 1,200 people',
  ],
  ['health checks', { value: 6051, unit: 'person' }, '6051人', '6,051 people'],
  ['stable jobs', { value: 21200, unit: 'person' }, '2.12万人', '21,200 people'],
  [
    'matchmaking events',
    { value: 133, unit: 'event', unitLabel: sessions },
    '133场',
    '133 sessions',
  ],
  [
    'fee refunds: enterprises',
    { value: 9544, unit: 'organization', unitLabel: orgVisits },
    '9544家次',
    '9,544 organisation visits',
  ],
  ['fee refunds', { value: 16410600, unit: 'yuan' }, '1641.06万元', '¥16.41 million'],
  [
    'outreach talks',
    { value: 1160, unit: 'event', unitLabel: sessionTimes },
    '1160场次',
    '1,160 sessions',
  ],
  ['talk audiences', { value: 301000, unit: 'person-time' }, '30.1万人次', '301,000 person-times'],
  ['culture events', { value: 965, unit: 'event' }, '965场次', '965 events'],
  [
    'culture audiences',
    { value: 221000, unit: 'person-time', unitLabel: personTimes },
    '22.1万人次',
    '221,000 person-times',
  ],
  ['unionisation rate', { value: 97, unit: 'percent' }, '97%', '97%'],
  ['problems solved', { value: 322, unit: 'item' }, '322个', '322 items'],
  ['disputes settled', { value: 672, unit: 'person-time' }, '672人次', '672 person-times'],
  ['member database', { value: 504000, unit: 'person' }, '50.4万人', '504,000 people'],
  [
    'smart-union users',
    { value: 1481000, unit: 'person-time' },
    '148.1万人次',
    '1.481 million person-times',
  ],
  // Thirteen digits overflowed a headline card; a count that million would round keeps its digits.
  ['pension insurance', { value: 1050000000, unit: 'person' }, '10.5亿人', '1.05 billion people'],
  ['an exact count', { value: 12345678, unit: 'person' }, '1234.57万人', '12,345,678 people'],
  ['inclusive funds', { value: 10900000, unit: 'yuan' }, '1090万元', '¥10.9 million'],
  [
    'inclusive beneficiaries',
    { value: 312000, unit: 'person-time' },
    '31.2万人次',
    '312,000 person-times',
  ],
  ['enrolled this year', { value: 121000, unit: 'person' }, '12.1万人', '121,000 people'],
  ['awards', { value: 50, unit: 'item', unitLabel: awards }, '50项', '50 awards'],
  ['training classes', { value: 52, unit: 'item', unitLabel: classes }, '52期', '52 classes'],
  [
    'officers trained',
    { value: 102000, unit: 'person-time' },
    '10.2万人次',
    '102,000 person-times',
  ],
  ['delegation members', { value: 69, unit: 'person' }, '69人', '69 people'],
  ['edge: zero', { value: 0, unit: 'person' }, '0人', '0 people'],
  ['edge: one person', { value: 1, unit: 'person' }, '1人', '1 person'],
  ['edge: one case', { value: 1, unit: 'item', unitLabel: cases }, '1件', '1 case'],
  ['edge: one yuan', { value: 1, unit: 'yuan' }, '1元', '¥1'],
  ['edge: below a myriad', { value: 9999, unit: 'person' }, '9999人', '9,999 people'],
  ['edge: exactly a myriad', { value: 10000, unit: 'person' }, '1万人', '10,000 people'],
  [
    'edge: just under a hundred million',
    { value: 99999999, unit: 'yuan' },
    '1亿元',
    '¥100 million',
  ],
  ['edge: a billion yuan', { value: 1e9, unit: 'yuan' }, '10亿元', '¥1 billion'],
  // The largest a bundle allows: thousands grouped in the billions too.
  ['edge: the largest value', { value: 1e15, unit: 'yuan' }, '1000万亿元', '¥1,000 trillion'],
  [
    'edge: over',
    { value: 36000000, unit: 'yuan', qualifier: 'over' },
    '超3600万元',
    'over ¥36 million',
  ],
  ['edge: yuan below a million', { value: 6051, unit: 'yuan' }, '6051元', '¥6,051'],
  // Measures: the measure word is the bundle's; large amounts read in million/billion.
  ['measure: rail built', { value: 7000, unit: 'measure', measure: km }, '7000公里', '7,000 km'],
  ['measure: capacity', { value: 12000, unit: 'measure', measure: kw }, '1.2万千瓦', '12,000 kW'],
  [
    'measure: capacity in millions',
    { value: 12000000, unit: 'measure', measure: kw },
    '1200万千瓦',
    '12 million kW',
  ],
  [
    'measure: households helped',
    { value: 35600, unit: 'measure', measure: households, qualifier: 'over' },
    '超3.56万户',
    'over 35,600 households',
  ],
  [
    'measure: one household',
    { value: 1, unit: 'measure', measure: households },
    '1户',
    '1 household',
  ],
  [
    'measure: percentage points',
    { value: 2.5, unit: 'measure', measure: points },
    '2.5个百分点',
    '2.5 percentage points',
  ],
  ['measure: a multiple', { value: 3, unit: 'measure', measure: multiple }, '3倍', '3 times'],
  [
    'measure: its label wins over a unitLabel',
    { value: 20, unit: 'measure', measure: km, unitLabel: cases },
    '20公里',
    '20 km',
  ],
];

describe('formatValue', () => {
  it.each(TABLE)('%s', (_name, input, zh, en) => {
    expect(formatValue({ ...input, lang: 'zh' })).toBe(zh);
    expect(formatValue({ ...input, lang: 'en' })).toBe(en);
  });

  it('has no Chinese in any English form', () => {
    for (const [, input] of TABLE)
      expect(formatValue({ ...input, lang: 'en' })).not.toMatch(/[\u3400-\u9fff]/);
  });
});

describe('formatNumber', () => {
  it.each([
    [525800, 'person', '52.58万', '525,800', '525.8K'],
    [104000000, 'yuan', '1.04亿', '104 million', '104M'],
    [5.3e12, 'yuan', '5.3万亿', '5.3 trillion', '5.3T'],
    [1481000, 'person-time', '148.1万', '1.481 million', '1.48M'],
    [0, 'person', '0', '0', '0'],
  ] as const)('%d %s', (value, unit, zh, en, compact) => {
    expect(formatNumber({ value, unit, lang: 'zh' })).toBe(zh);
    expect(formatNumber({ value, unit, lang: 'en' })).toBe(en);
    expect(formatNumber({ value, unit, lang: 'en', style: 'compact' })).toBe(compact);
  });
});

describe('four-digit counts in English', () => {
  // [name, input, full, compact, short]: cards, panels and the table show these whole.
  it.each([
    [
      'outreach talks',
      { value: 1160, unit: 'event', unitLabel: sessionTimes },
      '1,160 sessions',
      '1,160 sessions',
      '1,160',
    ],
    [
      'bargaining firms',
      { value: 4145, unit: 'organization' },
      '4,145 organisations',
      '4,145 organisations',
      '4,145',
    ],
    ['free check-ups', { value: 6051, unit: 'person' }, '6,051 people', '6,051 people', '6,051'],
    [
      'edge: just under ten thousand',
      { value: 9999, unit: 'person' },
      '9,999 people',
      '9,999 people',
      '9,999',
    ],
    [
      'edge: ten thousand is compact',
      { value: 10000, unit: 'person' },
      '10,000 people',
      '10K people',
      '10,000',
    ],
    ['edge: yuan below ten thousand', { value: 6051, unit: 'yuan' }, '¥6,051', '¥6,051', '¥6,051'],
    [
      'edge: yuan in the millions',
      { value: 16410600, unit: 'yuan' },
      '¥16.41 million',
      '¥16.41M',
      '¥16.41 million',
    ],
  ] as [string, Input, string, string, string][])('%s', (_name, input, full, compact, short) => {
    expect(formatValue({ ...input, lang: 'en' })).toBe(full);
    expect(formatValue({ ...input, lang: 'en', style: 'compact' })).toBe(compact);
    expect(formatValue({ ...input, lang: 'en', style: 'short' })).toBe(short);
  });

  it.each([
    [1160, '1,160'],
    [4145, '4,145'],
    [9999.5, '9,999.5'],
    [-4145, '-4,145'],
  ])('axis tick %d reads %s', (value, tick) => {
    expect(formatNumber({ value, lang: 'en', style: 'compact' })).toBe(tick);
  });
});

describe('axisTickFormat', () => {
  it.each<[string, 'zh' | 'en', number, number[], string[]]>([
    [
      'an English axis past ten thousand',
      'en',
      20000,
      [0, 5000, 10000, 15000, 20000],
      ['0', '5K', '10K', '15K', '20K'],
    ],
    ['an English axis below it', 'en', 9500, [0, 5000, 10000], ['0', '5,000', '10,000']],
    ['people', 'en', 525800, [100000, 600000], ['100K', '600K']],
    ['yuan', 'en', 104e6, [0, 3e7, 9e7, 1.2e8], ['0', '30M', '90M', '120M']],
    ['a province', 'en', 5.3e12, [5e11, 2e12], ['0.5T', '2T']],
    [
      'a Chinese axis past 1万',
      'zh',
      20000,
      [0, 5000, 10000, 15000],
      ['0', '0.5万', '1万', '1.5万'],
    ],
    ['a Chinese axis below it', 'zh', 9000, [2000, 10000], ['2000', '10000']],
    ['a Chinese province', 'zh', 5.3e12, [5e11, 2e12], ['0.5万亿', '2万亿']],
    ['rates', 'en', 100, [0, 50, 100], ['0', '50', '100']],
  ])('%s: one scale for every tick', (_name, lang, max, ticks, labels) => {
    const format = axisTickFormat({ max, lang });
    expect(ticks.map(format)).toEqual(labels);
  });
});

describe('units', () => {
  it('gives exact values with grouping', () => {
    expect(formatExact({ value: 525800, lang: 'zh' })).toBe('525,800');
    expect(formatExact({ value: 16410600, lang: 'en' })).toBe('16,410,600');
  });

  it('names axes with their unit', () => {
    expect(axisUnitName({ unit: 'yuan', lang: 'zh' })).toBe('元');
    expect(axisUnitName({ unit: 'yuan', lang: 'en' })).toBe('yuan (¥)');
    expect(axisUnitName({ unit: 'person', lang: 'en' })).toBe('people');
    expect(axisUnitName({ unit: 'measure', lang: 'zh', measure: kw })).toBe('千瓦');
    expect(axisUnitName({ unit: 'measure', lang: 'en', measure: kw })).toBe('kW');
  });

  it('picks singular and plural measure words', () => {
    expect(unitWord({ unit: 'person', lang: 'en', value: 1 })).toBe('person');
    expect(unitWord({ unit: 'person', lang: 'en', value: 2 })).toBe('people');
    expect(unitWord({ unit: 'event', lang: 'en', value: 1, unitLabel: classes })).toBe('class');
    expect(unitWord({ unit: 'organization', lang: 'en', value: 1, unitLabel: orgVisits })).toBe(
      'organisation visit',
    );
    expect(unitWord({ unit: 'organization', lang: 'zh', value: 1, unitLabel: orgVisits })).toBe(
      '家次',
    );
  });
});

describe('wall styles', () => {
  it.each([
    [{ value: 525800, unit: 'person' }, '52.58万', '525,800'],
    [{ value: 1481000, unit: 'person-time' }, '148.1万', '1.481 million'],
    [{ value: 104000000, unit: 'yuan' }, '1.04亿元', '¥104 million'],
    [{ value: 28000000, unit: 'yuan', qualifier: 'nearly' }, '近2800万元', 'nearly ¥28 million'],
    [{ value: 97, unit: 'percent' }, '97%', '97%'],
    // A ceiling ("失业率控制在5.5%以内"): the figure is the most it may be.
    [{ value: 5.5, unit: 'percent', qualifier: 'at-most' }, '不超过5.5%', 'at most 5.5%'],
    [{ value: 1160, unit: 'event', unitLabel: sessionTimes }, '1160', '1,160'],
    // A measure keeps its word: a bare "12 million" could be of anything, yuan included.
    [{ value: 12000000, unit: 'measure', measure: kw }, '1200万千瓦', '12 million kW'],
  ] as [Input, string, string][])('short form of %o', (input, zh, en) => {
    expect(formatValue({ ...input, lang: 'zh', style: 'short' })).toBe(zh);
    expect(formatValue({ ...input, lang: 'en', style: 'short' })).toBe(en);
  });

  it.each([
    [{ value: 525800, unit: 'person' }, ['', '52.58', '万人'], ['', '525,800', 'people']],
    [{ value: 104000000, unit: 'yuan' }, ['', '1.04', '亿元'], ['', '¥104', 'million']],
    [
      { value: 28000000, unit: 'yuan', qualifier: 'nearly' },
      ['近', '2800', '万元'],
      ['nearly', '¥28', 'million'],
    ],
    [
      { value: 102000, unit: 'person-time' },
      ['', '10.2', '万人次'],
      ['', '102,000', 'person-times'],
    ],
    [{ value: 1050000000, unit: 'person' }, ['', '10.5', '亿人'], ['', '1.05', 'billion people']],
    [{ value: 97, unit: 'percent' }, ['', '97', '%'], ['', '97', '%']],
    [{ value: 153, unit: 'person' }, ['', '153', '人'], ['', '153', 'people']],
    [{ value: 7000, unit: 'measure', measure: km }, ['', '7000', '公里'], ['', '7,000', 'km']],
    [
      { value: 12000000, unit: 'measure', measure: kw },
      ['', '1200', '万千瓦'],
      ['', '12', 'million kW'],
    ],
    // 万亿 is one magnitude: the number is 4, not 4万 over a unit of 亿元.
    [
      { value: 4e12, unit: 'yuan', qualifier: 'over' },
      ['超', '4', '万亿元'],
      ['over', '¥4', 'trillion'],
    ],
  ] as [Input, string[], string[]][])('headline parts of %o', (input, zh, en) => {
    expect(Object.values(formatValueParts({ ...input, lang: 'zh' }))).toEqual(zh);
    expect(Object.values(formatValueParts({ ...input, lang: 'en' }))).toEqual(en);
  });
});
