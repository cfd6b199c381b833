import * as z from 'zod/mini';
import { SCHEMA_VERSION } from '../data/bundle-format.ts';
import { bundleSchema } from '../data/bundle-schema.ts';
import { CATALOG_SCHEMA_VERSION, catalogSchema } from '../data/catalog-schema.ts';
import { CONCEPTS_SCHEMA_VERSION, conceptsSchema } from '../data/concept-schema.ts';

/** Site path of the published JSON Schema, under public/. */
export const JSON_SCHEMA_PATH = `/schema/indicator-bundle.v${SCHEMA_VERSION}.json`;

/** Site path of the catalogue's published JSON Schema, under public/. */
export const CATALOG_JSON_SCHEMA_PATH = `/schema/catalog.v${CATALOG_SCHEMA_VERSION}.json`;

/** A zod schema as JSON Schema by zod's own `z.toJSONSchema`, with our id, title and description. */
function generate(
  schema: z.ZodMiniType,
  head: { $id: string; title: string; description: string },
): Record<string, unknown> {
  const { $schema, ...generated } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return { $schema, ...head, ...generated };
}

/**
 * The JSON Schema published for bundle authors and their editors, generated from the zod schema.
 * It describes the input shape; the cross-checks of the zod refinements have no JSON Schema form,
 * which its description says.
 */
export function bundleJsonSchema(): Record<string, unknown> {
  return generate(bundleSchema, {
    $id: `indicator-bundle.v${SCHEMA_VERSION}.json`,
    title: `Indicator bundle v${SCHEMA_VERSION}`,
    description:
      'Generated from src/data/bundle-schema.ts by `npm run schema:write`; do not edit by hand. ' +
      'Refinements cannot be expressed in JSON Schema: unique ids, known categories, themes and ' +
      'indicator ids in headline and panels, one unit per panel, start year ≤ end year and https: ' +
      'source URLs are checked by the app and by `npm run bundle:check`, which also verifies ' +
      'every quote against the source text.',
  });
}

/** The JSON Schema of public/data/catalog.json, generated from its zod schema. */
export function catalogJsonSchema(): Record<string, unknown> {
  return generate(catalogSchema, {
    $id: `catalog.v${CATALOG_SCHEMA_VERSION}.json`,
    title: `Bundle catalogue v${CATALOG_SCHEMA_VERSION}`,
    description:
      'Generated from src/data/catalog-schema.ts by `npm run schema:write`; do not edit by hand. ' +
      'The bundles the site offers; the first is the default. The app skips an entry that does ' +
      'not match (and says why in the console); ids should be unique, and a repeated one is ' +
      'skipped too.',
  });
}

/** Site path of the concept vocabulary's published JSON Schema, under public/. */
export const CONCEPTS_JSON_SCHEMA_PATH = `/schema/concepts.v${CONCEPTS_SCHEMA_VERSION}.json`;

/** The JSON Schema of public/data/concepts.json, generated from its zod schema. */
export function conceptsJsonSchema(): Record<string, unknown> {
  return generate(conceptsSchema, {
    $id: `concepts.v${CONCEPTS_SCHEMA_VERSION}.json`,
    title: `Concept vocabulary v${CONCEPTS_SCHEMA_VERSION}`,
    description:
      'Generated from src/data/concept-schema.ts by `npm run schema:write`; do not edit by hand. ' +
      'The concepts an indicator may name in `concept`, so the same figure is found in other ' +
      'reports. The app skips an entry that does not match, and a repeated id.',
  });
}

const asText = (schema: Record<string, unknown>) => `${JSON.stringify(schema, null, 2)}\n`;

/** The schema file's text exactly as committed. */
export function bundleJsonSchemaText(): string {
  return asText(bundleJsonSchema());
}

/** The catalogue schema file's text exactly as committed. */
export function catalogJsonSchemaText(): string {
  return asText(catalogJsonSchema());
}

/** The concept vocabulary's schema file text exactly as committed. */
export function conceptsJsonSchemaText(): string {
  return asText(conceptsJsonSchema());
}
