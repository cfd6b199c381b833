// How a draft's figures measure up against hand-checked expected figures: recall and precision on
// value and unit (or measure), and how many labels hold the words that say what is counted.
import type { DraftFigure } from './extract-figures.ts';

/** One hand-checked figure: value in base units, unit or measure id, words its label must hold. */
export interface ExpectedFigure {
  value: number;
  unit?: string;
  measure?: string;
  qualifier?: string;
  words: string[];
  /** A target or plan the report sets out; absent for a result. */
  target?: boolean;
}

export interface FixtureScore {
  expected: number;
  proposed: number;
  /** Expected figures found with the right value and unit or measure. */
  found: number;
  /** Of those, the ones whose label holds every expected word. */
  labelled: number;
  /** Of those found, the ones read as target or result as expected. */
  timed: number;
  /** Of those found, the ones whose qualifier (about, over, under…, or none) is the expected one. */
  qualified: number;
  missed: ExpectedFigure[];
  extra: DraftFigure[];
  mislabelled: { expected: ExpectedFigure; label: string }[];
  /** Found figures read as a target where the text states a result, or the other way round. */
  mistimed: { expected: ExpectedFigure; label: string }[];
  /** Found figures whose qualifier is not the expected one ("5%左右" read as exactly 5 %). */
  misqualified: { expected: ExpectedFigure; label: string; qualifier?: string }[];
}

const kindOf = (figure: { unit?: string; measure?: string | { id: string } }) =>
  figure.unit ?? (typeof figure.measure === 'string' ? figure.measure : figure.measure?.id) ?? '';

/** Pairs figures one to one on value and unit, preferring the label that holds most words. */
export function scoreFixture(
  figures: readonly DraftFigure[],
  expected: readonly ExpectedFigure[],
): FixtureScore {
  const used = new Set<number>();
  const missed: ExpectedFigure[] = [];
  const mislabelled: FixtureScore['mislabelled'] = [];
  const mistimed: FixtureScore['mistimed'] = [];
  const misqualified: FixtureScore['misqualified'] = [];
  let labelled = 0;
  let timed = 0;
  let qualified = 0;
  for (const wanted of expected) {
    let best = -1;
    let bestWords = -1;
    figures.forEach((figure, index) => {
      if (used.has(index) || kindOf(figure) !== kindOf(wanted)) return;
      if (Math.abs(figure.value - wanted.value) > 1e-9 * Math.max(1, wanted.value)) return;
      const words = wanted.words.filter((word) => figure.label.includes(word)).length;
      if (words > bestWords) [best, bestWords] = [index, words];
    });
    if (best < 0) {
      missed.push(wanted);
      continue;
    }
    used.add(best);
    const figure = figures[best] as DraftFigure;
    if (bestWords === wanted.words.length) labelled += 1;
    else mislabelled.push({ expected: wanted, label: figure.label });
    if (Boolean(figure.target) === Boolean(wanted.target)) timed += 1;
    else mistimed.push({ expected: wanted, label: figure.label });
    if ((figure.qualifier ?? '') === (wanted.qualifier ?? '')) qualified += 1;
    else {
      misqualified.push({
        expected: wanted,
        label: figure.label,
        ...(figure.qualifier ? { qualifier: figure.qualifier } : {}),
      });
    }
  }
  return {
    expected: expected.length,
    proposed: figures.length,
    found: expected.length - missed.length,
    labelled,
    timed,
    qualified,
    missed,
    extra: figures.filter((_, index) => !used.has(index)),
    mislabelled,
    mistimed,
    misqualified,
  };
}
