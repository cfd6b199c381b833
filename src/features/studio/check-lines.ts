import type { WorkProblem } from './check-work.ts';

/**
 * A warning this many times or more is one line: a draft of a long report has no English yet for
 * any of its hundred figures, and a hundred lines saying so hid the few problems that differ.
 */
export const GROUP_FROM = 4;

/** What the check lists: a problem on its own, or one warning with every figure it is about. */
export type CheckLine = { kind: 'one'; item: WorkProblem } | { kind: 'many'; items: WorkProblem[] };

/** A warning's words: its code and its values, so only warnings that read the same are one line. */
const wordsOf = ({ problem }: WorkProblem) => `${problem.code} ${JSON.stringify(problem.params)}`;

/**
 * The check's problems as lines, in the order they came: refusals one by one; a warning that
 * reads the same `GROUP_FROM` times or more as one line where it first came, with all its places.
 * Warnings of one kind with values of their own ("1 in Chinese, 2 in English") stay apart.
 */
export function checkLines(problems: readonly WorkProblem[]): CheckLine[] {
  const times = new Map<string, number>();
  for (const item of problems) {
    if (item.problem.severity === 'warning')
      times.set(wordsOf(item), (times.get(wordsOf(item)) ?? 0) + 1);
  }
  const lines: CheckLine[] = [];
  const grouped = new Map<string, WorkProblem[]>();
  for (const item of problems) {
    const words = wordsOf(item);
    if (item.problem.severity !== 'warning' || (times.get(words) ?? 0) < GROUP_FROM) {
      lines.push({ kind: 'one', item });
      continue;
    }
    const items = grouped.get(words);
    if (items) {
      items.push(item);
    } else {
      const first = [item];
      grouped.set(words, first);
      lines.push({ kind: 'many', items: first });
    }
  }
  return lines;
}
