// `npm run bundle:draft -- <report.txt> [--out draft.json] [--id …] [--title-zh …] [--title-en …]
//   [--publisher-zh …] [--source-path /data/sources/…] [--compare reference.json]`
// Reads a Chinese report, writes a draft bundle v1 (stdout without --out) and a summary on stderr.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compareDrafts, draftBundle, summarizeDraft } from '../authoring/draft/draft-bundle.ts';
import { presenterOf, titleOf } from '../authoring/draft/publisher.ts';
import { quoteText } from '../data/quote-match.ts';

const USAGE =
  'usage: npm run bundle:draft -- <report.txt> [--out draft.json] [--id slug] [--title-zh 标题] ' +
  '[--title-en title] [--publisher-zh 发布单位] [--source-path /data/sources/report.txt] [--compare bundle.json]';

function fail(message: string): never {
  console.error(`✗ ${message}`);
  console.error(USAGE);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      id: { type: 'string' },
      'title-zh': { type: 'string' },
      'title-en': { type: 'string' },
      'publisher-zh': { type: 'string' },
      'source-path': { type: 'string' },
      compare: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [reportFile] = positionals;
if (!reportFile || positionals.length > 1) fail('expected exactly one report file');
if (!existsSync(reportFile)) fail(`report not found: ${reportFile}`);

const text = readFileSync(reportFile, 'utf8').replace(/^\uFEFF/, '');
const baseName = path.basename(reportFile);
const fallbackId =
  baseName
    .replace(/(\.zh)?\.txt$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64) || 'draft';
const id = values.id ?? fallbackId;
if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(id))
  fail(`--id must be a slug (lower-case letters, digits, hyphens): ${id}`);

// Unless given, who presents the report as its opening says ("我代表省人民政府…").
const publisherZh = values['publisher-zh'] ?? presenterOf(text);
const { bundle, extraction } = draftBundle(text, {
  id,
  // Unless given, the title the report prints, else its publisher's work report, else the file.
  titleZh: values['title-zh'] ?? (titleOf(text, publisherZh) || baseName),
  titleEn: values['title-en'],
  publisherZh,
  sourcePath: values['source-path'] ?? `/data/sources/${encodeURIComponent(baseName)}`,
});
const json = `${JSON.stringify(bundle, null, 2)}\n`;
if (values.out) writeFileSync(values.out, json);
else process.stdout.write(json);

for (const line of summarizeDraft(bundle, extraction)) console.error(line);
if (values.compare) {
  const reference = JSON.parse(readFileSync(values.compare, 'utf8')) as {
    indicators: { id: string; value: number; unit: string; source: { quote: string } }[];
  };
  const result = compareDrafts(bundle.indicators, reference.indicators);
  const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
  console.error(
    `Against ${values.compare}: recall ${percent(result.recall)} (${result.matched.length}/${reference.indicators.length}), ` +
      `precision ${percent(result.precision)} (${result.matched.length}/${bundle.indicators.length})`,
  );
  for (const missed of result.missed)
    console.error(`  missed ${missed.id}: 「${quoteText(missed.source)}」`);
  for (const extra of result.extra)
    console.error(`  extra ${extra.id}: 「${quoteText(extra.source)}」`);
}
console.error(
  `Next: write the English, copy the report to public${bundle.source.text}, then npm run bundle:check -- ${values.out ?? '<draft.json>'}`,
);
