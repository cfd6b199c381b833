// What can be wrong with a bundle, as codes. The checks say which problem, where and with what
// values; the words are in the locale files (`problems.<code>`), so a check can be reworded in one
// place and its Chinese cannot silently fall behind its English.

/** Every problem a check can report. A test fails when one has no wording in either language. */
export const PROBLEM_CODES = [
  // Refused: a figure would be wrong or unreadable.
  'invalidJson',
  'notObject',
  'unsupportedVersion',
  'schemaVersion',
  'wrongType',
  'slug',
  'blankChinese',
  'blankText',
  'year',
  'isoDate',
  'sourcePath',
  'webUrl',
  'notNumber',
  'valueNegative',
  'valueTooLarge',
  'oneOf',
  'tooFew',
  'noCategories',
  'noIndicators',
  'emptyPanel',
  'duplicateId',
  'unknownRef',
  'repeatedId',
  'mixedUnits',
  'measureMissing',
  'measureWithOtherUnit',
  'gaugeNotPercent',
  'endBeforeStart',
  'invalidValue',
  'quoteNotFound',
  'valueNotInQuote',
  'noNumberInQuote',
  'valueSplitAcrossPieces',
  'valueNotInPieces',
  'piecesOutOfOrder',
  'asReadWithoutNote',
  'pieceNotUnique',
  // Warned: the bundle loads; someone should look.
  'unknownField',
  'missingEnglish',
  'emptyCategory',
  'headlineCut',
  'uncitedNumber',
  'sourceTextNotFound',
  'chineseInEnglish',
  'numberMismatch',
  'asReadInOrder',
  'unknownConcept',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** 'error' refuses the bundle; 'warning' is listed and the bundle loads. */
export type Severity = 'error' | 'warning';

/** Values a problem's wording interpolates: ids, paths and numbers as the file has them. */
export type ProblemParams = Record<string, string | number>;

/** One thing wrong with a bundle: which problem, where it is (`indicators[12].value`), its values. */
export interface BundleProblem {
  code: ProblemCode;
  path: string;
  params: ProblemParams;
  severity: Severity;
}

/** Params whose value is itself a word to translate (`problemWords.<param>.<value>`). */
export const WORDED_PARAMS = ['kind', 'expected', 'received'] as const;

/** A refusing problem. */
export function error(code: ProblemCode, path: string, params: ProblemParams = {}): BundleProblem {
  return { code, path, params, severity: 'error' };
}

/** A problem that is listed but does not refuse the bundle. */
export function warning(
  code: ProblemCode,
  path: string,
  params: ProblemParams = {},
): BundleProblem {
  return { code, path, params, severity: 'warning' };
}
