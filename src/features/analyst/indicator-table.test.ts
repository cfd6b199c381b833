import { describe, expect, it } from 'vitest';
import { makeBundle } from '../../../tests/unit/make-bundle.ts';
import { sortRows } from './indicator-table.tsx';

const { indicators } = makeBundle();
const sorted = (
  column: Parameters<typeof sortRows>[0]['column'],
  direction: 'ascending' | 'descending',
) =>
  sortRows({
    rows: indicators,
    column,
    direction,
    lang: 'en',
    categoryLabel: (id) => id,
    collator: new Intl.Collator('en'),
  }).map((indicator) => indicator.id);

describe('sortRows', () => {
  it('sorts values within each unit, never yuan against people', () => {
    expect(sorted('value', 'descending')).toEqual([
      'trained',
      'aided',
      'sessions',
      'aid-funds',
      'arrears',
      'rate',
    ]);
    // The units keep their order; only the values within each turn round.
    expect(sorted('value', 'ascending')).toEqual([
      'aided',
      'trained',
      'sessions',
      'arrears',
      'aid-funds',
      'rate',
    ]);
  });

  it("sorts text columns in the reader's collation", () => {
    expect(sorted('category', 'ascending').slice(0, 2)).toEqual(['arrears', 'sessions']);
  });
});
