// `npm run schema:write`: regenerates public/schema/indicator-bundle.v1.json from the zod schema.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleJsonSchemaText, JSON_SCHEMA_PATH } from '../authoring/json-schema.ts';

const target = path.resolve(import.meta.dirname, '../../public', `.${JSON_SCHEMA_PATH}`);
writeFileSync(target, bundleJsonSchemaText());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
