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
  const alike = new Map<string, WorkProblem[]>();
  for (const item of problems) {
    if (item.problem.severity !== 'warning') continue;
    const words = wordsOf(item);
    const group = alike.get(words);
    if (group) group.push(item);
    else alike.set(words, [item]);
  }
  const lines: CheckLine[] = [];
  for (const item of problems) {
    const group = item.problem.severity === 'warning' ? alike.get(wordsOf(item)) : undefined;
    if (!group || group.length < GROUP_FROM) lines.push({ kind: 'one', item });
    // The group's line stands where its first warning came; the others are in it.
    else if (group[0] === item) lines.push({ kind: 'many', items: group });
  }
  return lines;
}
