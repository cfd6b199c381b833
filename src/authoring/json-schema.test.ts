// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readPublic } from '../../mock/fixtures.ts';
import { bundleJsonSchema, bundleJsonSchemaText, JSON_SCHEMA_PATH } from './json-schema.ts';

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
      properties: { indicators: { items: { properties: { unit: { enum: string[] } } } } };
    };
    expect(schema.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'id', 'title', 'categories', 'indicators']),
    );
    expect(schema.properties.indicators.items.properties.unit.enum).toContain('person-time');
  });
});
