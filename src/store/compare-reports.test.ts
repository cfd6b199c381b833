import { describe, expect, it } from 'vitest';
import type { Bundle, Indicator } from '../data/bundle-schema.ts';
import type { Concept } from '../data/concept-schema.ts';
import { makeBundle } from '../../tests/unit/make-bundle.ts';
import {
  compareRows,
  figurePeriod,
  findConceptFigures,
  groupRowsByUnit,
  normalise,
  parseCompareEntry,
  perTenThousand,
  type FigurePeriod,
  type LoadedBundle,
  type Norm,
} from './compare-reports.ts';

const concept = (
  id: string,
  unit: Concept['unit'],
  kind: Concept['kind'],
  extra = {},
): Concept => ({
  id,
  label: { zh: id, en: id },
  definition: { zh: id, en: id },
  unit,
  kind,
  ...extra,
});
const CONCEPTS = [
  concept('jobs', 'person', 'flow'),
  concept('aid-funds', 'yuan', 'flow'),
  concept('growth', 'percent', 'rate'),
  concept('members', 'person', 'stock', { denominator: true }),
];

const figure = (partial: Partial<Indicator> & Pick<Indicator, 'id' | 'value' | 'unit'>) =>
  ({
    category: 'work',
    label: { zh: partial.id, en: partial.id },
    source: { quote: `引文 ${partial.value}` },
    ...partial,
  }) as Indicator;

// A union report over five unnamed years (the catalogue says 5) and a province's 2021–2025 report.
const union = makeBundle({
  id: 'union',
  indicators: [
    figure({ id: 'jobs', value: 20000, unit: 'person', cumulative: true, concept: 'jobs' }),
    figure({ id: 'members', value: 500000, unit: 'person', cumulative: false, concept: 'members' }),
    figure({
      id: 'funds',
      value: 100_000_000,
      unit: 'yuan',
      cumulative: true,
      concept: 'aid-funds',
    }),
    figure({ id: 'odd', value: 3, unit: 'item', concept: 'not-in-vocabulary' }),
  ],
});
const province = makeBundle({
  id: 'province',
  period: { label: { zh: '2021—2025年', en: '2021–2025' }, start: '2021', end: '2025' },
  indicators: [
    figure({
      id: 'jobs-2025',
      value: 750000,
      unit: 'person',
      concept: 'jobs',
      period: { start: '2025', end: '2025' },
    }),
    figure({ id: 'growth-2025', value: 5.5, unit: 'percent', concept: 'growth' }),
    figure({
      id: 'jobs-five-years',
      value: 3_500_000,
      unit: 'person',
      cumulative: true,
      concept: 'jobs',
    }),
    figure({ id: 'loose', value: 12, unit: 'person' }),
  ],
});
const LOADED: Record<string, LoadedBundle> = {
  union: { bundle: union, catalogYears: 5 },
  province: { bundle: province },
};
const lookup = (id: string) => LOADED[id];
const byId = (bundle: Bundle, id: string) => bundle.indicators.find((item) => item.id === id)!;

describe('cmp entries', () => {
  it.each([
    ['province:jobs-2025', 'union', { bundleId: 'province', indicatorId: 'jobs-2025' }],
    ['jobs', 'union', { bundleId: 'union', indicatorId: 'jobs' }],
    ['jobs', undefined, undefined],
    ['a:b:c', 'union', undefined],
    ['province:', 'union', undefined],
  ])('%s on %s', (entry, current, expected) => {
    expect(parseCompareEntry(entry, current)).toEqual(expected);
  });
});

describe('figurePeriod', () => {
  // Each figure is read from the bundle it is looked up in, so a row cannot mix two reports.
  const bare: LoadedBundle = { bundle: union };
  it.each<[string, string, LoadedBundle, FigurePeriod]>([
    [
      'its own years',
      'jobs-2025',
      LOADED.province!,
      { kind: 'span', years: 1, start: '2025', end: '2025' },
    ],
    [
      'cumulative: the bundle years',
      'jobs-five-years',
      LOADED.province!,
      { kind: 'span', years: 5, start: '2021', end: '2025' },
    ],
    [
      'cumulative, no bundle years: the catalogue',
      'jobs',
      LOADED.union!,
      { kind: 'span', years: 5 },
    ],
    ['not cumulative: one moment', 'members', LOADED.union!, { kind: 'point' }],
    ['nothing said: unknown', 'loose', LOADED.province!, { kind: 'unknown' }],
    ['cumulative, no years anywhere: unknown', 'funds', bare, { kind: 'unknown' }],
  ])('%s', (_name, id, source, expected) => {
    expect(figurePeriod(byId(source.bundle, id), source)).toEqual(expected);
  });
});

describe('normalise', () => {
  const five: FigurePeriod = { kind: 'span', years: 5 };
  const members = byId(union, 'members');
  it.each<[string, Indicator, 'flow' | 'stock' | 'rate', FigurePeriod, Norm, unknown]>([
    ['a total as stated', byId(union, 'jobs'), 'flow', five, 'total', { value: 20000 }],
    ['a five-year total per year', byId(union, 'jobs'), 'flow', five, 'per-year', { value: 4000 }],
    [
      'a rate is never divided',
      byId(province, 'growth-2025'),
      'rate',
      five,
      'per-year',
      { value: 5.5, note: 'notDivided' },
    ],
    [
      'a stock is never divided',
      members,
      'stock',
      { kind: 'point' },
      'per-year',
      { value: 500000, note: 'notDivided' },
    ],
    [
      'a flow of unknown years is left blank',
      byId(province, 'loose'),
      'flow',
      { kind: 'unknown' },
      'per-year',
      { value: undefined, note: 'periodUnknown' },
    ],
    ['per 10,000 members', byId(union, 'funds'), 'flow', five, 'per-10k', { value: 2_000_000 }],
    [
      'a rate per 10,000: as stated',
      byId(province, 'growth-2025'),
      'rate',
      five,
      'per-10k',
      { value: 5.5, note: 'notDivided' },
    ],
  ])('%s', (_name, indicator, kind, period, norm, expected) => {
    expect(normalise(indicator, kind, period, norm, members)).toEqual(expected);
  });

  it('has no figure per 10,000 without a denominator', () => {
    expect(normalise(byId(province, 'jobs-2025'), 'flow', five, 'per-10k')).toEqual({
      value: undefined,
      note: 'noDenominator',
    });
  });
});

describe('concept matching', () => {
  it('finds every figure of a concept in every bundle, lazily', () => {
    const seen: string[] = [];
    function* bundles() {
      for (const bundle of [union, province]) {
        seen.push(bundle.id);
        yield bundle;
      }
    }
    const found = findConceptFigures('jobs', bundles());
    expect(found.next().value).toEqual({ bundleId: 'union', indicatorId: 'jobs' });
    expect(seen).toEqual(['union']);
    expect([...found].map((ref) => ref.indicatorId)).toEqual(['jobs-2025', 'jobs-five-years']);
  });

  it('allows per 10,000 only when every report states the denominator', () => {
    const both = perTenThousand([union, province], CONCEPTS);
    expect(both).toEqual({ ok: false, concept: CONCEPTS[3], missing: ['province'] });
    const one = perTenThousand([union], CONCEPTS);
    expect(one.ok && one.byBundle.get('union')?.id).toBe('members');
  });
});

describe('compareRows flags', () => {
  const rows = compareRows({
    refs: [
      { bundleId: 'union', indicatorId: 'jobs' },
      { bundleId: 'province', indicatorId: 'jobs-2025' },
      { bundleId: 'province', indicatorId: 'loose' },
      { bundleId: 'union', indicatorId: 'odd' },
      { bundleId: 'province', indicatorId: 'gone' },
      { bundleId: 'elsewhere', indicatorId: 'jobs' },
    ],
    lookup,
    concepts: CONCEPTS,
    norm: 'per-year',
  });

  it('flags a five-year total against one year, a figure of another definition, an unknown concept', () => {
    expect(rows.map((row) => [row.ref.indicatorId, row.value, row.flags])).toEqual([
      ['jobs', 4000, []],
      ['jobs-2025', 750000, ['periodDiffers']],
      ['loose', undefined, ['periodDiffers', 'definitionDiffers']],
      ['odd', undefined, ['unknownConcept']],
    ]);
  });

  it('never puts people and another unit on one axis', () => {
    expect(groupRowsByUnit(rows).map((group) => group.map((row) => row.unitKey))).toEqual([
      ['person', 'person', 'person'],
      ['item'],
    ]);
  });

  it('without a vocabulary, matches figures by their concept ids and calls none unknown', () => {
    const without = compareRows({
      refs: [
        { bundleId: 'union', indicatorId: 'jobs' },
        { bundleId: 'province', indicatorId: 'jobs-2025' },
        { bundleId: 'province', indicatorId: 'loose' },
        { bundleId: 'union', indicatorId: 'odd' },
      ],
      lookup,
      concepts: undefined,
      norm: 'total',
    });
    expect(without.map((row) => [row.ref.indicatorId, row.flags])).toEqual([
      ['jobs', []],
      ['jobs-2025', ['periodDiffers']],
      ['loose', ['periodDiffers', 'definitionDiffers']],
      ['odd', []],
    ]);
  });
});
