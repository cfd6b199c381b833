import { z } from 'zod';
import { bundleSchema, SCHEMA_VERSION } from './bundle-schema.ts';

/** The JSON Schema published for bundle authors, generated from the zod schema. */
export function bundleJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(bundleSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...generated,
    $id: `indicator-bundle.v${SCHEMA_VERSION}.json`,
    title: `Indicator bundle v${SCHEMA_VERSION}`,
    description:
      'Generated from src/data/bundle-schema.ts. Cross-references (unique ids, categories, themes, headline and panel ids, one unit per panel) are checked by the app and by `npm run bundle:check`; JSON Schema cannot express them.',
  };
}

/** The schema file's text, as committed. */
export function bundleJsonSchemaText(): string {
  return `${JSON.stringify(bundleJsonSchema(), null, 2)}\n`;
}
