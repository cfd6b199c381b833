import { describe, expect, it } from 'vitest';
import { makeBundle } from '../../tests/unit/make-bundle.ts';
import { checkProvenance, checkTranslations, extractNumbers, findQuote } from './provenance.ts';

const source = '累计培养技能人才 52.58\n万人，其中高技能人才 12.14 万人。\n 投入资金 1.04 亿元。建会率达 97%。入选 2024 年度。';

function bundleWith(indicators: { value: number; unit: 'person' | 'yuan' | 'percent'; quote: string }[], uncited = [{ quote: '2024 年度' }]) {
  return makeBundle({
    indicators: indicators.map((indicator, index) => ({
      id: `i${index}`,
      category: 'work',
      label: { zh: `指标${index}`, en: `Indicator ${index}` },
      value: indicator.value,
      unit: indicator.unit,
      source: { quote: indicator.quote },
    })),
    uncited: uncited.map((entry) => ({ ...entry, reason: { zh: '年份', en: 'A year' } })),
  });
}

const good = [
  { value: 525800, unit: 'person' as const, quote: '累计培养技能人才 52.58 万人' },
  { value: 121400, unit: 'person' as const, quote: '高技能人才12.14万人' },
  { value: 104000000, unit: 'yuan' as const, quote: '投入资金 1.04 亿元' },
  { value: 97, unit: 'percent' as const, quote: '建会率达 97%' },
];

describe('extractNumbers', () => {
  it('scales by 万 and 亿 across spaces and full-width digits', () => {
    expect(extractNumbers('52.58 万人、１２万、1.04亿元、97%、1,234人').map((number) => number.value)).toEqual([
      525800, 120000, 104000000, 97, 1234,
    ]);
  });
});

describe('findQuote', () => {
  it('finds a quote across line breaks and gives positions in the original text', () => {
    const found = findQuote(source, '培养技能人才 52.58 万人');
    expect(found).not.toBeNull();
    expect(source.slice(found?.start, found?.end)).toBe('培养技能人才 52.58\n万人');
  });

  it('says when a quote is not there', () => {
    expect(findQuote(source, '不存在的话')).toBeNull();
  });
});

describe('checkProvenance', () => {
  it('passes a bundle whose quotes, values and numbers all agree with the text', () => {
    expect(checkProvenance({ bundle: bundleWith(good), sourceText: source })).toEqual([]);
  });

  it('names a quote that is not in the text', () => {
    const problems = checkProvenance({
      bundle: bundleWith([...good.slice(1), { value: 525800, unit: 'person', quote: '培养技能人才 52.59 万人' }]),
      sourceText: source,
    });
    expect(problems).toContainEqual({
      path: 'indicators[3].source.quote',
      message: 'quote not found in the source text: "培养技能人才 52.59 万人"',
    });
  });

  it('names a value that the quote does not state', () => {
    const problems = checkProvenance({
      bundle: bundleWith([{ ...good[0], value: 52580 } as (typeof good)[number], ...good.slice(1)]),
      sourceText: source,
    });
    expect(problems).toContainEqual({
      path: 'indicators[0].value',
      message: expect.stringContaining('expected the quote to state 52580; it states 525800'),
    });
  });

  it('names a number in the text that nothing cites', () => {
    const problems = checkProvenance({ bundle: bundleWith(good.slice(0, 3)), sourceText: source });
    expect(problems).toEqual([
      { path: '(source)', message: expect.stringContaining('the number 97 in') },
    ]);
  });

  it('names an uncited quote that is not in the text', () => {
    const problems = checkProvenance({ bundle: bundleWith(good, [{ quote: '2024 年度' }, { quote: '2099年' }]), sourceText: source });
    expect(problems).toContainEqual({ path: 'uncited[1].quote', message: expect.stringContaining('2099年') });
  });
});

describe('checkTranslations', () => {
  it('finds Chinese left in English text', () => {
    const bundle = makeBundle();
    const first = bundle.indicators[0] as (typeof bundle.indicators)[number];
    const problems = checkTranslations({ ...bundle, indicators: [{ ...first, label: { zh: '甲', en: '甲 (todo)' } }] });
    expect(problems).toEqual([{ path: 'indicators[0].label.en', message: 'expected English text, found Chinese characters' }]);
  });
});
