import type { Bundle } from '../data/bundle-schema.ts';
import { localizedTexts } from '../data/localized-texts.ts';
import { normalizeForMatch, occurrences, originalSpan, type Quote } from '../data/quote-match.ts';
import { scaleFigure } from '../data/units.ts';
import { error, warning, type BundleProblem } from '../data/problems.ts';
import { isUntranslated } from '../data/bundle-format.ts';
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
 * Digits (half- or full-width), thousands groups, decimals, then optional spaces and 万亿/万/亿/%,
 * with the 余/多 of an approximate figure allowed before the magnitude ("450多万元").
 */
const NUMBER =
  /([0-9０-９]+(?:,[0-9０-９]{3}(?![0-9０-９]))*(?:[.．][0-9０-９]+)?)(?:\s*(?:余|多)?\s*(万亿|万|亿|%|％))?/g;

/** A figure scaled by its magnitude; 万亿 (a trillion) is 亿 ten thousand times over. */
function scaled(digits: string, magnitude: string | undefined): number {
  if (magnitude === '万亿') return scaleFigure(digits, '亿') * 1e4;
  return scaleFigure(digits, magnitude === '万' || magnitude === '亿' ? magnitude : undefined);
}

/** Every Arabic-digit number in a text with its 万亿/万/亿 applied: "52.58 万人" → 525800. */
export function extractNumbers(text: string): FoundNumber[] {
  return [...text.matchAll(NUMBER)].map((match) => ({
    raw: match[0],
    value: scaled(match[1] as string, match[2]),
    index: match.index,
  }));
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

/** The problem of a value that no number of its quote states. */
function valueMismatch(path: string, quote: string, value: number): BundleProblem {
  const stated = extractNumbers(quote);
  if (stated.length === 0) return error('noNumberInQuote', path, { quote, value });
  const options = stated.map((number) => `${number.value} (“…${number.raw}”)`).join(' / ');
  return error('valueNotInQuote', path, { options, value });
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
 * each quote (scaled by 万亿/万/亿) equals the value, and every number in the text falls inside an
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
      problems.push(error('quoteNotFound', `indicators[${index}].source.quote`, { quote }));
    }
    // The flat form also catches a figure the OCR split with a space ("1 163").
    const candidates = [...extractNumbers(quote), ...extractNumbers(normalizeForMatch(quote).flat)];
    if (!candidates.some((number) => sameNumber(number.value, indicator.value))) {
      problems.push(valueMismatch(`indicators[${index}].value`, quote, indicator.value));
    }
  });

  bundle.uncited?.forEach((entry, index) => {
    if (!cover(entry.quote)) {
      problems.push(error('quoteNotFound', `uncited[${index}].quote`, { quote: entry.quote }));
    }
  });

  for (const number of extractNumbers(source.flat)) {
    const digits = number.raw.replace(/(余|多)?(万亿|万|亿|%|％)$/, '');
    const end = number.index + digits.length;
    if (covered.subarray(number.index, end).every((flag) => flag === 1)) continue;
    const context = source.flat.slice(Math.max(0, number.index - 6), end + 6);
    const line = lineOf(sourceText, originalSpan(source, number.index, end).start);
    // A number left out is a figure the dashboard may be missing, not a wrong one: a warning.
    problems.push(warning('uncitedNumber', '(source)', { number: digits, context, line }));
  }
  return problems;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

const ENGLISH_SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** The numbers an English text states, scaled: "¥104 million" → 104000000, "97%" → 97. */
function englishNumbers(text: string): number[] {
  return [...text.matchAll(/(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*(thousand|million|billion)\b)?/gi)].map(
    (match) =>
      Number((match[1] as string).replace(/,/g, '')) *
      (ENGLISH_SCALE[(match[2] ?? '').toLowerCase()] ?? 1),
  );
}

/** The Arabic digits of a text, run together per number, without separators or decimal point. */
function bareDigits(numbers: readonly string[]): string[] {
  return [...new Set(numbers.map((raw) => raw.replace(/\D/g, '')))].sort();
}

const sameSet = (a: readonly number[], b: readonly number[]) => {
  const left = [...new Set(a)].sort((x, y) => x - y);
  const right = [...new Set(b)].sort((x, y) => x - y);
  return (
    left.length === right.length &&
    left.every((value, index) => sameNumber(value, right[index] as number))
  );
};

/**
 * Bilingual parity, the English side of `bundle:check`: English that holds Chinese characters,
 * and a number stated in one language that the other does not state. Numbers are compared as
 * values (52.58万 = 525,800; 1.04亿 = 104 million); where they are not the same values, as bare
 * digits (a figure written "2,021" in one and "2021" in the other is the same). Quotes are left
 * alone — they are the report's own words — and so is English not written yet (the validation
 * lists that). Blank text is the schema's job.
 */
export function checkTranslations(bundle: Bundle): BundleProblem[] {
  const problems: BundleProblem[] = [];
  for (const text of localizedTexts(bundle)) {
    if (isUntranslated(text)) continue;
    const path = `${text.path}.en`;
    if (CJK.test(text.en)) {
      problems.push(warning('chineseInEnglish', path));
      continue;
    }
    const zhFound = extractNumbers(text.zh);
    const zhValues = zhFound.map((number) => number.value);
    const enValues = englishNumbers(text.en);
    if (sameSet(zhValues, enValues)) continue;
    const zhDigits = bareDigits(zhFound.map((number) => number.raw));
    const enDigits = bareDigits(text.en.match(/\d[\d,.]*/g) ?? []);
    if (zhDigits.join() === enDigits.join()) continue;
    problems.push(
      warning('numberMismatch', path, {
        zh: zhDigits.join(', ') || '—',
        en: enDigits.join(', ') || '—',
      }),
    );
  }
  return problems;
}
