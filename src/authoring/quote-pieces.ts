import {
  normalizeForMatch,
  occurrences,
  quotePieces,
  quoteText,
  type NormalizedText,
  type Quote,
} from '../data/quote-match.ts';
import { error, warning, type BundleProblem } from '../data/problems.ts';

/** What the check reads of one indicator whose quote is in pieces. */
export interface PiecedIndicator {
  value: number;
  note?: unknown;
  source: { quote: Quote; order?: 'as-read' };
}

/**
 * Whether the pieces (flat, non-empty) occur in the source one after another, each after the end
 * of the one before; taking each at its earliest such place is enough to decide.
 */
export function piecesInTextOrder(source: string, needles: readonly string[]): boolean {
  let after = 0;
  for (const needle of needles) {
    const at = source.indexOf(needle, after);
    if (at < 0) return false;
    after = at + needle.length;
  }
  return true;
}

/**
 * Checks a quote given in pieces against the source text: each piece occurs in it (`cover` finds
 * and marks it), one piece states the value whole (`statesValue`), and the pieces come in the
 * order the text prints them — unless `source.order` is "as-read", which says the sentence reads
 * in another order than the columns print it, and then the indicator's note must say why.
 */
export function checkQuotePieces({
  indicator,
  path,
  source,
  cover,
  statesValue,
}: {
  indicator: PiecedIndicator;
  /** Where the indicator is: `indicators[3]`. */
  path: string;
  source: NormalizedText;
  /** Marks every occurrence of a text in the source as cited; false when there is none. */
  cover: (text: string) => boolean;
  /** Whether a text states the value, scaled by 万/亿. */
  statesValue: (text: string, value: number) => boolean;
}): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const pieces = quotePieces(indicator.source.quote);
  const listed = typeof indicator.source.quote !== 'string';
  let allFound = true;
  pieces.forEach((piece, index) => {
    if (cover(piece)) return;
    allFound = false;
    problems.push(
      error('quoteNotFound', `${path}.source.quote${listed ? `[${index}]` : ''}`, { quote: piece }),
    );
  });

  if (!pieces.some((piece) => statesValue(piece, indicator.value))) {
    const joined = pieces.map((piece) => normalizeForMatch(piece).flat).join('');
    const params = { value: indicator.value, quote: quoteText(indicator.source) };
    problems.push(
      error(
        statesValue(joined, indicator.value) ? 'valueSplitAcrossPieces' : 'valueNotInPieces',
        `${path}.value`,
        params,
      ),
    );
  }

  if (!allFound) return problems;
  const needles = pieces.map((piece) => normalizeForMatch(piece).flat);
  const inOrder = piecesInTextOrder(source.flat, needles);
  const asRead = indicator.source.order === 'as-read';
  if (!inOrder && !asRead) {
    problems.push(error('piecesOutOfOrder', `${path}.source.quote`));
  } else if (asRead && inOrder) {
    problems.push(warning('asReadInOrder', `${path}.source.order`));
  } else if (asRead && indicator.note === undefined) {
    problems.push(error('asReadWithoutNote', `${path}.note`));
  }
  // A piece found twice does not say which of the two places the sentence is in.
  if (listed) {
    needles.forEach((needle, index) => {
      if (occurrences(source.flat, needle).length > 1) {
        problems.push(
          error('pieceNotUnique', `${path}.source.quote[${index}]`, { piece: pieces[index] ?? '' }),
        );
      }
    });
  }
  return problems;
}
