import type { Bundle } from '../data/bundle-schema.ts';
import { localizedTexts } from '../data/localized-texts.ts';
import { normalizeForMatch, occurrences, originalSpan, type Quote } from '../data/quote-match.ts';
import { scaleFigure } from '../data/units.ts';
import type { BundleProblem } from '../data/validate-bundle.ts';
import { checkQuotePieces } from './quote-pieces.ts';

export interface FoundNumber {
  /** The figure as written, magnitude included: "52.58 万". */
  raw: string;
  /** The figure in base units: 525800. A percentage keeps its number: "97%" → 97. */
  value: number;
  /** Where `raw` starts in the text. */
  index: number;
}

/**
 * Digits (half- or full-width), thousands groups, decimals, then optional spaces and 万/亿/%, with
 * the 余/多 of an approximate figure allowed before the magnitude ("450多万元").
 */
const NUMBER =
  /([0-9０-９]+(?:,[0-9０-９]{3}(?![0-9０-９]))*(?:[.．][0-9０-９]+)?)(?:\s*(?:余|多)?\s*(万|亿|%|％))?/g;

/** Every Arabic-digit number in a text with its 万/亿 applied: "52.58 万人" → 525800. */
export function extractNumbers(text: string): FoundNumber[] {
  return [...text.matchAll(NUMBER)].map((match) => {
    const magnitude = match[2] === '万' || match[2] === '亿' ? match[2] : undefined;
    return { raw: match[0], value: scaleFigure(match[1] as string, magnitude), index: match.index };
  });
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Whether a text states the value; its flat form also holds a figure split by a space. */
function statesValue(text: string, value: number): boolean {
  return [...extractNumbers(text), ...extractNumbers(normalizeForMatch(text).flat)].some((number) =>
    sameNumber(number.value, value),
  );
}

/** The message for a value that no number of its quote states. */
function valueMismatch(quote: string, value: number): string {
  const stated = extractNumbers(quote);
  if (stated.length === 0) {
    return `expected a number in the quote "${quote}", found none (value is ${value})`;
  }
  const options = stated.map((number) => `${number.value} from "…${number.raw}"`).join(' or ');
  return `expected ${options}, found ${value}`;
}

/** 1-based line of a position in a text. */
function lineOf(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < index; at = text.indexOf('\n', at + 1)) {
    line += 1;
  }
  return line;
}

/** What provenance reads of a bundle. */
export interface ProvenanceInput {
  indicators: readonly {
    value: number;
    note?: unknown;
    source: { quote: Quote; order?: 'as-read' };
  }[];
  uncited?: readonly { quote: string }[];
}

/**
 * Checks that a bundle's figures come from its source text: each quote occurs in it, a number in
 * each quote (scaled by 万/亿) equals the value, and every number in the text falls inside an
 * indicator's quote or an `uncited` entry — so no figure of the report is silently left out.
 */
export function checkProvenance({
  bundle,
  sourceText,
}: {
  /** Only figures and uncited numbers are read, so a draft whose English is still empty fits too. */
  bundle: ProvenanceInput;
  sourceText: string;
}): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const source = normalizeForMatch(sourceText);
  const covered = new Uint8Array(source.flat.length);
  const cover = (quote: string): boolean => {
    const needle = normalizeForMatch(quote).flat;
    const spots = occurrences(source.flat, needle);
    for (const at of spots) covered.fill(1, at, at + needle.length);
    return spots.length > 0;
  };

  bundle.indicators.forEach((indicator, index) => {
    const { quote } = indicator.source;
    if (typeof quote !== 'string' || indicator.source.order) {
      const path = `indicators[${index}]`;
      problems.push(...checkQuotePieces({ indicator, path, source, cover, statesValue }));
      return;
    }
    if (!cover(quote)) {
      problems.push({
        path: `indicators[${index}].source.quote`,
        message: `quote not found in the source text: "${quote}"`,
      });
    }
    // The flat form also catches a figure the OCR split with a space ("1 163").
    const candidates = [...extractNumbers(quote), ...extractNumbers(normalizeForMatch(quote).flat)];
    if (!candidates.some((number) => sameNumber(number.value, indicator.value))) {
      problems.push({
        path: `indicators[${index}].value`,
        message: valueMismatch(quote, indicator.value),
      });
    }
  });

  bundle.uncited?.forEach((entry, index) => {
    if (!cover(entry.quote)) {
      problems.push({
        path: `uncited[${index}].quote`,
        message: `quote not found in the source text: "${entry.quote}"`,
      });
    }
  });

  for (const number of extractNumbers(source.flat)) {
    const digits = number.raw.replace(/(余|多)?(万|亿|%|％)$/, '');
    const end = number.index + digits.length;
    if (covered.subarray(number.index, end).every((flag) => flag === 1)) continue;
    const context = source.flat.slice(Math.max(0, number.index - 6), end + 6);
    const line = lineOf(sourceText, originalSpan(source, number.index, end).start);
    problems.push({
      path: '(source)',
      message: `the number ${digits} in "…${context}…" (line ${line}) is neither cited by an indicator nor listed as uncited`,
    });
  }
  return problems;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * English that still needs a human: any `{ zh, en }` text whose English holds Chinese characters.
 * Quotes are left alone — they are the report's own words. Blank text is the schema's job.
 */
export function checkTranslations(bundle: Bundle): BundleProblem[] {
  return localizedTexts(bundle)
    .filter((text) => CJK.test(text.en))
    .map((text) => ({
      path: `${text.path}.en`,
      message: 'expected English text, found Chinese characters',
    }));
}
