import type { TFunction } from 'i18next';
import type { BundleProblem } from '../../data/problems.ts';
import { problemText } from '../../i18n/problem-text.ts';

/** One problem as the studio lists it: where in the bundle, and what is wrong, in the page's words. */
export function problemLine(problem: BundleProblem, t: TFunction): string {
  return `${problem.path}: ${problemText(problem, t)}`;
}
