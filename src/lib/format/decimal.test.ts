import { describe, expect, it } from 'vitest';
import { compactEnglish, groupThousands, roundDecimal } from './decimal.ts';

/** A small seeded generator, so a failure names a value that fails again. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Values of every size the bundles hold and some they do not: integers, halves, odd fractions. */
function values(count: number): number[] {
  const next = random(7);
  const out = [0, 1, 5, 9.995, 10050, 1005, 0.125, 999.995, 999_999, 999_500, 1e15 - 1, 0.0049];
  for (let i = 0; i < count; i += 1) {
    const size = 10 ** Math.floor(next() * 16 - 3);
    const kind = i % 4;
    const raw = next() * size;
    const value =
      kind === 0
        ? Math.round(raw)
        : kind === 1
          ? Math.round(raw * 1000) / 1000
          : kind === 2
            ? Math.round(raw / 5) * 5 + 0.005
            : raw;
    out.push(i % 7 === 0 ? -value : value);
  }
  return out;
}

const SAMPLE = values(6000);
/** Intl writes "-0" where a negative value rounds to nothing; we write "0". */
const intl = (formatter: Intl.NumberFormat, value: number) =>
  formatter.format(value).replace(/^-0$/, '0');

describe('roundDecimal', () => {
  it('rounds as Intl does, half away from zero on the shortest decimal', () => {
    const two = new Intl.NumberFormat('en', { maximumFractionDigits: 2, useGrouping: false });
    const six = new Intl.NumberFormat('en', { maximumFractionDigits: 6, useGrouping: false });
    for (const value of SAMPLE) {
      expect(roundDecimal(value, 0, 2), String(value)).toBe(intl(two, value));
      expect(roundDecimal(value, 0, 6), String(value)).toBe(intl(six, value));
    }
  });

  it('shifts the decimal point exactly instead of dividing', () => {
    expect(roundDecimal(10050, 4, 2)).toBe('1.01');
    expect(roundDecimal(1475000, 6, 2)).toBe('1.48');
    expect(roundDecimal(525800, 4, 2)).toBe('52.58');
    expect(roundDecimal(99999999, 8, 2)).toBe('1');
    expect(roundDecimal(49, 4, 2)).toBe('0');
    expect(roundDecimal(-50, 4, 2)).toBe('-0.01');
  });

  it('passes what is not a number through', () => {
    expect(roundDecimal(Number.NaN, 0, 2)).toBe('NaN');
    expect(roundDecimal(Number.POSITIVE_INFINITY, 0, 2)).toBe('Infinity');
  });
});

describe('groupThousands', () => {
  it('groups as Intl does', () => {
    const grouped = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
    for (const value of SAMPLE)
      expect(groupThousands(roundDecimal(value, 0, 2)), String(value)).toBe(intl(grouped, value));
  });
});

describe('compactEnglish', () => {
  it('writes what Intl’s compact notation writes', () => {
    const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 2 });
    for (const value of SAMPLE)
      expect(compactEnglish(value), String(value)).toBe(intl(compact, value));
  });

  it('moves to the next step when rounding reaches it', () => {
    expect(compactEnglish(999_999)).toBe('1M');
    expect(compactEnglish(999.999)).toBe('1K');
    expect(compactEnglish(1000)).toBe('1K');
    expect(compactEnglish(1e12)).toBe('1T');
    expect(compactEnglish(1e15)).toBe('1000T');
    expect(compactEnglish(1e18)).toBe('1,000,000T');
  });
});
