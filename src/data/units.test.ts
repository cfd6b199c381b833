import { describe, expect, it } from 'vitest';
import { scaleFigure } from './units.ts';

describe('scaleFigure', () => {
  it.each([
    ['52.58', '万', 525800],
    ['1.04', '亿', 104000000],
    ['1426.1', '万', 14261000],
    ['1641.06', '万', 16410600],
    ['97', undefined, 97],
    ['５２．５８', '万', 525800],
    ['12.14', '万', 121400],
    ['47.48', '万', 474800],
    ['148.1', '万', 1481000],
    ['0.3', '万', 3000],
    ['1,234', undefined, 1234],
    ['2800', '万', 28000000],
  ])('%s%s → %d', (digits, magnitude, expected) => {
    expect(scaleFigure(digits, magnitude)).toBe(expected);
  });

  it('gives NaN for text that is not a number', () => {
    expect(scaleFigure('abc', '万')).toBeNaN();
  });
});
