// How well a draft's categories agree with a hand-made bundle's. Category ids and names differ
// between the two, so a proposed category "is" a reference category only through a mapping: the
// one-to-one mapping of proposed to reference categories that puts most figures right. A figure is
// right when its proposed category maps to its reference category; a figure the draft missed, or
// a proposed category left unmapped (more categories than the reference has), counts as wrong.
import { compareDrafts } from './compare.ts';

interface Categorised {
  id: string;
  category: string;
  value: number;
  unit: string;
  source: { quote: string | readonly string[] };
}

export interface CategoryScore {
  /** Reference figures whose proposed category maps onto their own. */
  right: number;
  /** Reference figures in all. */
  total: number;
  /** Proposed category id → reference category id, for those that map. */
  mapping: Map<string, string>;
  /** Reference figures put elsewhere: id, its reference category, the proposed one. */
  wrong: { id: string; reference: string; proposed?: string }[];
}

/** The mapping of rows to columns, each used once, with the largest sum of `counts`. */
function bestAssignment(counts: number[][], columns: number): { sum: number; pick: number[] } {
  let best = { sum: -1, pick: [] as number[] };
  const used = new Array<boolean>(columns).fill(false);
  const pick: number[] = [];
  // Exhaustive with pruning: reports have a handful of parts.
  const walk = (row: number, sum: number) => {
    if (row === counts.length) {
      if (sum > best.sum) best = { sum, pick: [...pick] };
      return;
    }
    const rest = counts.slice(row).reduce((total, line) => total + Math.max(0, ...line), 0);
    if (sum + rest <= best.sum) return;
    for (let column = -1; column < columns; column += 1) {
      if (column >= 0 && used[column]) continue;
      if (column >= 0) used[column] = true;
      pick.push(column);
      walk(row + 1, sum + (column >= 0 ? (counts[row]?.[column] ?? 0) : 0));
      pick.pop();
      if (column >= 0) used[column] = false;
    }
  };
  walk(0, 0);
  return best;
}

/** Scores a draft's categories against a reference bundle's, through the best one-to-one mapping. */
export function scoreCategories(
  reference: readonly Categorised[],
  draft: readonly Categorised[],
): CategoryScore {
  const { matched } = compareDrafts(draft, reference);
  const referenceOf = new Map(reference.map((figure) => [figure.id, figure.category]));
  const draftOf = new Map(draft.map((figure) => [figure.id, figure.category]));
  const proposed = [...new Set(draft.map((figure) => figure.category))];
  const wanted = [...new Set(reference.map((figure) => figure.category))];
  const counts = proposed.map(() => new Array<number>(wanted.length).fill(0));
  for (const pair of matched) {
    const row = proposed.indexOf(draftOf.get(pair.draft) ?? '');
    const column = wanted.indexOf(referenceOf.get(pair.reference) ?? '');
    const line = counts[row];
    if (line && column >= 0) line[column] = (line[column] ?? 0) + 1;
  }
  const { pick } = bestAssignment(counts, wanted.length);
  const mapping = new Map<string, string>();
  pick.forEach((column, row) => {
    if (column >= 0) mapping.set(proposed[row] as string, wanted[column] as string);
  });
  const proposedFor = new Map(matched.map((pair) => [pair.reference, draftOf.get(pair.draft)]));
  const wrong = reference
    .map((figure) => ({
      id: figure.id,
      reference: figure.category,
      proposed: proposedFor.get(figure.id),
    }))
    .filter(({ reference: want, proposed: got }) => !got || mapping.get(got) !== want);
  return { right: reference.length - wrong.length, total: reference.length, mapping, wrong };
}
