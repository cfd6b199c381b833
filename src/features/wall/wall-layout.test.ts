import { describe, expect, it } from 'vitest';
import { LAYOUT, labelLinesFor, numberEms } from './wall-layout.ts';

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
