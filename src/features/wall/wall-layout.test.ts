import { describe, expect, it } from 'vitest';
import type { ResolvedPanel } from '../../store/selectors.ts';
import { LAYOUT, labelLinesFor, largestOf, numberEms } from './wall-layout.ts';

describe('labelLinesFor', () => {
  it('gives the labels of a panel with few bars a line more', () => {
    expect([1, 2, 3, 4, 5].map((bars) => labelLinesFor(LAYOUT.zh, bars))).toEqual([2, 2, 2, 1, 1]);
    expect([1, 2, 3, 4].map((bars) => labelLinesFor(LAYOUT.en, bars))).toEqual([3, 3, 2, 2]);
  });

  it('leaves the two-language layout at its three lines', () => {
    expect([1, 4].map((bars) => labelLinesFor(LAYOUT.both, bars))).toEqual([3, 3]);
  });
});

describe('numberEms', () => {
  it('counts digits narrower than separators are wide, and anything else as a whole em', () => {
    expect(numberEms('1,158,000')).toBeCloseTo(7 * 0.6 + 2 * 0.3);
    expect(numberEms('52.58')).toBeCloseTo(4 * 0.6 + 0.3);
    expect(numberEms('−3.3')).toBeCloseTo(1 + 2 * 0.6 + 0.3);
    expect(numberEms('')).toBe(0);
  });
});

describe('largestOf', () => {
  const figure = (id: string, value: number) => ({ id, value }) as ResolvedPanel['indicators'][0];
  // As resolvePanels gives it: largest first.
  const panel = {
    id: 'growth',
    indicators: [figure('a', 7.2), figure('b', 6.9), figure('c', 5.9), figure('d', 5.5)],
    more: 2,
  } as ResolvedPanel;

  it('keeps the first, largest figures and counts the others', () => {
    const two = largestOf(panel, 2);
    expect(two.indicators.map((indicator) => indicator.id)).toEqual(['a', 'b']);
    expect(two.more).toBe(4);
    expect(panel.indicators).toHaveLength(4);
  });

  it('gives back the very panel where it holds no more than asked', () => {
    expect(largestOf(panel, 4)).toBe(panel);
    expect(largestOf(panel, 9)).toBe(panel);
  });
});
