import type { TFunction } from 'i18next';
import { WORDED_PARAMS, type BundleProblem } from '../data/problems.ts';

type Words = 'kind' | 'type';
const WORDS_OF: Record<(typeof WORDED_PARAMS)[number], Words> = {
  kind: 'kind',
  expected: 'type',
  received: 'type',
};

/**
 * A bundle problem in the language of `t`: `problems.<code>` with its params. Params that are
 * themselves words (a kind of id, a JSON type) are worded too; paths, ids and values stay as the
 * file has them.
 */
export function problemText(problem: BundleProblem, t: TFunction): string {
  const params: Record<string, string | number> = { ...problem.params };
  for (const name of WORDED_PARAMS) {
    const value = params[name];
    if (value === undefined) continue;
    const key = `problemWords.${WORDS_OF[name]}.${String(value)}` as 'problemWords.kind.category';
    params[name] = t(key, { defaultValue: String(value) });
  }
  return t(`problems.${problem.code}`, params);
}
