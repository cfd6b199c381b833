// Problems as `bundle:check` prints them, for tests that read the English wording.
import type { BundleProblem } from '../../src/data/problems.ts';
import { createI18n } from '../../src/i18n/index.ts';
import { problemText } from '../../src/i18n/problem-text.ts';

const { t } = createI18n('en');

/** `{ path, message }` in English for each problem. */
export function inEnglish(problems: readonly BundleProblem[]): { path: string; message: string }[] {
  return problems.map((problem) => ({ path: problem.path, message: problemText(problem, t) }));
}
