import type { Lang } from '../../data/bundle-schema.ts';
import { problemMessage } from '../../data/problem-text.ts';
import type { BundleProblem } from '../../data/validate-bundle.ts';

/** One problem as the studio lists it: where in the bundle, and what is wrong, in `lang`. */
export function problemLine(problem: BundleProblem, lang: Lang): string {
  return `${problem.path}: ${problemMessage(problem.message, lang)}`;
}
