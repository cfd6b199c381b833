// How a draft measures up against a hand-made bundle: recall and precision on value and unit.

interface Comparable {
  id: string;
  value: number;
  unit: string;
  source: { quote: string | readonly string[] };
}

export interface DraftComparison {
  /** Reference indicators the draft found with the same value and unit. */
  matched: { reference: string; draft: string }[];
  /** Reference indicators the draft did not find. */
  missed: Comparable[];
  /** Draft indicators that match nothing in the reference. */
  extra: Comparable[];
  /** matched / reference indicators. */
  recall: number;
  /** matched / draft indicators. */
  precision: number;
}

const joined = (quote: string | readonly string[]) =>
  (typeof quote === 'string' ? quote : quote.join('')).replace(/\s+/g, '');

/** Characters two quotes share, white space ignored: how to pick between equal values. */
function overlap(a: string, b: string): number {
  let best = 0;
  for (let start = 0; start < a.length; start += 1) {
    for (let end = start + best + 1; end <= a.length; end += 1) {
      if (b.includes(a.slice(start, end))) best = end - start;
      else break;
    }
  }
  return best;
}

/**
 * Matches a draft against a hand-made bundle, one to one, on value and unit; among equal values the
 * pairs whose quotes share most are taken first.
 */
export function compareDrafts(
  draft: readonly Comparable[],
  reference: readonly Comparable[],
): DraftComparison {
  const pairs: { wanted: number; candidate: number; shared: number }[] = [];
  reference.forEach((wanted, wantedIndex) => {
    draft.forEach((candidate, candidateIndex) => {
      if (candidate.unit !== wanted.unit) return;
      if (Math.abs(candidate.value - wanted.value) > 1e-9 * Math.max(1, wanted.value)) return;
      pairs.push({
        wanted: wantedIndex,
        candidate: candidateIndex,
        shared: overlap(joined(candidate.source.quote), joined(wanted.source.quote)),
      });
    });
  });
  // Closest quotes first; ties keep reading order.
  pairs.sort((a, b) => b.shared - a.shared || a.wanted - b.wanted || a.candidate - b.candidate);
  const pickFor = new Map<number, number>();
  const picked = new Set<number>();
  for (const pair of pairs) {
    if (pickFor.has(pair.wanted) || picked.has(pair.candidate)) continue;
    pickFor.set(pair.wanted, pair.candidate);
    picked.add(pair.candidate);
  }
  const matched: DraftComparison['matched'] = [];
  const missed: Comparable[] = [];
  reference.forEach((wanted, index) => {
    const pick = pickFor.get(index);
    if (pick === undefined) missed.push(wanted);
    else matched.push({ reference: wanted.id, draft: (draft[pick] as Comparable).id });
  });
  const extra = draft.filter((_, index) => !picked.has(index));
  return {
    matched,
    missed,
    extra,
    recall: reference.length === 0 ? 1 : matched.length / reference.length,
    precision: draft.length === 0 ? 1 : matched.length / draft.length,
  };
}
