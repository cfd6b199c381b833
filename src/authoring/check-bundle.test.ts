// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFixture, readPublic } from '../../mock/fixtures.ts';
import type { Bundle } from '../data/bundle-schema.ts';
import { inEnglish } from '../../tests/unit/problem-words.ts';
import { checkBundleFile, jsonErrorOffset } from './check-bundle.ts';

const DEFAULT_BUNDLE = '/data/bundles/huainan-union-five-year.json';

const readSource = (sitePath: string) => {
  try {
    return readPublic(sitePath);
  } catch {
    return undefined;
  }
};

function defaultBundle(): Bundle {
  return JSON.parse(readPublic(DEFAULT_BUNDLE)) as Bundle;
}

/** The check of a bundle text, its problems worded in English as `bundle:check` prints them. */
function check(text: string) {
  const result = checkBundleFile({ fileName: 'x.json', text, readSource });
  return { ...result, coded: result.problems, problems: inEnglish(result.problems) };
}

/** What the default bundle already warns of, so a test can read what its change added. */
const baseline = () => JSON.stringify(check(readPublic(DEFAULT_BUNDLE)).problems);
const added = (text: string) => {
  const before = baseline();
  return check(text).problems.filter((problem) => !before.includes(JSON.stringify(problem)));
};

const errorsOf = (text: string) =>
  inEnglish(check(text).coded.filter((problem) => problem.severity === 'error'));

describe('checkBundleFile', () => {
  it('passes the default bundle, every quote verified against the report', () => {
    const bundle = defaultBundle();
    expect(bundle.source.text).toBe('/data/sources/huainan-union-five-year-report.zh.txt');
    const result = check(readPublic(DEFAULT_BUNDLE));
    // Warnings (a number a description states in one language only) do not fail it.
    expect(errorsOf(readPublic(DEFAULT_BUNDLE))).toEqual([]);
    expect(result.indicators).toBeGreaterThan(0);
    expect(result).toMatchObject({
      fileName: 'x.json',
      indicators: bundle.indicators.length,
      quotesVerified: bundle.indicators.length,
      uncited: bundle.uncited?.length ?? 0,
    });
  });

  it('passes the valid fixtures, which name no source text', () => {
    for (const name of ['valid-minimal', 'valid-small'] as const) {
      expect(check(readFixture(name))).toMatchObject({ problems: [], quotesVerified: 0 });
    }
    // The hostile strings differ between the languages (alert(1) / alert(2)): warned, not refused.
    expect(errorsOf(readFixture('hostile'))).toEqual([]);
  });

  it('reports broken JSON with its line and column', () => {
    const [problem] = check('{\n  "a": 1,\n  oops\n}').problems;
    expect(problem?.path).toBe('(file)');
    expect(problem?.message).toMatch(/^not valid JSON \(line 3, column 3\): /);
  });

  it('finds the line and column where V8 names no position', () => {
    const [problem] = check('{\n  "a": [1,\n    2,]\n}').problems;
    expect(problem?.message).toMatch(/^not valid JSON \(line 3, column 7\): Unexpected token/);
    expect(problem?.message).not.toContain('\n');
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(check(`\uFEFF${readFixture('valid-minimal')}`).problems).toEqual([]);
  });

  it('reports schema problems by path', () => {
    expect(check(readFixture('broken-dangling-category')).problems).toEqual([
      { path: 'indicators[1].category', message: 'unknown category "nowhere"' },
    ]);
    expect(check(readFixture('broken-not-object')).problems).toEqual([
      { path: '(root)', message: 'expected a JSON object (an indicator bundle)' },
    ]);
  });

  it('reports English text that is still Chinese', () => {
    const bundle = defaultBundle();
    (bundle.indicators[2] as Bundle['indicators'][number]).label.en = 'Pioneer 工人先锋号';
    expect(added(JSON.stringify(bundle))).toEqual([
      {
        path: 'indicators[2].label.en',
        message: 'expected English text, found Chinese characters',
      },
    ]);
  });

  it('reports a source text that does not exist', () => {
    const bundle = defaultBundle();
    bundle.source.text = '/data/sources/missing.txt';
    expect(added(JSON.stringify(bundle))).toEqual([
      { path: 'source.text', message: 'source text not found: /data/sources/missing.txt' },
    ]);
    expect(check(JSON.stringify(bundle)).quotesVerified).toBe(0);
  });

  it('catches a figure changed by hand in the default bundle', () => {
    const bundle = defaultBundle();
    const indicator = bundle.indicators[5] as Bundle['indicators'][number];
    indicator.value += 1;
    const result = check(JSON.stringify(bundle));
    expect(errorsOf(JSON.stringify(bundle))).toEqual([
      { path: 'indicators[5].value', message: expect.stringMatching(/^expected .+, found /) },
    ]);
    expect(result.quotesVerified).toBe(bundle.indicators.length - 1);
  });

  it('catches a figure of the report that the bundle drops', () => {
    const bundle = defaultBundle();
    const dropped = bundle.indicators.pop() as Bundle['indicators'][number];
    bundle.headline = bundle.headline?.filter((id) => id !== dropped.id);
    bundle.panels = bundle.panels
      ?.map((panel) => ({
        ...panel,
        indicators: panel.indicators.filter((id) => id !== dropped.id),
      }))
      .filter((panel) => panel.indicators.length > 0);
    const { coded, problems } = check(JSON.stringify(bundle));
    const uncited = problems.filter((problem) => problem.path === '(source)');
    expect(uncited.length).toBeGreaterThan(0);
    expect(uncited[0]?.message).toMatch(/neither cited by an indicator nor listed as uncited/);
    // A figure left out is listed; it does not make another figure wrong.
    expect(coded.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('catches a quote that is not in the report', () => {
    const bundle = defaultBundle();
    const indicator = bundle.indicators[0] as Bundle['indicators'][number];
    indicator.source.quote = `${indicator.source.quote}（补）`;
    expect(added(JSON.stringify(bundle))).toEqual([
      {
        path: 'indicators[0].source.quote',
        message: `quote not found in the source text: "${indicator.source.quote}"`,
      },
      // …and so the report's 153 is cited by nothing any more.
      { path: '(source)', message: expect.stringContaining('the number 153 in') },
    ]);
  });
});

describe('warned, not refused', () => {
  it.each([
    [
      'warn-parity-chinese-in-english',
      'indicators[1].label.en',
      'expected English text, found Chinese characters',
    ],
    [
      'warn-parity-number-mismatch',
      'indicators[0].note.en',
      'the two languages state different numbers: 32 in Chinese, 23000 in English',
    ],
    ['warn-missing-english', 'indicators[1].label.en', 'no English text yet: the Chinese is shown'],
    ['warn-unknown-field', 'indicators[0].colour', 'unknown field "colour": kept, not used'],
  ] as const)('%s: %s', (name, path, message) => {
    const result = check(readFixture(name));
    expect(result.problems).toEqual([{ path, message }]);
    expect(result.coded.map((problem) => problem.severity)).toEqual(['warning']);
    expect(result.indicators).toBe(2);
  });

  it('takes 万/亿 and thousand/million/billion for the same numbers', () => {
    const bundle = JSON.parse(readFixture('valid-minimal')) as Bundle;
    bundle.indicators[0]!.note = {
      zh: '52.58万人，资金1.04亿元，增长97%，2021年起',
      en: '525,800 people, ¥104 million, up 97%, since 2021',
    };
    bundle.indicators[1]!.note = { zh: '约1.5万元', en: 'about 15 thousand yuan' };
    expect(check(JSON.stringify(bundle)).problems).toEqual([]);
  });
});

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a": oops}', 6],
    ['[1,]', 3],
    ['{"a": 1', 7],
    ['{"a": 1}}', 8],
    ['{"a": "x\ny"}', 8],
    ['{"a": 01}', 7],
    ['', 0],
  ])('%j fails at %i', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });
});
