import { describe, expect, it } from 'vitest';
import { readPublic } from '../../mock/fixtures.ts';
import { NOT_A_CATALOG } from './catalog-problems.ts';
import { parseCatalog, type CatalogParse } from './catalog-schema.ts';

const entry = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: { zh: `包${id}`, en: `Bundle ${id}` },
  url: `/data/bundles/${id}.json`,
  ...extra,
});

function entriesOf(result: CatalogParse) {
  if (!result.ok) throw new Error(`expected a catalogue, got: ${result.message}`);
  return result;
}

describe('parseCatalog', () => {
  it("reads the site's own catalogue without a problem", () => {
    const { entries, problems } = entriesOf(
      parseCatalog(JSON.parse(readPublic('/data/catalog.json'))),
    );
    expect(problems).toEqual([]);
    expect(entries[0]?.url).toBe('/data/bundles/huainan-union-five-year.json');
  });

  it('keeps the optional fields and drops unknown ones', () => {
    const { entries } = entriesOf(
      parseCatalog({
        schemaVersion: 1,
        bundles: [
          entry('a', {
            publisher: { zh: '某工会', en: 'A union' },
            period: { zh: '过去五年', en: 'The past five years' },
            indicatorCount: 49,
            colour: 'red',
          }),
        ],
      }),
    );
    expect(entries).toEqual([
      {
        ...entry('a'),
        publisher: { zh: '某工会', en: 'A union' },
        period: { zh: '过去五年', en: 'The past five years' },
        indicatorCount: 49,
      },
    ]);
  });

  it.each([
    ['an id that is not a slug', { id: 'Not A Slug' }, 'bundles[1].id', /expected a slug/],
    ['a missing English title', { title: { zh: '包' } }, 'bundles[1].title.en', /expected/],
    ['a blank Chinese title', { title: { zh: ' ', en: 'B' } }, 'bundles[1].title.zh', /Chinese/],
    ['another origin', { url: 'https://evil.example/x.json' }, 'bundles[1].url', /same-origin/],
    ['a protocol-relative url', { url: '//evil.example/x.json' }, 'bundles[1].url', /same-origin/],
    ['a url with a backslash', { url: '/\\evil.example' }, 'bundles[1].url', /same-origin/],
    ['no url', { url: undefined }, 'bundles[1].url', /same-origin/],
    ['a fractional count', { indicatorCount: 4.5 }, 'bundles[1].indicatorCount', /whole/],
    ['a negative count', { indicatorCount: -1 }, 'bundles[1].indicatorCount', /≥ 0/],
  ])(
    'skips an entry with %s, says where and why, and keeps the others',
    (_name, bad, path, message) => {
      const { entries, problems } = entriesOf(
        parseCatalog({ bundles: [entry('a'), { ...entry('b'), ...bad }, entry('c')] }),
      );
      expect(entries.map((item) => item.id)).toEqual(['a', 'c']);
      expect(problems).toEqual([{ path, message: expect.stringMatching(message) }]);
    },
  );

  it('skips an entry that is not an object', () => {
    const { entries, problems } = entriesOf(parseCatalog({ bundles: ['a', entry('b')] }));
    expect(entries.map((item) => item.id)).toEqual(['b']);
    expect(problems.map((problem) => problem.path)).toEqual(['bundles[0]']);
  });

  it('keeps the first of two entries with one id', () => {
    const { entries, problems } = entriesOf(
      parseCatalog({ bundles: [entry('a'), { ...entry('a'), url: '/other.json' }] }),
    );
    expect(entries).toEqual([entry('a')]);
    expect(problems).toEqual([
      { path: 'bundles[1].id', message: 'duplicate bundle id "a", first at bundles[0]' },
    ]);
  });

  it('makes the first valid entry the default when the first is wrong', () => {
    const { entries } = entriesOf(parseCatalog({ bundles: [{ id: 'a' }, entry('b')] }));
    expect(entries[0]?.id).toBe('b');
  });

  it('reads an empty catalogue as one with no bundles', () => {
    expect(parseCatalog({ bundles: [] })).toEqual({ ok: true, entries: [], problems: [] });
  });

  it.each([
    ['null', null],
    ['an array', [entry('a')]],
    ['a string', 'catalogue'],
    ['an object without bundles', { items: [entry('a')] }],
    ['bundles that are not a list', { bundles: { a: entry('a') } }],
  ])('refuses %s as not a catalogue at all', (_name, input) => {
    expect(parseCatalog(input)).toEqual({ ok: false, message: NOT_A_CATALOG });
  });

  it('refuses a catalogue version this build does not read', () => {
    expect(parseCatalog({ schemaVersion: 2, bundles: [entry('a')] })).toEqual({
      ok: false,
      message: 'unsupported catalogue schemaVersion 2; this dashboard reads version 1',
    });
  });
});
