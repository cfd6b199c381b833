import type { WorkProblem } from './check-work.ts';

/**
 * A warning this many times or more is one line: a draft of a long report has no English yet for
 * any of its hundred figures, and a hundred lines saying so hid the few problems that differ.
 */
export const GROUP_FROM = 4;

/** What the check lists: a problem on its own, or one warning with every figure it is about. */
export type CheckLine = { kind: 'one'; item: WorkProblem } | { kind: 'many'; items: WorkProblem[] };

/**
 * The check's problems as lines, in the order they came: refusals one by one; a warning that
 * comes `GROUP_FROM` times or more as one line where it first came, with all its figures.
 */
export function checkLines(problems: readonly WorkProblem[]): CheckLine[] {
  const times = new Map<string, number>();
  for (const { problem } of problems) {
    if (problem.severity === 'warning') times.set(problem.code, (times.get(problem.code) ?? 0) + 1);
  }
  const lines: CheckLine[] = [];
  const grouped = new Map<string, WorkProblem[]>();
  for (const item of problems) {
    const { code, severity } = item.problem;
    if (severity !== 'warning' || (times.get(code) ?? 0) < GROUP_FROM) {
      lines.push({ kind: 'one', item });
      continue;
    }
    const items = grouped.get(code);
    if (items) {
      items.push(item);
    } else {
      const first = [item];
      grouped.set(code, first);
      lines.push({ kind: 'many', items: first });
    }
  }
  return lines;
}
