// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadFixture, readPublic, type FixtureName } from '../../mock/fixtures.ts';
import { makeBundle } from '../../tests/unit/make-bundle.ts';
import { validateBundle } from './validate-bundle.ts';

function problemsOf(input: unknown) {
  const result = validateBundle(input);
  if (result.ok) throw new Error('expected the bundle to be rejected');
  return result.problems;
}

describe('validateBundle', () => {
  it('accepts the default bundle', () => {
    const result = validateBundle(JSON.parse(readPublic('/data/bundles/huainan-union-five-year.json')));
    expect(result.ok && result.bundle.indicators.length).toBe(49);
  });

  it.each(['valid-minimal', 'valid-small', 'hostile'] as const)('accepts the %s fixture', (name) => {
    expect(validateBundle(loadFixture(name)).ok).toBe(true);
  });

  it.each<[FixtureName, string, string]>([
    ['broken-wrong-types', 'indicators[0].value', 'expected a number'],
    ['broken-missing-label', 'indicators[1].label.en', 'expected'],
    ['broken-duplicate-ids', 'indicators[1].id', 'duplicate indicator id "a"'],
    ['broken-dangling-category', 'indicators[1].category', 'unknown category "nowhere"'],
    ['broken-dangling-theme', 'indicators[0].themes[0]', 'unknown theme "ghost"'],
    ['broken-negative', 'indicators[0].value', 'expected a number ≥ 0'],
    ['broken-schema-version', 'schemaVersion', 'unsupported schemaVersion 2'],
    ['broken-panel-mixed-units', 'panels[0].indicators', 'expected indicators that share one unit'],
    ['broken-bad-url', 'source.url', 'expected an https: URL'],
    ['broken-not-object', '(root)', 'expected a JSON object'],
  ])('rejects %s at %s', (name, path, message) => {
    const problems = problemsOf(loadFixture(name));
    expect(problems).toContainEqual({ path, message: expect.stringContaining(message) });
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['a negative number', -1],
  ])('rejects %s as a value', (_name, value) => {
    const bundle = makeBundle();
    const broken = { ...bundle, indicators: [{ ...bundle.indicators[0], value }] };
    expect(problemsOf(broken).map((problem) => problem.path)).toContain('indicators[0].value');
  });

  it('names a blank label and an unknown unit', () => {
    const bundle = makeBundle();
    const first = bundle.indicators[0] as (typeof bundle.indicators)[number];
    const broken = { ...bundle, indicators: [{ ...first, label: { zh: ' ', en: 'x' }, unit: 'furlong' }] };
    const problems = problemsOf(broken);
    expect(problems).toContainEqual({ path: 'indicators[0].label.zh', message: 'expected non-empty Chinese text' });
    expect(problems).toContainEqual({ path: 'indicators[0].unit', message: expect.stringContaining('expected one of person') });
  });

  it('ignores unknown extra fields', () => {
    expect(validateBundle({ ...makeBundle(), extra: { anything: true } }).ok).toBe(true);
  });

  it('refuses a cross-origin source text path', () => {
    const bundle = makeBundle({ source: { title: { zh: '来源', en: 'Source' }, text: '//evil.example/x.txt' } });
    expect(problemsOf(bundle)).toContainEqual({ path: 'source.text', message: expect.stringContaining('same-origin') });
  });
});
