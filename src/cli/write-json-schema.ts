// `npm run schema:write`: regenerates public/schema/indicator-bundle.v1.json from the zod schema.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleJsonSchemaText } from '../data/json-schema.ts';

const target = path.resolve(import.meta.dirname, '../../public/schema/indicator-bundle.v1.json');
writeFileSync(target, bundleJsonSchemaText());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
