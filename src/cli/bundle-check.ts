// `npm run bundle:check [file…]`: JSON, schema, English text and provenance of indicator bundles.
// With no files it checks every bundle of public/data/catalog.json. Prints errors (✗) and
// warnings (!) in English; exits 1 on any error.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkBundleFile } from '../authoring/check-bundle.ts';
import { describeCatalogProblem } from '../data/catalog-problems.ts';
import { parseCatalog } from '../data/catalog-schema.ts';
import { describeConceptProblem, parseConcepts, type Concept } from '../data/concept-schema.ts';
import { createI18n } from '../i18n/index.ts';
import { problemText } from '../i18n/problem-text.ts';

const { t } = createI18n('en');

const PUBLIC = path.resolve(import.meta.dirname, '../../public');

/** A same-origin site path (`/data/x.json?v=2`) as a file under public/, or undefined outside it. */
function publicFile(sitePath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(sitePath.split(/[?#]/)[0] ?? '');
  } catch {
    return undefined;
  }
  const file = path.join(PUBLIC, path.normalize(`/${decoded}`));
  return file.startsWith(PUBLIC + path.sep) ? file : undefined;
}

/** The files of the catalogue's bundles; a wrong entry is printed and fails the check. */
function catalogFiles(): { files: string[]; problems: string[] } {
  const catalogPath = path.join(PUBLIC, 'data/catalog.json');
  const catalog = parseCatalog(JSON.parse(readFileSync(catalogPath, 'utf8')));
  if (!catalog.ok) throw new Error(`catalog.json: ${catalog.message}`);
  const problems = catalog.problems.map(
    (problem) => `catalog.json: ${describeCatalogProblem(problem)}`,
  );
  const files = catalog.entries.flatMap((entry) => {
    const file = publicFile(entry.url);
    if (!file)
      problems.push(`catalog.json: bundle url ${JSON.stringify(entry.url)} is not under public/`);
    return file ? [file] : [];
  });
  return { files, problems };
}

function readSource(sitePath: string): string | undefined {
  const file = publicFile(sitePath);
  return file && existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** The shared concept vocabulary; a wrong entry fails the check, as a catalogue's does. */
function readConcepts(): { concepts: Concept[]; problems: string[] } {
  const file = path.join(PUBLIC, 'data/concepts.json');
  if (!existsSync(file)) return { concepts: [], problems: ['concepts.json: file not found'] };
  const parsed = parseConcepts(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok) return { concepts: [], problems: [`concepts.json: ${parsed.message}`] };
  return {
    concepts: parsed.concepts,
    problems: parsed.problems.map((problem) => `concepts.json: ${describeConceptProblem(problem)}`),
  };
}

let failed = false;
const vocabulary = readConcepts();
for (const problem of vocabulary.problems) console.error(`✗ ${problem}`);
if (vocabulary.problems.length > 0) failed = true;
let files = process.argv.slice(2);
if (files.length === 0) {
  try {
    const catalog = catalogFiles();
    files = catalog.files;
    for (const problem of catalog.problems) console.error(`✗ ${problem}`);
    if (catalog.problems.length > 0) failed = true;
  } catch (error) {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
    failed = true;
  }
}
for (const file of files) {
  const name = path.relative(process.cwd(), file) || file;
  if (!existsSync(file)) {
    console.error(`✗ ${name}: file not found`);
    failed = true;
    continue;
  }
  const result = checkBundleFile({
    fileName: name,
    text: readFileSync(file, 'utf8'),
    readSource,
    concepts: vocabulary.concepts,
  });
  for (const problem of result.problems) {
    const mark = problem.severity === 'error' ? '✗' : '!';
    console.error(`${mark} ${name}: ${problem.path} — ${problemText(problem, t)}`);
  }
  const errors = result.problems.filter((problem) => problem.severity === 'error').length;
  if (errors > 0) failed = true;
  else {
    console.log(
      `✓ ${name}: ${result.indicators} indicators, ${result.quotesVerified} quotes verified, ${result.uncited} uncited numbers, ${result.problems.length} warnings`,
    );
  }
}
process.exitCode = failed ? 1 : 0;
