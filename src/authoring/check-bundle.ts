import { checkProvenance, checkTranslations } from './provenance.ts';
import { unknownConceptWarnings, type Concept } from '../data/concept-schema.ts';
import { error, warning, type BundleProblem } from '../data/problems.ts';
import { validateBundle } from '../data/validate-bundle.ts';

/** What `bundle:check` found in one file. */
export interface BundleCheck {
  fileName: string;
  /** Errors (the app would refuse the bundle, or a figure is not what the report says) and warnings. */
  problems: BundleProblem[];
  indicators: number;
  /** Indicators whose quote was found in the source text and states their value. */
  quotesVerified: number;
  /** Entries of `uncited`: numbers of the source deliberately left out. */
  uncited: number;
}

/**
 * Where a JSON text first stops being JSON, as an offset. V8 names the position for most errors
 * but not for "Unexpected token", so this walks the grammar itself; it runs only after
 * `JSON.parse` has already failed.
 */
export function jsonErrorOffset(text: string): number {
  let at = 0;
  const fail = (): never => {
    throw at;
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at] as string)) at += 1;
  };
  const literal = (word: string) => {
    for (const char of word) {
      if (text[at] !== char) fail();
      at += 1;
    }
  };
  const string = () => {
    at += 1;
    for (;;) {
      const char = text[at];
      if (char === undefined || char < ' ') fail();
      at += 1;
      if (char === '"') return;
      if (char === '\\') {
        if (text[at] === 'u') {
          at += 1;
          for (let digit = 0; digit < 4; digit += 1) {
            if (!/[0-9a-fA-F]/.test(text[at] ?? '')) fail();
            at += 1;
          }
        } else if ('"\\/bfnrt'.includes(text[at] ?? 'x')) at += 1;
        else fail();
      }
    }
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (!match) fail();
    at += (match as RegExpExecArray)[0].length;
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{') {
      at += 1;
      space();
      if (text[at] === '}') {
        at += 1;
        return;
      }
      for (;;) {
        space();
        if (text[at] !== '"') fail();
        string();
        space();
        literal(':');
        value();
        space();
        if (text[at] === '}') break;
        literal(',');
      }
      at += 1;
    } else if (char === '[') {
      at += 1;
      space();
      if (text[at] === ']') {
        at += 1;
        return;
      }
      for (;;) {
        value();
        space();
        if (text[at] === ']') break;
        literal(',');
      }
      at += 1;
    } else if (char === '"') string();
    else if (char === 't') literal('true');
    else if (char === 'f') literal('false');
    else if (char === 'n') literal('null');
    else number();
  };
  try {
    value();
    space();
    return at;
  } catch (error) {
    if (typeof error === 'number') return error;
    return 0; // nesting too deep to walk: point at the start
  }
}

/** Line and column (1-based) of an offset in a text. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * Everything `bundle:check` says about one bundle file: JSON, schema, English text and — when the
 * bundle names its source text — provenance. `readSource` maps `source.text` (a same-origin path
 * such as `/data/sources/x.txt`) to its contents, or undefined when there is no such file.
 */
export function checkBundleFile({
  fileName,
  text,
  readSource,
  concepts,
}: {
  fileName: string;
  text: string;
  readSource: (sitePath: string) => string | undefined;
  /** The concept vocabulary; a figure naming a concept outside it is a warning. */
  concepts?: readonly Concept[];
}): BundleCheck {
  const empty = { fileName, indicators: 0, quotesVerified: 0, uncited: 0 };
  const body = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (thrown) {
    const reason = (thrown instanceof Error ? thrown.message : String(thrown)).replace(/\s+/g, ' ');
    const where = lineAndColumn(body, jsonErrorOffset(body));
    return { ...empty, problems: [error('invalidJson', '(file)', { ...where, reason })] };
  }

  const result = validateBundle(json);
  if (!result.ok) return { ...empty, problems: result.problems };
  const { bundle } = result;
  const problems = [
    ...result.warnings,
    ...checkTranslations(bundle),
    ...(concepts ? unknownConceptWarnings(bundle, concepts) : []),
  ];
  let quotesVerified = 0;
  if (bundle.source.text) {
    const sourceText = readSource(bundle.source.text);
    if (sourceText === undefined) {
      problems.push(warning('sourceTextNotFound', 'source.text', { file: bundle.source.text }));
    } else {
      const provenance = checkProvenance({ bundle, sourceText });
      problems.push(...provenance);
      const failed = new Set(
        provenance
          .map((problem) => /^indicators\[(\d+)\]/.exec(problem.path)?.[1])
          .filter((index) => index !== undefined),
      );
      quotesVerified = bundle.indicators.length - failed.size;
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
