import { describe, expect, it } from 'vitest';
import {
  findQuotePieces,
  normalizeForMatch,
  occurrences,
  quoteText,
  type Quote,
} from '../data/quote-match.ts';
import { checkQuotePieces, piecesInTextOrder, type PiecedIndicator } from './quote-pieces.ts';
import { createI18n } from '../i18n/index.ts';
import { problemText } from '../i18n/problem-text.ts';

const { t } = createI18n('en');

// Two columns interleaved as the OCR reads them: the sentence "对 1163 家用人单位开展劳动法律监督"
// starts on the second line and ends on the first; "覆盖企业 4145 … 家、职工 25.3 万人" reads down.
const SOURCE =
  '覆盖企业 4145\n家用人单位开展劳动法律监督。\n职工维权体系更加健全。对 1163\n家、职工 25.3 万人。\n家、职工';

/** Whether a text holds the value as plain digits: enough to test the pieces' logic. */
const statesValue = (text: string, value: number) =>
  (normalizeForMatch(text).flat.match(/\d+(\.\d+)?/g) ?? []).some(
    (digits) => Number(digits) === value || Number(digits) * 1e4 === value,
  );

function check(
  quote: Quote,
  value: number,
  extra: { order?: 'as-read'; note?: unknown } = {},
): string[] {
  const source = normalizeForMatch(SOURCE);
  const indicator: PiecedIndicator = {
    value,
    note: extra.note,
    source: { quote, ...(extra.order ? { order: extra.order } : {}) },
  };
  const cover = (text: string) => occurrences(source.flat, normalizeForMatch(text).flat).length > 0;
  return checkQuotePieces({ indicator, path: 'indicators[0]', source, cover, statesValue }).map(
    (problem) => `${problem.path}: ${problemText(problem, t)}`,
  );
}

describe('piecesInTextOrder', () => {
  it.each([
    ['one after another', ['ab', 'cd'], true],
    ['the second before the first', ['cd', 'ab'], false],
    ['the second only inside the first', ['abc', 'bc'], false],
    ['a piece repeated later', ['ab', 'cd', 'cd'], true],
    ['a missing piece', ['ab', 'zz'], false],
  ] as const)('%s', (_name, needles, expected) => {
    expect(piecesInTextOrder('abcdcd', needles)).toBe(expected);
  });
});

describe('checkQuotePieces', () => {
  it('accepts pieces that read down the text with the figure whole in one of them', () => {
    expect(check(['覆盖企业 4145', '家用人单位开展劳动法律监督'], 4145)).toEqual([]);
  });

  it('names each piece the text does not hold', () => {
    expect(check(['覆盖企业 4145', '不在原文'], 4145)).toEqual([
      'indicators[0].source.quote[1]: quote not found in the source text: "不在原文"',
    ]);
  });

  it('wants the figure stated by one piece, and says when the pieces split it', () => {
    expect(check(['覆盖企业', '家用人单位开展劳动法律监督'], 4145)).toEqual([
      'indicators[0].value: expected a piece of the quote to state 4145, found none: "覆盖企业 … 家用人单位开展劳动法律监督"',
    ]);
    expect(check(['覆盖企业 41', '45'], 4145)[0]).toMatch(
      /^indicators\[0\]\.value: expected the number 4145 whole in one piece, found it split/,
    );
  });

  it('wants pieces in the order the text prints them, or "as-read" and a note', () => {
    const asRead = ['对 1163', '家用人单位开展劳动法律监督'];
    expect(check(asRead, 1163)).toEqual([
      'indicators[0].source.quote: expected the pieces in the order the source text prints them; if the sentence reads in another order, set source.order to "as-read" and say why in the note',
    ]);
    expect(check(asRead, 1163, { order: 'as-read' })).toEqual([
      'indicators[0].note: expected a note saying why the pieces are not in the order the text prints them',
    ]);
    expect(check(asRead, 1163, { order: 'as-read', note: { zh: '分栏', en: 'Columns' } })).toEqual(
      [],
    );
  });

  it('refuses "as-read" on pieces already in the order of the text', () => {
    expect(check(['覆盖企业 4145', '家用人单位'], 4145, { order: 'as-read', note: {} })).toEqual([
      'indicators[0].source.order: the pieces already come in the order of the source text; "as-read" is not needed',
    ]);
  });

  it('refuses a piece that occurs twice: it does not say where the sentence is', () => {
    expect(check(['对 1163', '家、职工'], 1163)).toEqual([
      'indicators[0].source.quote[1]: the piece "家、职工" occurs more than once in the source text; expected a piece that occurs once',
    ]);
  });

  it('checks a plain quote with "as-read" like a list of one piece', () => {
    expect(check('对 1163', 1163, { order: 'as-read', note: {} })).toEqual([
      'indicators[0].source.order: the pieces already come in the order of the source text; "as-read" is not needed',
    ]);
  });
});

describe('quoteText and findQuotePieces', () => {
  it('prints a quote in pieces as one line joined by " … "', () => {
    expect(quoteText({ quote: '对 1163' })).toBe('对 1163');
    expect(quoteText({ quote: ['对 1163', '家用人单位'] })).toBe('对 1163 … 家用人单位');
  });

  it('finds every piece, each after the one before where it can', () => {
    const spans = findQuotePieces(SOURCE, ['对 1163', '家、职工 25.3 万人']);
    expect(spans?.map((span) => SOURCE.slice(span.start, span.end))).toEqual([
      '对 1163',
      '家、职工 25.3 万人',
    ]);
    const [, later] = findQuotePieces(SOURCE, ['25.3 万人', '家、职工'])!;
    expect(later!.start).toBe(SOURCE.lastIndexOf('家、职工'));
    expect(findQuotePieces(SOURCE, ['对 1163', '不在原文'])).toBeNull();
  });
});
