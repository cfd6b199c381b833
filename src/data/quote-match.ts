/** A text prepared for matching, and where each of its characters stands in the original. */
export interface NormalizedText {
  flat: string;
  positions: number[];
}

const CURLY_QUOTES: Readonly<Record<number, number>> = {
  0x201c: 0x22, // “
  0x201d: 0x22, // ”
  0x2018: 0x27, // ‘
  0x2019: 0x27, // ’
};

/** What `/\s/` matches, by code: on a long text a comparison per unit is far cheaper than a regex. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Text with all white space removed and full-width ASCII forms (５２．５８，％) and curly quotes
 * folded, plus a map back to positions in the original. The OCR breaks lines mid-phrase and
 * interleaves columns, so quotes are compared this way; folding is one character for one, so
 * every position maps back exactly. Built as codes: the studio normalises a whole report on the
 * main thread whenever its marks change.
 */
export function normalizeForMatch(text: string): NormalizedText {
  const codes = new Uint16Array(text.length);
  const positions: number[] = [];
  let length = 0;
  for (let index = 0; index < text.length; index += 1) {
    let code = text.charCodeAt(index);
    if (isSpace(code)) continue;
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
    else if (code >= 0x2018 && code <= 0x201d) code = CURLY_QUOTES[code] ?? code;
    codes[length] = code;
    length += 1;
    positions.push(index);
  }
  let flat = '';
  for (let from = 0; from < length; from += 4096) {
    // `apply` reads the typed array as it is; a spread would walk it through an iterator.
    const chunk = codes.subarray(from, Math.min(length, from + 4096));
    flat += String.fromCharCode.apply(null, chunk as unknown as number[]);
  }
  return { flat, positions };
}

/** Start indices of every occurrence of `needle` in `haystack`, overlapping ones included. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
}

/** The span `[start, end)` of the first occurrence of `[from, to)` of the flat text, in the original. */
export function originalSpan(
  source: NormalizedText,
  from: number,
  to: number,
): { start: number; end: number } {
  return {
    start: source.positions[from] as number,
    end: (source.positions[to - 1] as number) + 1,
  };
}

/**
 * Where a quote stands in the source, white space and full-width forms ignored. Positions are in
 * the original text, so `sourceText.slice(start, end)` is the passage to highlight.
 */
export function findQuote(
  sourceText: string,
  quote: string,
): { start: number; end: number } | null {
  const source = normalizeForMatch(sourceText);
  const needle = normalizeForMatch(quote).flat;
  if (!needle) return null;
  const at = source.flat.indexOf(needle);
  return at < 0 ? null : originalSpan(source, at, at + needle.length);
}

/**
 * A figure's quote as a bundle holds it: the report's words in one piece, or a list of pieces
 * where the page printed the sentence across columns and the OCR put other text between them.
 */
export type Quote = string | readonly string[];

/** What separates the pieces of a quote wherever it is printed as one line. */
export const PIECE_SEPARATOR = ' … ';

/** The pieces of a quote, in the order the bundle lists them; a plain quote is one piece. */
export function quotePieces(quote: Quote): string[] {
  return typeof quote === 'string' ? [quote] : [...quote];
}

/** A quote as one line of text: "对 1163 … 家用人单位开展劳动法律监督". */
export function quoteText(source: { quote: Quote }): string {
  return quotePieces(source.quote).join(PIECE_SEPARATOR);
}

/**
 * Where every piece of a quote stands in the source, one span per piece in the listed order, or
 * null when a piece is missing. A piece found more than once is taken at its first occurrence
 * after the piece before it, so a sentence that runs on down the page is highlighted as it reads.
 */
export function findQuotePieces(
  sourceText: string,
  quote: Quote,
): { start: number; end: number }[] | null {
  const source = normalizeForMatch(sourceText);
  const spans: { start: number; end: number }[] = [];
  let after = 0;
  for (const piece of quotePieces(quote)) {
    const needle = normalizeForMatch(piece).flat;
    if (!needle) return null;
    const next = source.flat.indexOf(needle, after);
    const at = next >= 0 ? next : source.flat.indexOf(needle);
    if (at < 0) return null;
    spans.push(originalSpan(source, at, at + needle.length));
    after = at + needle.length;
  }
  return spans;
}
