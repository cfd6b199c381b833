import type { Bundle } from './bundle-schema.ts';
import { scaleFigure, toHalfWidth } from './units.ts';
import type { BundleProblem } from './validate-bundle.ts';

/** Text with all white space removed, and a map back to positions in the original. */
export function normalizeForMatch(text: string): { flat: string; positions: number[] } {
  let flat = '';
  const positions: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    if (/\s/.test(char)) continue;
    flat += char;
    positions.push(index);
  }
  return { flat, positions };
}

/** Where a quote stands in the source, white space ignored; positions are in the original text. */
export function findQuote(sourceText: string, quote: string): { start: number; end: number } | null {
  const source = normalizeForMatch(sourceText);
  const needle = normalizeForMatch(quote).flat;
  if (!needle) return null;
  const at = source.flat.indexOf(needle);
  if (at < 0) return null;
  return { start: source.positions[at] as number, end: (source.positions[at + needle.length - 1] as number) + 1 };
}

export interface FoundNumber {
  raw: string;
  value: number;
  index: number;
}

const NUMBER = /([0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?)\s*(万|亿|%|％)?/g;

/** Every number in a text with its 万/亿/% applied: "52.58 万人" → 525800. */
export function extractNumbers(text: string): FoundNumber[] {
  return [...text.matchAll(NUMBER)].map((match) => {
    const magnitude = match[2] === '万' || match[2] === '亿' ? match[2] : undefined;
    return { raw: match[0], value: scaleFigure(toHalfWidth(match[1] as string), magnitude), index: match.index };
  });
}

/** All places a quote occurs in the white-space-free source. */
function occurrences(flat: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = flat.indexOf(needle); at >= 0; at = flat.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/**
 * Checks that a bundle's figures come from its source text: each quote occurs in it, the number
 * in each quote equals the value, and every number in the text is cited or listed as uncited.
 */
export function checkProvenance({ bundle, sourceText }: { bundle: Bundle; sourceText: string }): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const { flat } = normalizeForMatch(sourceText);
  const covered = new Uint8Array(flat.length);
  const cover = (needle: string) => {
    const spots = occurrences(flat, needle);
    for (const at of spots) covered.fill(1, at, at + needle.length);
    return spots.length > 0;
  };

  bundle.indicators.forEach((indicator, index) => {
    const quote = normalizeForMatch(indicator.source.quote).flat;
    if (!cover(quote)) {
      problems.push({
        path: `indicators[${index}].source.quote`,
        message: `quote not found in the source text: "${indicator.source.quote}"`,
      });
    }
    const numbers = extractNumbers(quote);
    if (!numbers.some((number) => Math.abs(number.value - indicator.value) < 1e-9)) {
      const stated = numbers.map((number) => `${number.value} from "${number.raw}"`).join(', ') || 'no number';
      problems.push({
        path: `indicators[${index}].value`,
        message: `expected the quote to state ${indicator.value}; it states ${stated}`,
      });
    }
  });
  bundle.uncited?.forEach((entry, index) => {
    if (!cover(normalizeForMatch(entry.quote).flat)) {
      problems.push({ path: `uncited[${index}].quote`, message: `quote not found in the source text: "${entry.quote}"` });
    }
  });
  for (const number of extractNumbers(flat)) {
    const digits = number.raw.replace(/\s*(万|亿|%|％)$/, '');
    const end = number.index + digits.length;
    if (covered.subarray(number.index, end).every((flag) => flag === 1)) continue;
    const context = flat.slice(Math.max(0, number.index - 8), end + 6);
    problems.push({
      path: '(source)',
      message: `the number ${digits} in "…${context}…" is neither cited by an indicator nor listed as uncited`,
    });
  }
  return problems;
}

const CJK = /[\u3400-\u9fff]/;

/** Text that a human still has to write or fix: English that is blank or still Chinese. */
export function checkTranslations(bundle: Bundle): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${path}[${index}]`));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    if (typeof record.zh === 'string' && typeof record.en === 'string') {
      if (CJK.test(record.en)) {
        problems.push({ path: `${path}.en`, message: 'expected English text, found Chinese characters' });
      }
      return;
    }
    for (const [key, inner] of Object.entries(record)) {
      if (key === 'source' && path.startsWith('indicators')) continue;
      visit(inner, path ? `${path}.${key}` : key);
    }
  };
  visit(bundle, '');
  return problems;
}
