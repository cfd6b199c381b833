// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR, readPublic } from '../../mock/fixtures.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkBundleFile } from './check-bundle.ts';
import { bundleJsonSchemaText } from './json-schema.ts';

const readSource = (sitePath: string) => {
  try {
    return readPublic(sitePath);
  } catch {
    return undefined;
  }
};

describe('checkBundleFile', () => {
  it('passes the default bundle, with every quote verified against the report', () => {
    const result = checkBundleFile({
      fileName: 'default',
      text: readPublic('/data/bundles/huainan-union-five-year.json'),
      readSource,
    });
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ indicators: 49, quotesVerified: 49, uncited: 5 });
  });

  it('reports broken JSON with its line and column', () => {
    const result = checkBundleFile({ fileName: 'x', text: '{\n  "a": 1,\n  oops\n}', readSource });
    expect(result.problems[0]?.path).toBe('(file)');
    expect(result.problems[0]?.message).toMatch(/not valid JSON \(line 3, column \d+\)/);
  });

  it('reports schema problems by path', () => {
    const text = readFileSync(path.join(FIXTURE_DIR, 'broken-dangling-category.json'), 'utf8');
    expect(checkBundleFile({ fileName: 'x', text, readSource }).problems).toContainEqual({
      path: 'indicators[1].category',
      message: 'unknown category "nowhere"',
    });
  });

  it('reports a source text that does not exist', () => {
    const bundle = JSON.parse(readPublic('/data/bundles/huainan-union-five-year.json'));
    bundle.source.text = '/data/sources/missing.txt';
    expect(checkBundleFile({ fileName: 'x', text: JSON.stringify(bundle), readSource }).problems).toEqual([
      { path: 'source.text', message: 'source text not found: /data/sources/missing.txt' },
    ]);
  });

  it('catches a figure changed by hand in the default bundle', () => {
    const bundle = JSON.parse(readPublic('/data/bundles/huainan-union-five-year.json'));
    bundle.indicators[5].value += 1;
    const problems = checkBundleFile({ fileName: 'x', text: JSON.stringify(bundle), readSource }).problems;
    expect(problems.map((problem) => problem.path)).toEqual(['indicators[5].value']);
  });
});

describe('published JSON Schema', () => {
  it('matches the zod schema (run `npm run schema:write` when this fails)', () => {
    expect(readPublic('/schema/indicator-bundle.v1.json')).toBe(bundleJsonSchemaText());
  });
});
