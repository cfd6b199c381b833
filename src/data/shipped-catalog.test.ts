import { describe, expect, it } from 'vitest';
import { readPublic } from '../../mock/fixtures.ts';
import { parseCatalog } from './catalog-schema.ts';
import { validateBundle } from './validate-bundle.ts';

const catalog = parseCatalog(JSON.parse(readPublic('/data/catalog.json')));
const entries = catalog.ok ? catalog.entries : [];

describe('the bundles the site ships', () => {
  it('lists several reports with the union report first, the default', () => {
    expect(entries.length).toBeGreaterThanOrEqual(3);
    expect(entries[0]?.id).toBe('huainan-union-five-year');
  });

  it.each(entries.map((entry) => [entry.id, entry] as const))(
    '%s loads without a problem and matches its catalogue entry',
    (id, entry) => {
      const result = validateBundle(JSON.parse(readPublic(entry.url)));
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      expect(result.warnings).toEqual([]);
      const { bundle } = result;
      expect(bundle.id).toBe(id);
      expect(entry.title).toEqual({ zh: bundle.title.zh, en: bundle.title.en });
      expect(entry.publisher).toEqual({ zh: bundle.publisher.zh, en: bundle.publisher.en });
      expect(entry.indicatorCount).toBe(bundle.indicators.length);
      const headline = bundle.headline ?? [];
      expect(headline.length).toBeGreaterThanOrEqual(4);
      expect(headline.length).toBeLessThanOrEqual(6);
    },
  );
});
