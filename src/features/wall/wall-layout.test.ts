import { describe, expect, it } from 'vitest';
import { LAYOUT, labelLinesFor } from './wall-layout.ts';

describe('labelLinesFor', () => {
  it('gives the labels of a panel with few bars a line more', () => {
    expect([1, 2, 3, 4, 5].map((bars) => labelLinesFor(LAYOUT.zh, bars))).toEqual([2, 2, 2, 1, 1]);
    expect([1, 2, 3, 4].map((bars) => labelLinesFor(LAYOUT.en, bars))).toEqual([3, 3, 2, 2]);
  });

  it('leaves the two-language layout at its three lines', () => {
    expect([1, 4].map((bars) => labelLinesFor(LAYOUT.both, bars))).toEqual([3, 3]);
  });
});
