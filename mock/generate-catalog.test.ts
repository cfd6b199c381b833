import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../src/data/catalog-schema.ts';
import { parseConcepts, unknownConceptWarnings } from '../src/data/concept-schema.ts';
import { validateBundle } from '../src/data/validate-bundle.ts';
import { generateCatalog } from './generate-catalog.ts';

describe('the generated catalogue of 200 bundles', () => {
  const { catalog, bundles } = generateCatalog();

  it('lists 200 valid bundles of 30 to 80 figures, each as its entry says', () => {
    const parsed = parseCatalog(catalog);
    expect(parsed.ok && parsed.entries.length).toBe(200);
    expect(parsed.ok && parsed.problems).toEqual([]);
    for (const [at, bundle] of bundles.entries()) {
      const result = validateBundle(JSON.parse(JSON.stringify(bundle)));
      expect(result.ok, bundle.id).toBe(true);
      expect(bundle.indicators.length).toBeGreaterThanOrEqual(30);
      expect(bundle.indicators.length).toBeLessThanOrEqual(80);
      expect(catalog.bundles[at]?.indicatorCount).toBe(bundle.indicators.length);
      expect(catalog.bundles[at]?.url).toBe(`/__mock/catalog/${bundle.id}.json`);
    }
    expect(new Set(bundles.map((bundle) => bundle.id)).size).toBe(200);
  });

  it('shares concept ids between bundles, and is the same on every run', () => {
    const holding = (concept: string) =>
      bundles.filter((bundle) =>
        bundle.indicators.some((item) => (item as { concept?: string }).concept === concept),
      ).length;
    expect(holding('gdp')).toBeGreaterThan(20);
    expect(holding('new-urban-jobs')).toBeGreaterThan(20);
    expect(holding('workers-trained')).toBeGreaterThan(20);
    expect(JSON.stringify(generateCatalog(5))).toBe(JSON.stringify(generateCatalog(5)));
  });

  it('names only concepts of the shipped vocabulary, so no bundle raises an unknown-concept warning', () => {
    const vocabulary = parseConcepts(
      JSON.parse(
        readFileSync(path.resolve(import.meta.dirname, '../public/data/concepts.json'), 'utf8'),
      ),
    );
    const concepts = vocabulary.ok ? vocabulary.concepts : [];
    expect(concepts.length).toBeGreaterThan(0);
    const warned = bundles.flatMap((bundle) => unknownConceptWarnings(bundle, concepts));
    expect(warned).toEqual([]);
  });
});
