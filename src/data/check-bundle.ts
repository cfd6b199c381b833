import { checkProvenance, checkTranslations } from './provenance.ts';
import { validateBundle, type BundleProblem } from './validate-bundle.ts';

export interface BundleCheck {
  fileName: string;
  problems: BundleProblem[];
  indicators: number;
  quotesVerified: number;
  uncited: number;
}

/** Where in a JSON text a parse error points, as line and column. */
function parsePosition(text: string, message: string): string {
  const at = Number(/position (\d+)/.exec(message)?.[1]);
  if (!Number.isFinite(at)) return '';
  const before = text.slice(0, at).split('\n');
  return ` (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
}

/**
 * Everything `bundle:check` says about one bundle file: JSON, schema, translations, and — when the
 * bundle names its source text — provenance. `readSource` maps `source.text` to its contents.
 */
export function checkBundleFile({
  fileName,
  text,
  readSource,
}: {
  fileName: string;
  text: string;
  readSource: (path: string) => string | undefined;
}): BundleCheck {
  const empty = { fileName, indicators: 0, quotesVerified: 0, uncited: 0 };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ...empty, problems: [{ path: '(file)', message: `not valid JSON${parsePosition(text, message)}: ${message}` }] };
  }
  const result = validateBundle(json);
  if (!result.ok) return { ...empty, problems: result.problems };
  const { bundle } = result;
  const problems = checkTranslations(bundle);
  let quotesVerified = 0;
  if (bundle.source.text) {
    const sourceText = readSource(bundle.source.text);
    if (sourceText === undefined) {
      problems.push({ path: 'source.text', message: `source text not found: ${bundle.source.text}` });
    } else {
      const provenance = checkProvenance({ bundle, sourceText });
      problems.push(...provenance);
      const badQuotes = new Set(provenance.filter((problem) => problem.path.startsWith('indicators')).map((problem) => problem.path.split('.')[0]));
      quotesVerified = bundle.indicators.length - badQuotes.size;
    }
  }
  return {
    fileName,
    problems,
    indicators: bundle.indicators.length,
    quotesVerified,
    uncited: bundle.uncited?.length ?? 0,
  };
}
