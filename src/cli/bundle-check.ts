// `npm run bundle:check [file…]`: schema, translations and provenance of bundles; exit 1 on any problem.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkBundleFile } from '../data/check-bundle.ts';

const PUBLIC = path.resolve(import.meta.dirname, '../../public');

function catalogFiles(): string[] {
  const catalog = JSON.parse(readFileSync(path.join(PUBLIC, 'data/catalog.json'), 'utf8')) as {
    bundles: { url: string }[];
  };
  return catalog.bundles.map((entry) => path.join(PUBLIC, entry.url));
}

function readSource(sitePath: string): string | undefined {
  const file = path.join(PUBLIC, path.normalize(sitePath));
  if (!file.startsWith(PUBLIC) || !existsSync(file)) return undefined;
  return readFileSync(file, 'utf8');
}

const files = process.argv.slice(2);
let failed = false;
for (const file of files.length ? files : catalogFiles()) {
  const name = path.relative(process.cwd(), file) || file;
  if (!existsSync(file)) {
    console.error(`✗ ${name}: file not found`);
    failed = true;
    continue;
  }
  const result = checkBundleFile({ fileName: name, text: readFileSync(file, 'utf8'), readSource });
  if (result.problems.length) {
    failed = true;
    for (const problem of result.problems) console.error(`✗ ${name}: ${problem.path} — ${problem.message}`);
  } else {
    console.log(
      `✓ ${name}: ${result.indicators} indicators, ${result.quotesVerified} quotes verified, ${result.uncited} uncited numbers`,
    );
  }
}
process.exitCode = failed ? 1 : 0;
