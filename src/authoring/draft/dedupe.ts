// A report states many figures twice: in its opening summary and again in the body. The draft
// keeps the first and lists the rest, so a person sees one indicator per fact.
import { CHANGE_VERBS, labelSimilarity } from './labels.ts';

interface Comparable {
  value: number;
  unit?: string;
  measure?: { id: string };
  label: string;
  quote: string[];
  index: number;
  target?: true;
  year?: number;
  qualifier?: string;
}

/**
 * Words many labels share whatever they count ("金融业增加值增长", "高新技术产业增加值分别增长"):
 * compared with them, two different industries' growth rates looked alike.
 */
const COMMON_WORDS = new RegExp(`增加值|增速|同比|年均|分别|比重|占比|${CHANGE_VERBS}`, 'g');

/** How alike two labels are, by what they name rather than by the words all labels share. */
function sameThing(a: string, b: string): number {
  // "年均增长5%左右" over five years and "增长5%" in one year are two figures, however alike.
  if (a.includes('年均') !== b.includes('年均')) return 0;
  const left = a.replace(COMMON_WORDS, '');
  const right = b.replace(COMMON_WORDS, '');
  return left && right ? labelSimilarity(left, right) : labelSimilarity(a, b);
}

/** How far apart (in characters of the report) two statements must be to be a restatement. */
const SAME_SENTENCE = 60;

/** Whether `later` restates `earlier`: same value and unit or measure, and a similar label. */
export function isDuplicate(earlier: Comparable, later: Comparable): boolean {
  return (
    earlier.value === later.value &&
    earlier.unit === later.unit &&
    earlier.measure?.id === later.measure?.id &&
    // A target that repeats a result's number ("增长5%" done, "增长5%左右" to do) is not a restatement.
    earlier.target === later.target &&
    earlier.year === later.year &&
    // "5%左右" is not restated as "5%": the genre repeats a figure with its qualifier.
    earlier.qualifier === later.qualifier &&
    Math.abs(later.index - earlier.index) > SAME_SENTENCE &&
    sameThing(earlier.label, later.label) >= 0.5
  );
}

/** The figures with restatements removed, and the restatements. */
export function mergeDuplicates<T extends Comparable>(
  figures: readonly T[],
): { kept: T[]; duplicates: T[] } {
  const kept: T[] = [];
  const duplicates: T[] = [];
  for (const figure of figures) {
    if (kept.some((earlier) => isDuplicate(earlier, figure))) duplicates.push(figure);
    else kept.push(figure);
  }
  return { kept, duplicates };
}
