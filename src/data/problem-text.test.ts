// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FIXTURES, loadFixture } from '../../mock/fixtures.ts';
import { makeBundle } from '../../tests/unit/make-bundle.ts';
import { problemMessage } from './problem-text.ts';
import { validateBundle } from './validate-bundle.ts';

const problemsOf = (input: unknown) => {
  const result = validateBundle(input);
  return result.ok ? [] : result.problems;
};

const bundle = makeBundle();
const first = bundle.indicators[0]!;
/** Bundles wrong in every way the checks word, beside the broken fixtures. */
const MORE: [string, unknown][] = [
  ['a top-level array', []],
  ['a value of the wrong type', { ...bundle, indicators: [{ ...first, value: '12' }] }],
  ['a missing label', { ...bundle, indicators: [{ ...first, label: undefined }] }],
  [
    'a blank label and unknown unit',
    { ...bundle, indicators: [{ ...first, label: { zh: ' ', en: ' ' }, unit: 'x' }] },
  ],
  ['a value past the limit', { ...bundle, indicators: [{ ...first, value: 1e300 }] }],
  [
    'a bad slug, year and date',
    {
      ...bundle,
      id: 'Not A Slug',
      asOf: '2024-13-45',
      period: { label: bundle.period.label, start: '24', end: '2020' },
    },
  ],
  ['a bad source path', { ...bundle, source: { ...bundle.source, text: '//evil/x.txt' } }],
  ['no categories or indicators', { ...bundle, categories: [], indicators: [] }],
  ['a repeated headline id', { ...bundle, headline: ['trained', 'trained'] }],
  [
    'a gauge of counts and an empty panel',
    {
      ...bundle,
      panels: [
        { id: 'g', title: bundle.title, chart: 'gauge', indicators: ['trained'] },
        { id: 'e', title: bundle.title, chart: 'line', indicators: [] },
      ],
    },
  ],
  [
    'an end year before the start',
    { ...bundle, period: { label: bundle.period.label, start: '2024', end: '2020' } },
  ],
];

const cases = [
  ...FIXTURES.filter((name) => name.startsWith('broken-')).map(
    (name) => [name, loadFixture(name)] as [string, unknown],
  ),
  ...MORE,
];

describe('problemMessage', () => {
  it.each(cases)('says what is wrong with %s in Chinese', (_name, input) => {
    const problems = problemsOf(input);
    expect(problems.length).toBeGreaterThan(0);
    for (const { message } of problems) {
      const chinese = problemMessage(message, 'zh');
      expect(chinese, message).toMatch(/[\u4e00-\u9fff]/);
      expect(chinese, message).not.toMatch(/\b(expected|Invalid|received|duplicate|unknown)\b/);
      expect(problemMessage(message, 'en')).toBe(message);
    }
  });

  it.each(['the catalogue lists no bundle', 'network', 'timeout', 'parse', 'html', 'tooLarge'])(
    'says why the catalogue could not be read (%s) in Chinese',
    (detail) => {
      expect(problemMessage(detail, 'zh')).toMatch(/^[^a-z]*[\u4e00-\u9fff][^a-z]*$/);
    },
  );

  it('leaves a message it does not know in English rather than guess', () => {
    expect(problemMessage('something new went wrong', 'zh')).toBe('something new went wrong');
  });

  it('keeps ids, paths and values as the file has them', () => {
    expect(problemMessage('unknown category "no-such-category"', 'zh')).toBe(
      '未知的类别 "no-such-category"',
    );
    expect(problemMessage('Invalid input: expected number, received string', 'zh')).toBe(
      '无效输入：应为数字，实为文本',
    );
  });
});
