// A report states many figures twice: in its opening summary and again in the body. The draft
// keeps the first and lists the rest, so a person sees one indicator per fact.
import { labelSimilarity } from './labels.ts';

interface Comparable {
  value: number;
  unit?: string;
  measure?: { id: string };
  label: string;
  quote: string[];
  index: number;
  target?: true;
  year?: number;
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
    Math.abs(later.index - earlier.index) > SAME_SENTENCE &&
    labelSimilarity(earlier.label, later.label) >= 0.5
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
