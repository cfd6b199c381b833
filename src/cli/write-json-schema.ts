// `npm run schema:write`: regenerates the JSON Schemas under public/schema/ (the indicator bundle,
// the catalogue and the concept vocabulary) from their zod schemas.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  bundleJsonSchemaText,
  CATALOG_JSON_SCHEMA_PATH,
  catalogJsonSchemaText,
  CONCEPTS_JSON_SCHEMA_PATH,
  conceptsJsonSchemaText,
  JSON_SCHEMA_PATH,
} from '../authoring/json-schema.ts';

for (const [sitePath, text] of [
  [JSON_SCHEMA_PATH, bundleJsonSchemaText()],
  [CATALOG_JSON_SCHEMA_PATH, catalogJsonSchemaText()],
  [CONCEPTS_JSON_SCHEMA_PATH, conceptsJsonSchemaText()],
] as const) {
  const target = path.resolve(import.meta.dirname, '../../public', `.${sitePath}`);
  writeFileSync(target, text);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
