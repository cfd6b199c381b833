import { describe, expect, it } from 'vitest';
import { chartKind, MAX_GAUGES } from './chart-kind.ts';

describe('chartKind', () => {
  it.each([
    ['a bar panel of people at the desk', 'bar', 'person', 'analyst', 'bar'],
    ['a gauge panel at the desk', 'gauge', 'percent', 'analyst', 'gauge'],
    ['a percent panel the bundle calls bars, at the desk', 'bar', 'percent', 'analyst', 'gauge'],
    ['a pie panel at the desk', 'pie', 'yuan', 'analyst', 'bar'],
    ['a percent pie at the desk', 'pie', 'percent', 'analyst', 'gauge'],
    ['a panel built from units, of rates', undefined, 'percent', 'analyst', 'gauge'],
    ['a panel built from units, of funds', undefined, 'yuan', 'analyst', 'bar'],
    ['a gauge panel on the wall', 'gauge', 'percent', 'wall', 'bar'],
    ['a percent panel on the wall', 'bar', 'percent', 'wall', 'bar'],
    ['a bar panel on the wall', 'bar', 'event', 'wall', 'bar'],
  ] as const)('%s', (_name, chart, unit, mode, expected) => {
    expect(chartKind({ chart, unit }, mode)).toBe(expected);
  });

  it('draws more rates than a card holds dials as bars against 100 %', () => {
    const rates = (count: number) => Array.from({ length: count }, (_, index) => `r${index}`);
    expect(chartKind({ unit: 'percent', indicators: rates(MAX_GAUGES) }, 'analyst')).toBe('gauge');
    expect(chartKind({ unit: 'percent', indicators: rates(MAX_GAUGES + 1) }, 'analyst')).toBe(
      'bar',
    );
    expect(chartKind({ chart: 'gauge', unit: 'percent', indicators: rates(8) }, 'analyst')).toBe(
      'bar',
    );
  });
});
