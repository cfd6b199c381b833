// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readPublic } from '../../mock/fixtures.ts';
import {
  bundleJsonSchema,
  bundleJsonSchemaText,
  CATALOG_JSON_SCHEMA_PATH,
  catalogJsonSchema,
  catalogJsonSchemaText,
  CONCEPTS_JSON_SCHEMA_PATH,
  conceptsJsonSchemaText,
  JSON_SCHEMA_PATH,
} from './json-schema.ts';

describe('published JSON Schema', () => {
  it('is what the zod schema generates now', () => {
    const committed = readPublic(JSON_SCHEMA_PATH);
    expect(
      committed === bundleJsonSchemaText(),
      `public${JSON_SCHEMA_PATH} is out of date with src/data/bundle-schema.ts: run \`npm run schema:write\``,
    ).toBe(true);
  });

  it('says that refinements are not in it', () => {
    expect(bundleJsonSchema().description).toMatch(/Refinements cannot be expressed/);
  });

  it('requires the fields every bundle has and knows the units', () => {
    const schema = bundleJsonSchema() as {
      required: string[];
      properties: {
        indicators: {
          items: { properties: { unit: { enum: string[] }; measure: { required: string[] } } };
        };
      };
    };
    expect(schema.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'id', 'title', 'categories', 'indicators']),
    );
    const indicator = schema.properties.indicators.items.properties;
    expect(indicator.unit.enum).toEqual(expect.arrayContaining(['person-time', 'measure']));
    expect(indicator.measure.required).toEqual(['id', 'label']);
  });
});

describe("the catalogue's published JSON Schema", () => {
  it('is what the zod schema generates now', () => {
    const committed = readPublic(CATALOG_JSON_SCHEMA_PATH);
    expect(
      committed === catalogJsonSchemaText(),
      `public${CATALOG_JSON_SCHEMA_PATH} is out of date with src/data/catalog-schema.ts: run \`npm run schema:write\``,
    ).toBe(true);
  });

  it('requires id, title and url of every entry and allows only paths on this site', () => {
    const schema = catalogJsonSchema() as {
      $id: string;
      required: string[];
      properties: {
        bundles: { items: { required: string[]; properties: { url: { pattern: string } } } };
      };
    };
    expect(schema.$id).toBe('catalog.v1.json');
    expect(schema.required).toEqual(['bundles']);
    const entry = schema.properties.bundles.items;
    expect(entry.required).toEqual(['id', 'title', 'url']);
    const sitePath = new RegExp(entry.properties.url.pattern);
    expect(sitePath.test('/data/bundles/x.json')).toBe(true);
    expect(sitePath.test('//elsewhere.example/x.json')).toBe(false);
    expect(sitePath.test('https://elsewhere.example/x.json')).toBe(false);
  });
});

describe("the concept vocabulary's published JSON Schema", () => {
  it('is what the zod schema generates now', () => {
    const committed = readPublic(CONCEPTS_JSON_SCHEMA_PATH);
    expect(
      committed === conceptsJsonSchemaText(),
      `public${CONCEPTS_JSON_SCHEMA_PATH} is out of date with src/data/concept-schema.ts: run \`npm run schema:write\``,
    ).toBe(true);
  });
});
