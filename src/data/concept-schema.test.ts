import { describe, expect, it } from 'vitest';
import { readPublic } from '../../mock/fixtures.ts';
import { parseCatalog } from './catalog-schema.ts';
import { parseConcepts, unknownConceptWarnings, type Concept } from './concept-schema.ts';
import { validateBundle } from './validate-bundle.ts';

const gdp: Concept = {
  id: 'gdp',
  label: { zh: '地区生产总值', en: 'GDP' },
  definition: { zh: '一年内生产的价值', en: 'Value produced in a year' },
  unit: 'yuan',
  kind: 'flow',
};

describe('parseConcepts', () => {
  it('keeps good entries and reports a bad or repeated one by its path', () => {
    const result = parseConcepts({
      schemaVersion: 1,
      concepts: [gdp, { ...gdp, id: 'jobs', kind: 'sometimes' }, gdp],
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.concepts.map((concept) => concept.id)).toEqual(['gdp']);
    expect(result.problems.map((problem) => problem.path)).toEqual([
      'concepts[1].kind',
      'concepts[2].id',
    ]);
  });

  it('refuses JSON that is not a vocabulary, or of another version', () => {
    expect(parseConcepts([gdp]).ok).toBe(false);
    expect(parseConcepts({ schemaVersion: 2, concepts: [] }).ok).toBe(false);
  });
});

describe('a figure naming a concept', () => {
  it('warns of an id the vocabulary does not know, and the bundle still loads', () => {
    const bundle = {
      indicators: [{ concept: 'gdp' }, {}, { concept: 'moon-landings' }],
    };
    expect(unknownConceptWarnings(bundle, [gdp])).toEqual([
      {
        code: 'unknownConcept',
        path: 'indicators[2].concept',
        params: { concept: 'moon-landings' },
        severity: 'warning',
      },
    ]);
  });
});

describe('the shipped vocabulary', () => {
  const parsed = parseConcepts(JSON.parse(readPublic('/data/concepts.json')));
  const concepts = parsed.ok ? parsed.concepts : [];
  const catalog = parseCatalog(JSON.parse(readPublic('/data/catalog.json')));
  const bundles = (catalog.ok ? catalog.entries : []).map((entry) => {
    const result = validateBundle(JSON.parse(readPublic(entry.url)));
    if (!result.ok) throw new Error(entry.id);
    return result.bundle;
  });

  it('reads without a problem', () => {
    expect(parsed.ok && parsed.problems).toEqual([]);
  });

  it('holds only concepts a shipped figure carries, in the unit the concept is counted in', () => {
    const carried = new Set(bundles.flatMap((bundle) => bundle.indicators.map((i) => i.concept)));
    expect(concepts.filter((concept) => !carried.has(concept.id))).toEqual([]);
    for (const bundle of bundles) {
      expect(unknownConceptWarnings(bundle, concepts)).toEqual([]);
      for (const indicator of bundle.indicators) {
        const concept = concepts.find((item) => item.id === indicator.concept);
        if (concept) expect([indicator.id, indicator.unit]).toEqual([indicator.id, concept.unit]);
      }
    }
  });
});
