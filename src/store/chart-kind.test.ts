import { describe, expect, it } from 'vitest';
import type { Unit } from '../data/bundle-format.ts';
import { againstWhole, chartKind, MAX_GAUGES } from './chart-kind.ts';

const figure = (unit: Unit, value = 50, zh = '建会率', en = 'Unionisation rate') => ({
  unit,
  value,
  label: { zh, en },
});

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
    expect(chartKind({ chart, unit, indicators: [figure(unit)] }, mode)).toBe(expected);
  });

  it('draws more rates than a card holds dials as bars against 100 %', () => {
    const rates = (count: number) => Array.from({ length: count }, () => figure('percent'));
    expect(chartKind({ unit: 'percent', indicators: rates(MAX_GAUGES) }, 'analyst')).toBe('gauge');
    expect(chartKind({ unit: 'percent', indicators: rates(MAX_GAUGES + 1) }, 'analyst')).toBe(
      'bar',
    );
    expect(chartKind({ chart: 'gauge', unit: 'percent', indicators: rates(8) }, 'analyst')).toBe(
      'bar',
    );
  });

  it('draws growth and falls as bars, never as dials out of 100 %, whatever the bundle asked', () => {
    const growth = figure('percent', 5.5, '地区生产总值增长（2025年）', 'GDP growth, 2025');
    const share = figure('percent', 45.4, '战略性新兴产业产值占比', 'Share of new industries');
    expect(chartKind({ unit: 'percent', indicators: [growth] }, 'analyst')).toBe('bar');
    expect(
      chartKind({ chart: 'gauge', unit: 'percent', indicators: [growth, share] }, 'print'),
    ).toBe('bar');
    expect(chartKind({ unit: 'percent', indicators: [share] }, 'print')).toBe('gauge');
  });
});

describe('againstWhole', () => {
  it('holds for rates and shares of at most 100 %, and for nothing else', () => {
    expect(againstWhole({ unit: 'percent', indicators: [figure('percent', 100)] })).toBe(true);
    // A rate past 100 % would run off a scale that ends at 100 %.
    expect(againstWhole({ unit: 'percent', indicators: [figure('percent', 104.2)] })).toBe(false);
    const fall = figure('percent', 12.1, 'PM2.5平均浓度下降', 'Fall in PM2.5');
    expect(againstWhole({ unit: 'percent', indicators: [figure('percent'), fall] })).toBe(false);
    expect(againstWhole({ unit: 'person', indicators: [figure('person', 10)] })).toBe(false);
  });
});
