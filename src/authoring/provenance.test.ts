import { describe, expect, it } from 'vitest';
import { makeBundle } from '../../tests/unit/make-bundle.ts';
import { findQuote, normalizeForMatch } from '../data/quote-match.ts';
import { inEnglish } from '../../tests/unit/problem-words.ts';
import {
  checkProvenance as checkCoded,
  checkTranslations as translationsCoded,
  extractNumbers,
} from './provenance.ts';

const checkProvenance = (input: Parameters<typeof checkCoded>[0]) => inEnglish(checkCoded(input));
const checkTranslations = (bundle: Parameters<typeof translationsCoded>[0]) =>
  inEnglish(translationsCoded(bundle));

// Line breaks inside phrases and between number and magnitude, as the OCR leaves them.
const source =
  '累计培养技能人才 52.58\n万人，其中高技能人才 12.14 万人。\n 投入资金 1.04 亿元。建会率达 97%。入选 2024 年度。';

type Unit = 'person' | 'yuan' | 'percent';

function bundleWith(
  indicators: { value: number; unit: Unit; quote: string }[],
  uncited: { quote: string }[] = [{ quote: '2024 年度' }],
) {
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

const good: { value: number; unit: Unit; quote: string }[] = [
  { value: 525800, unit: 'person', quote: '累计培养技能人才 52.58 万人' },
  { value: 121400, unit: 'person', quote: '高技能人才12.14万人' },
  { value: 104000000, unit: 'yuan', quote: '投入资金 1.04 亿元' },
  { value: 97, unit: 'percent', quote: '建会率达 97%' },
];

describe('normalizeForMatch', () => {
  it('drops white space, folds full-width forms and maps back to the original', () => {
    const { flat, positions } = normalizeForMatch('达 ９７％，\n共 2 项');
    expect(flat).toBe('达97%,共2项');
    expect(positions).toEqual([0, 2, 3, 4, 5, 7, 9, 11]);
  });
});

describe('extractNumbers', () => {
  it('scales by 万 and 亿 across spaces and full-width digits', () => {
    const found = extractNumbers('52.58 万人、１２万、1.04亿元、97%、1,234人、４５．６％');
    expect(found.map((number) => number.value)).toEqual([
      525800, 120000, 104000000, 97, 1234, 45.6,
    ]);
    expect(found[0]).toEqual({ raw: '52.58 万', value: 525800, index: 0 });
  });

  it('scales an approximate figure whose 余 or 多 stands before 万 ("450多万元", "3 余万人")', () => {
    expect(
      extractNumbers('发放慰问金450多万元、3 余万人、2600余人').map((number) => number.value),
    ).toEqual([4500000, 30000, 2600]);
  });

  it('scales 万亿 as a trillion, not as 万 followed by 亿 ("5.3万亿元", "1.91 万亿")', () => {
    expect(
      extractNumbers('地区生产总值5.3万亿元，贷款新增1.91 万亿，营收超1.4万亿元').map(
        (number) => number.value,
      ),
    ).toEqual([5.3e12, 1.91e12, 1.4e12]);
  });

  it('keeps numbers apart that only a clause comma separates', () => {
    expect(extractNumbers('2021,2022年').map((number) => number.value)).toEqual([2021, 2022]);
    expect(extractNumbers('5,1234').map((number) => number.value)).toEqual([5, 1234]);
  });

  it('finds nothing in text without Arabic digits', () => {
    expect(extractNumbers('五年来，全市各级工会')).toEqual([]);
  });
});

describe('findQuote', () => {
  it('finds a quote across line breaks and gives positions in the original text', () => {
    const found = findQuote(source, '培养技能人才 52.58 万人');
    expect(found).not.toBeNull();
    expect(source.slice(found?.start, found?.end)).toBe('培养技能人才 52.58\n万人');
  });

  it('matches a full-width quote against half-width text', () => {
    const found = findQuote(source, '建会率达９７％');
    expect(source.slice(found?.start, found?.end)).toBe('建会率达 97%');
  });

  it('says when a quote is not there', () => {
    expect(findQuote(source, '不存在的话')).toBeNull();
    expect(findQuote(source, ' \n ')).toBeNull();
  });
});

describe('checkProvenance', () => {
  it('passes a bundle whose quotes, values and numbers all agree with the text', () => {
    expect(checkProvenance({ bundle: bundleWith(good), sourceText: source })).toEqual([]);
  });

  it('passes full-width digits in the source text', () => {
    const fullWidth = '培养技能人才 ５２．５８ 万人，建会率达 ９７％。';
    const bundle = bundleWith(
      [
        { value: 525800, unit: 'person', quote: '培养技能人才 52.58万人' },
        { value: 97, unit: 'percent', quote: '建会率达 ９７％' },
      ],
      [],
    );
    expect(checkProvenance({ bundle, sourceText: fullWidth })).toEqual([]);
  });

  it('passes a figure the OCR split with spaces', () => {
    const bundle = bundleWith([{ value: 1163, unit: 'person', quote: '对 1 163 家' }], []);
    expect(checkProvenance({ bundle, sourceText: '对 1 163\n家用人单位' })).toEqual([]);
  });

  it('names a quote that is not in the text', () => {
    const problems = checkProvenance({
      bundle: bundleWith([
        ...good.slice(1),
        { value: 525900, unit: 'person', quote: '培养技能人才 52.59 万人' },
      ]),
      sourceText: source,
    });
    expect(problems).toContainEqual({
      path: 'indicators[3].source.quote',
      message: 'quote not found in the source text: "培养技能人才 52.59 万人"',
    });
    // The real 52.58 万 is now cited by nothing.
    expect(problems).toContainEqual({
      path: '(source)',
      message: expect.stringContaining('the number 52.58 in'),
    });
  });

  it('names a value that the quote does not state', () => {
    const [first, ...rest] = good;
    const problems = checkProvenance({
      bundle: bundleWith([{ ...(first as (typeof good)[number]), value: 52580 }, ...rest]),
      sourceText: source,
    });
    expect(problems).toEqual([
      { path: 'indicators[0].value', message: 'expected 525800 (“…52.58 万”), found 52580' },
    ]);
  });

  it('passes when any one of several numbers in a quote is the value', () => {
    const bundle = bundleWith([
      ...good,
      { value: 121400, unit: 'person', quote: '52.58\n万人，其中高技能人才 12.14 万人' },
    ]);
    expect(checkProvenance({ bundle, sourceText: source })).toEqual([]);
  });

  it('lists every number of a quote when none is the value', () => {
    const bundle = bundleWith([...good, { value: 5, unit: 'person', quote: '52.58万人，其中' }]);
    expect(checkProvenance({ bundle, sourceText: source })).toEqual([
      { path: 'indicators[4].value', message: 'expected 525800 (“…52.58万”), found 5' },
    ]);
  });

  it('names a quote without a number', () => {
    const bundle = bundleWith([...good, { value: 5, unit: 'person', quote: '累计培养' }]);
    expect(checkProvenance({ bundle, sourceText: source })).toEqual([
      {
        path: 'indicators[4].value',
        message: 'expected a number in the quote "累计培养", found none (value is 5)',
      },
    ]);
  });

  it('names a number in the text that nothing cites, with its context and line', () => {
    const problems = checkProvenance({ bundle: bundleWith(good.slice(0, 3)), sourceText: source });
    expect(problems).toEqual([
      {
        path: '(source)',
        message:
          'the number 97 in "…元。建会率达97%。入选20…" (line 3) is neither cited by an indicator nor listed as uncited',
      },
    ]);
  });

  it('counts a number as covered by an uncited entry', () => {
    const problems = checkProvenance({ bundle: bundleWith(good, []), sourceText: source });
    expect(problems).toEqual([
      { path: '(source)', message: expect.stringContaining('the number 2024 in') },
    ]);
  });

  it('names an uncited quote that is not in the text', () => {
    const problems = checkProvenance({
      bundle: bundleWith(good, [{ quote: '2024 年度' }, { quote: '2099年' }]),
      sourceText: source,
    });
    expect(problems).toEqual([
      { path: 'uncited[1].quote', message: 'quote not found in the source text: "2099年"' },
    ]);
  });
});

describe('checkTranslations', () => {
  it('finds Chinese left in English text, wherever it is', () => {
    const bundle = makeBundle();
    const first = bundle.indicators[0] as (typeof bundle.indicators)[number];
    const problems = checkTranslations({
      ...bundle,
      title: { zh: '标题', en: 'Title 标题' },
      indicators: [{ ...first, label: { zh: '甲', en: '甲 (todo)' } }],
    });
    expect(problems).toEqual([
      { path: 'title.en', message: 'expected English text, found Chinese characters' },
      {
        path: 'indicators[0].label.en',
        message: 'expected English text, found Chinese characters',
      },
    ]);
  });

  it('leaves quotes and English text alone', () => {
    const bundle = makeBundle();
    expect(checkTranslations(bundle)).toEqual([]);
  });
});

describe('checkProvenance with a quote in pieces', () => {
  it('verifies each piece, and counts the numbers they hold as cited', () => {
    const bundle = bundleWith(good.slice(1));
    const pieced = {
      ...bundle.indicators[0]!,
      value: 525800,
      source: { quote: ['累计培养技能人才', '52.58 万人，其中'] },
    };
    expect(
      checkProvenance({
        bundle: { ...bundle, indicators: [...bundle.indicators, pieced] },
        sourceText: source,
      }),
    ).toEqual([]);
    const lost = { ...pieced, source: { quote: ['累计培养技能人才', '万人，其中'] } };
    expect(
      checkProvenance({ bundle: { ...bundle, indicators: [lost] }, sourceText: source }).map(
        (problem) => problem.path,
      ),
    ).toEqual(['indicators[0].value', '(source)', '(source)', '(source)', '(source)']);
  });
});
