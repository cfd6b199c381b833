// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FIXTURES, loadFixture, readPublic, type FixtureName } from '../../mock/fixtures.ts';
import { generateHugeBundle } from '../../mock/generate-huge.ts';
import { makeBundle } from '../../tests/unit/make-bundle.ts';
import { HEADLINE_MAX, UNITS } from './bundle-format.ts';
import { inEnglish } from '../../tests/unit/problem-words.ts';
import { isUntranslated, validateBundle, warningsBeside } from './validate-bundle.ts';

/** The problems of a refused bundle, in English; each must be an error. */
function problemsOf(input: unknown) {
  const result = validateBundle(input);
  if (result.ok) throw new Error('expected the bundle to be rejected');
  expect(result.problems.every((problem) => problem.severity === 'error')).toBe(true);
  return inEnglish(result.problems);
}

describe('validateBundle', () => {
  it('accepts the default bundle', () => {
    const result = validateBundle(
      JSON.parse(readPublic('/data/bundles/huainan-union-five-year.json')),
    );
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.bundle.indicators.length).toBeGreaterThan(0);
  });

  it.each(['valid-minimal', 'valid-small', 'valid-measures', 'hostile'] as const)(
    'accepts the %s fixture',
    (name) => {
      const result = validateBundle(loadFixture(name));
      expect(result.ok ? [] : result.problems).toEqual([]);
    },
  );

  it('keeps the minimal fixture minimal', () => {
    const minimal = loadFixture('valid-minimal') as Record<string, unknown[] | undefined>;
    expect([minimal.categories?.length, minimal.indicators?.length]).toEqual([1, 2]);
    expect([minimal.panels, minimal.headline, minimal.themes]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  const broken: [FixtureName, string, string][] = [
    ['broken-wrong-types', 'indicators[0].value', 'expected a number'],
    ['broken-missing-label', 'indicators[1].label.en', 'expected text, found nothing (missing)'],
    ['broken-duplicate-ids', 'indicators[1].id', 'duplicate indicator id "a"'],
    ['broken-dangling-category', 'indicators[1].category', 'unknown category "nowhere"'],
    ['broken-dangling-theme', 'indicators[0].themes[0]', 'unknown theme "ghost"'],
    ['broken-negative', 'indicators[0].value', 'expected a number ≥ 0'],
    [
      'broken-schema-version',
      'schemaVersion',
      'unsupported schemaVersion 2; this dashboard reads version 1',
    ],
    [
      'broken-panel-mixed-units',
      'panels[0].indicators',
      'expected indicators that share one unit, found person, yuan',
    ],
    ['broken-bad-url', 'source.url', 'expected an http: or https: URL'],
    ['broken-not-object', '(root)', 'expected a JSON object (an indicator bundle)'],
  ];

  it.each(broken)('rejects %s at %s', (name, path, message) => {
    expect(problemsOf(loadFixture(name))).toEqual([{ path, message }]);
  });

  it('has a test for every broken fixture, each saying what is wrong', () => {
    const tested = broken.map(([name]) => name);
    expect(FIXTURES.filter((name) => name.startsWith('broken-'))).toEqual(tested);
    for (const name of tested) expect(JSON.stringify(loadFixture(name))).toContain('"$comment"');
  });

  // zod 4's z.number() already refuses NaN and ±Infinity as "not a number", before .finite().
  it.each([
    ['NaN', Number.NaN, 'expected a number'],
    ['Infinity', Number.POSITIVE_INFINITY, 'expected a number'],
    ['-Infinity', Number.NEGATIVE_INFINITY, 'expected a number'],
    ['-1', -1, 'expected a number ≥ 0'],
    // It spilled out of its headline card and turned the axis into a row of zeros.
    ['1e300', 1e300, 'expected a number ≤ 1,000,000,000,000,000 (10^15)'],
  ])('rejects %s as a value', (_name, value, message) => {
    const bundle = makeBundle();
    const broken = { ...bundle, indicators: [{ ...bundle.indicators[0], value }] };
    expect(problemsOf(broken)).toEqual([{ path: 'indicators[0].value', message }]);
  });

  it('names a blank label and an unknown unit', () => {
    const bundle = makeBundle();
    const first = bundle.indicators[0] as (typeof bundle.indicators)[number];
    const broken = {
      ...bundle,
      indicators: [{ ...first, label: { zh: ' ', en: 'x' }, unit: 'furlong' }],
    };
    const problems = problemsOf(broken);
    expect(problems).toContainEqual({
      path: 'indicators[0].label.zh',
      message: 'expected non-empty Chinese text',
    });
    expect(problems).toContainEqual({
      path: 'indicators[0].unit',
      message:
        'expected one of person, person-time, item, event, organization, yuan, percent, measure',
    });
  });

  describe('the unit measure', () => {
    const km = { id: 'km', label: { zh: '公里', en: 'km' } };
    const kw = { id: 'kw', label: { zh: '千瓦', en: 'kW' } };
    const withIndicators = (...extra: Record<string, unknown>[]) => {
      const bundle = makeBundle();
      return { ...bundle, indicators: [...bundle.indicators, ...extra] };
    };
    const rail = { id: 'rail', category: 'work', label: { zh: '铁路', en: 'Railway' } };
    const quote = { source: { quote: '铁路7000公里' } };

    it('accepts a figure in a measure, its value in base units', () => {
      const result = validateBundle(
        withIndicators({ ...rail, ...quote, value: 7000, unit: 'measure', measure: km }),
      );
      expect(result.ok ? [] : result.problems).toEqual([]);
      expect(result.ok && result.bundle.indicators.at(-1)?.measure).toEqual(km);
    });

    it('refuses the unit measure without a measure', () => {
      expect(
        problemsOf(withIndicators({ ...rail, ...quote, value: 7000, unit: 'measure' })),
      ).toEqual([
        {
          path: 'indicators[6].measure',
          message: 'expected a "measure" (id and label) for an indicator in the unit "measure"',
        },
      ]);
    });

    it('refuses a measure on a figure in another unit', () => {
      expect(
        problemsOf(withIndicators({ ...rail, ...quote, value: 7000, unit: 'item', measure: km })),
      ).toEqual([
        {
          path: 'indicators[6].measure',
          message:
            'expected no "measure" with the unit "item"; a measure goes with the unit "measure"',
        },
      ]);
    });

    it('refuses a measure without its label or with a bad id', () => {
      const problems = problemsOf(
        withIndicators(
          { ...rail, ...quote, value: 1, unit: 'measure', measure: { id: 'km' } },
          { ...rail, ...quote, id: 'b', value: 1, unit: 'measure', measure: { ...km, id: 'K M' } },
        ),
      );
      expect(problems.map((problem) => problem.path)).toEqual([
        'indicators[6].measure.label',
        'indicators[7].measure.id',
      ]);
    });

    it('keeps one measure to a panel, and measures off gauges', () => {
      const panel = (id: string, chart: string, indicators: string[]) => ({
        id,
        title: { zh: '面板', en: 'Panel' },
        chart,
        indicators,
      });
      const bundle = {
        ...withIndicators(
          { ...rail, ...quote, value: 7000, unit: 'measure', measure: km },
          { ...rail, ...quote, id: 'solar', value: 12000, unit: 'measure', measure: kw },
          { ...rail, ...quote, id: 'roads', value: 1500, unit: 'measure', measure: km },
        ),
        panels: [
          panel('same', 'bar', ['rail', 'roads']),
          panel('mixed', 'bar', ['rail', 'solar']),
          panel('gauge', 'gauge', ['rail']),
        ],
      };
      expect(problemsOf(bundle)).toEqual([
        {
          path: 'panels[1].indicators',
          message: 'expected indicators that share one unit, found measure:km, measure:kw',
        },
        {
          path: 'panels[2].chart',
          message:
            'expected "bar" or "pie" for indicators in measure:km; "gauge" is for percentages',
        },
      ]);
    });
  });

  it('accepts the largest value it allows', () => {
    const bundle = makeBundle();
    const largest = { ...bundle, indicators: [{ ...bundle.indicators[0]!, value: 1e15 }] };
    expect(validateBundle(largest).ok).toBe(true);
  });

  it('names an indicator listed twice in the headline or in one panel', () => {
    const bundle = makeBundle({
      headline: ['trained', 'aided', 'trained'],
      panels: [
        {
          id: 'p',
          title: { zh: '人', en: 'People' },
          chart: 'bar',
          indicators: ['aided', 'aided'],
        },
      ],
    });
    expect(problemsOf(bundle)).toEqual([
      {
        path: 'headline[2]',
        message: '"trained" is already listed at headline[0]; expected each indicator once',
      },
      {
        path: 'panels[0].indicators[1]',
        message:
          '"aided" is already listed at panels[0].indicators[0]; expected each indicator once',
      },
    ]);
  });

  it('keeps gauges to percentages', () => {
    const panel = (indicators: string[]) => ({
      id: 'g',
      title: { zh: '仪表', en: 'Gauge' },
      chart: 'gauge' as const,
      indicators,
    });
    expect(problemsOf(makeBundle({ panels: [panel(['trained', 'aided'])] }))).toEqual([
      {
        path: 'panels[0].chart',
        message: 'expected "bar" or "pie" for indicators in person; "gauge" is for percentages',
      },
    ]);
    expect(validateBundle(makeBundle({ panels: [panel(['rate'])] })).ok).toBe(true);
  });

  it('keeps unknown fields and lists each as a warning, where it is', () => {
    const bundle = makeBundle();
    const first = bundle.indicators[0]!;
    const result = validateBundle({
      ...bundle,
      $comment: 'JSON keeps its own $ keys',
      extra: { anything: true },
      indicators: [{ ...first, colour: 'red', label: { ...first.label, fr: 'Formé' } }],
    });
    if (!result.ok) throw new Error('expected the bundle to load');
    expect(result.bundle).toMatchObject({ extra: { anything: true } });
    expect(result.bundle.indicators[0]).toMatchObject({ colour: 'red' });
    expect(result.warnings.every((problem) => problem.severity === 'warning')).toBe(true);
    const unknown = result.warnings.filter((problem) => problem.code === 'unknownField');
    expect(inEnglish(unknown)).toEqual([
      { path: 'indicators[0].label.fr', message: 'unknown field "fr": kept, not used' },
      { path: 'indicators[0].colour', message: 'unknown field "colour": kept, not used' },
      { path: 'extra', message: 'unknown field "extra": kept, not used' },
    ]);
  });

  it('loads blank English, showing the Chinese, with a warning', () => {
    const bundle = makeBundle();
    const first = bundle.indicators[0]!;
    const result = validateBundle({
      ...bundle,
      indicators: [{ ...first, label: { zh: '培训技能人才', en: '  ' } }],
      categories: bundle.categories.filter((category) => category.id === first.category),
    });
    if (!result.ok) throw new Error('expected the bundle to load');
    const label = result.bundle.indicators[0]!.label;
    expect(label.en).toBe('培训技能人才');
    expect(isUntranslated(label)).toBe(true);
    expect(isUntranslated(bundle.title)).toBe(false);
    expect(result.warnings).toEqual([
      { code: 'missingEnglish', path: 'indicators[0].label.en', params: {}, severity: 'warning' },
    ]);
  });

  it('fills blank English in fields the format does not know too, and warns only where it reads', () => {
    const bundle = makeBundle();
    const first = bundle.indicators[0]!;
    const result = validateBundle({
      ...bundle,
      indicators: [
        {
          ...first,
          label: { zh: '培训', en: 'Training', aside: { zh: '旁注', en: '' } },
          extra: { zh: '附注', en: '' },
        },
      ],
      categories: bundle.categories.filter((category) => category.id === first.category),
    });
    if (!result.ok) throw new Error('expected the bundle to load');
    const shown = result.bundle.indicators[0] as unknown as {
      label: { aside: { en: string } };
      extra: { en: string };
    };
    expect(shown.extra.en).toBe('附注');
    expect(shown.label.aside.en).toBe('旁注');
    expect(inEnglish(result.warnings)).toEqual([
      { path: 'indicators[0].label.aside', message: 'unknown field "aside": kept, not used' },
      { path: 'indicators[0].extra', message: 'unknown field "extra": kept, not used' },
      { path: 'indicators[0].extra.en', message: expect.stringContaining('English') },
    ]);
  });

  it('warns of a category with no figures', () => {
    const bundle = makeBundle();
    const result = validateBundle({
      ...bundle,
      categories: [...bundle.categories, { id: 'spare', label: { zh: '空', en: 'Spare' } }],
    });
    expect(result.ok && inEnglish(result.warnings)).toEqual([
      {
        path: `categories[${bundle.categories.length}]`,
        message: 'category "spare" has no figures',
      },
    ]);
  });

  it('has no warnings for the fixtures that are meant to be clean', () => {
    for (const name of ['valid-minimal', 'valid-small', 'valid-measures'] as const) {
      const result = validateBundle(loadFixture(name));
      expect(result.ok && result.warnings).toEqual([]);
    }
  });

  it.each([
    ['https://example.org/report', true],
    ['http://example.org/report', true],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['ftp://example.org/x', false],
    ['vbscript:msgbox', false],
    ['not a url', false],
  ])('source.url %s is accepted: %s', (url, accepted) => {
    const bundle = makeBundle({ source: { title: { zh: '来源', en: 'Source' }, url } });
    const result = validateBundle(bundle);
    expect(result.ok).toBe(accepted);
    if (!result.ok) {
      expect(inEnglish(result.problems)).toEqual([
        { path: 'source.url', message: 'expected an http: or https: URL' },
      ]);
    }
  });

  it('refuses a cross-origin source text path', () => {
    const bundle = makeBundle({
      source: { title: { zh: '来源', en: 'Source' }, text: '//evil.example/x.txt' },
    });
    expect(problemsOf(bundle)).toContainEqual({
      path: 'source.text',
      message: 'expected a same-origin path starting with a single "/"',
    });
  });
});

describe('generateHugeBundle', () => {
  it('makes a valid bundle of 10,000 indicators over 20 categories, 8 themes and every unit', () => {
    const bundle = generateHugeBundle({ seed: 1 });
    const result = validateBundle(bundle);
    expect(result.ok ? [] : result.problems.slice(0, 3)).toEqual([]);
    expect(bundle.indicators).toHaveLength(10_000);
    expect(bundle.categories).toHaveLength(20);
    expect(bundle.themes).toHaveLength(8);
    expect(new Set(bundle.indicators.map((indicator) => indicator.unit))).toEqual(new Set(UNITS));
  });

  it('is the same for the same seed and differs for another', () => {
    expect(generateHugeBundle({ count: 50, seed: 7 })).toEqual(
      generateHugeBundle({ count: 50, seed: 7 }),
    );
    expect(generateHugeBundle({ count: 50, seed: 7 })).not.toEqual(
      generateHugeBundle({ count: 50, seed: 8 }),
    );
    expect(validateBundle(generateHugeBundle({ count: 20, seed: -3 })).ok).toBe(true);
  });
});

describe('warningsBeside', () => {
  it('lists the warnings of a refused bundle, whatever its lists hold, and leaves it as it was', () => {
    const refused = { title: { zh: '报告', en: '' }, indicators: [null], extra: 1 };
    expect(warningsBeside(refused).map(({ code, path }) => `${code} ${path}`)).toEqual([
      'unknownField extra',
      'missingEnglish title.en',
    ]);
    expect(refused.title.en).toBe('');
  });
});

describe('headline figures past the sixth', () => {
  it('are warned of where they start, and the bundle loads', () => {
    const bundle = JSON.parse(
      readPublic('data/bundles/huainan-union-five-year.json'),
    ) as ReturnType<typeof makeBundle>;
    const ids = bundle.indicators.map((indicator) => indicator.id);
    expect(ids.length).toBeGreaterThan(HEADLINE_MAX);
    const cut = validateBundle({ ...bundle, headline: ids });
    expect(cut.ok).toBe(true);
    const warnings = cut.ok ? cut.warnings : [];
    expect(warnings.filter((item) => item.code === 'headlineCut')).toEqual([
      expect.objectContaining({
        path: `headline[${HEADLINE_MAX}]`,
        params: { listed: String(ids.length), shown: String(HEADLINE_MAX) },
      }),
    ]);
    const six = validateBundle({ ...bundle, headline: ids.slice(0, HEADLINE_MAX) });
    expect(six.ok && six.warnings.some((item) => item.code === 'headlineCut')).toBe(false);
  });
});
