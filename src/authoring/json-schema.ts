import * as z from 'zod/mini';
import { bundleSchema, SCHEMA_VERSION } from '../data/bundle-schema.ts';

/** Site path of the published JSON Schema, under public/. */
export const JSON_SCHEMA_PATH = `/schema/indicator-bundle.v${SCHEMA_VERSION}.json`;

/**
 * The JSON Schema published for bundle authors and their editors, generated from the zod schema
 * by zod's own `z.toJSONSchema`. It describes the input shape; the cross-checks of the zod
 * refinements have no JSON Schema form, which its description says.
 */
export function bundleJsonSchema(): Record<string, unknown> {
  const { $schema, ...generated } = z.toJSONSchema(bundleSchema, {
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return {
    $schema,
    $id: `indicator-bundle.v${SCHEMA_VERSION}.json`,
    title: `Indicator bundle v${SCHEMA_VERSION}`,
    description:
      'Generated from src/data/bundle-schema.ts by `npm run schema:write`; do not edit by hand. ' +
      'Refinements cannot be expressed in JSON Schema: unique ids, known categories, themes and ' +
      'indicator ids in headline and panels, one unit per panel, start year ≤ end year and https: ' +
      'source URLs are checked by the app and by `npm run bundle:check`, which also verifies ' +
      'every quote against the source text.',
    ...generated,
  };
}

/** The schema file's text exactly as committed. */
export function bundleJsonSchemaText(): string {
  return `${JSON.stringify(bundleJsonSchema(), null, 2)}\n`;
}
