import { describe, expect, it } from 'vitest';
import { readPublic } from '../../mock/fixtures.ts';
import { parseCatalog } from '../data/catalog-schema.ts';
import { makeBundle } from '../../tests/unit/make-bundle.ts';
import { withShell } from './render-shell.tsx';
import { firstBundleUrl, shellKind } from './shell.ts';

/** The default the app loads: the first entry parseCatalog keeps. */
function parsedDefault(text: string): string | undefined {
  const catalog = parseCatalog(JSON.parse(text));
  return catalog.ok ? catalog.entries[0]?.url : undefined;
}

const entry = (id: string) => ({
  id,
  title: { zh: id, en: id },
  url: `/data/bundles/${id}.json`,
});

describe("firstBundleUrl, the first script's hand read of the catalogue", () => {
  it("agrees with parseCatalog on the site's catalogue", () => {
    const text = readPublic('/data/catalog.json');
    expect(firstBundleUrl(text)).toBe(parsedDefault(text));
    expect(firstBundleUrl(text)).toMatch(/^\/data\/bundles\/.+\.json$/);
  });

  it('agrees with parseCatalog whenever the first entry is valid, whatever follows', () => {
    const text = JSON.stringify({ bundles: [entry('a'), { id: 'B!' }, 'junk'] });
    expect(firstBundleUrl(text)).toBe('/data/bundles/a.json');
    expect(firstBundleUrl(text)).toBe(parsedDefault(text));
  });

  it('differs from the default when the first entry is wrong, so no first screen is shown', () => {
    const text = JSON.stringify({ bundles: [{ id: 'a', url: '/x.json' }, entry('b')] });
    expect(parsedDefault(text)).toBe('/data/bundles/b.json');
    expect(firstBundleUrl(text)).not.toBe(parsedDefault(text));
    // The build renders parseCatalog's default, and leaves the page without a first screen.
    const { skipped } = withShell('<div id="root"></div>', {
      catalogText: text,
      bundleUrl: parsedDefault(text) ?? '',
      bundleText: JSON.stringify(makeBundle()),
    });
    expect(skipped).toBe("the catalogue's first bundle is /x.json");
  });

  it('finds nothing in a catalogue without a usable first url', () => {
    expect(firstBundleUrl(undefined)).toBeUndefined();
    expect(firstBundleUrl('null')).toBeUndefined();
    expect(firstBundleUrl('{"bundles":[]}')).toBeUndefined();
    expect(firstBundleUrl('{"bundles":[{"url":7}]}')).toBeUndefined();
  });
});

describe('shellKind, which first screen rendered at build time fits the address', () => {
  it.each([
    ['', 'desk'],
    ['?lang=en', 'desk'],
    ['?mode=screen', 'wall'],
    ['?Mode=screen&LANG=en', 'wall'],
    ['?mode=screen&lang=cycle&interval=20&refresh=5', 'wall'],
    ['?mode=screen&lang=both', undefined],
    ['?mode=screen&bundle=other', undefined],
    ['?mode=screen&health=1', undefined],
    ['?mode=screen&caption=1', undefined],
    ['?mode=studio', undefined],
    ['?mode=analyst', undefined],
    ['?view=table', undefined],
  ])('%s: %s', (search, kind) => {
    expect(shellKind(search)).toBe(kind);
  });
});
