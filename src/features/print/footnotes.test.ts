// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../data/bundle-schema.ts';
import { numberSources } from './footnotes.ts';

const indicator = (id: string, quote: string | string[]): Indicator => ({
  id,
  category: 'c',
  label: { zh: id, en: id },
  value: 1,
  unit: 'item',
  source: { quote },
});

describe('numberSources', () => {
  it('numbers figures as a reader meets them, one note per figure, pieces joined', () => {
    const a = indicator('a', '甲一');
    const b = indicator('b', ['乙', '二']);
    const c = indicator('c', '丙');
    const { notes, numberOf } = numberSources([[b], [a, b, c]]);
    expect(notes.map((note) => [note.number, note.indicator.id, note.quote])).toEqual([
      [1, 'b', '乙 … 二'],
      [2, 'a', '甲一'],
      [3, 'c', '丙'],
    ]);
    expect(numberOf.get('b')).toBe(1);
    expect(numberOf.get('c')).toBe(3);
  });

  it('has no notes for no figures', () => {
    expect(numberSources([[], []]).notes).toEqual([]);
  });
});
