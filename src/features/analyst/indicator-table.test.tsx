import { QueryClient } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../mock/fixtures.ts';
import { makeBundle } from '../../../tests/unit/make-bundle.ts';
import { Providers } from '../../app/providers.tsx';
import type { Indicator, Lang } from '../../data/bundle-schema.ts';
import { validateBundle } from '../../data/validate-bundle.ts';
import { createI18n } from '../../i18n/index.ts';
import { indexBundle, type BundleIndex } from '../../store/bundle-index.ts';
import { createDashboardStore } from '../../store/dashboard-store.ts';
import { IndicatorTable, sortRows } from './indicator-table.tsx';

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

/** The table of `index` rendered in `lang`: each row's cells, by indicator id. */
function renderCells(index: BundleIndex, lang: Lang): Record<string, HTMLElement[]> {
  render(
    <Providers
      store={createDashboardStore({ lang })}
      i18n={createI18n(lang)}
      queryClient={new QueryClient()}
    >
      <IndicatorTable
        index={index}
        indicators={index.bundle.indicators}
        lang={lang}
        onOpen={() => {}}
      />
    </Providers>,
  );
  return Object.fromEntries(
    screen
      .getAllByTestId('table-row')
      .map((row) => [row.dataset.indicatorId ?? '', within(row).getAllByRole('cell')]),
  );
}

describe('IndicatorTable with measures', () => {
  const loaded = validateBundle(loadFixture('valid-measures'));
  if (!loaded.ok) throw new Error('the measures fixture should load');
  const index = indexBundle(loaded.bundle);

  /** Each row's value and unit cells as the reader sees them, by indicator id. */
  function shown(lang: Lang) {
    return Object.fromEntries(
      Object.entries(renderCells(index, lang)).map(([id, cells]) => [
        id,
        [cells[1]?.firstElementChild?.textContent, cells[2]?.textContent],
      ]),
    );
  }

  it('shows the measure word of the bundle as the unit, in Chinese', () => {
    expect(shown('zh')).toMatchObject({
      rail: ['7000公里', '公里'],
      solar: ['1.2万千瓦', '千瓦'],
      housing: ['超3.56万户', '户'],
      urbanisation: ['2.5个百分点', '个百分点'],
      jobs: ['5.2万人', '人'],
    });
  });

  it('shows the measure word of the bundle as the unit, in English', () => {
    expect(shown('en')).toMatchObject({
      rail: ['7,000 km', 'km'],
      solar: ['12,000 kW', 'kW'],
      housing: ['over 35,600 households', 'households'],
      urbanisation: ['2.5 percentage points', 'percentage points'],
    });
  });

  it('sorts values within each measure, never km against kW', () => {
    const rows = sortRows({
      rows: index.bundle.indicators,
      column: 'value',
      direction: 'descending',
      lang: 'en',
      categoryLabel: (id) => id,
      collator: new Intl.Collator('en'),
    }).map((indicator: Indicator) => indicator.id);
    expect(rows).toEqual(['jobs', 'housing', 'rail', 'roads', 'solar', 'urbanisation']);
  });
});

describe('IndicatorTable value and unit cells', () => {
  const bundle = makeBundle();
  bundle.indicators.push({
    ...bundle.indicators[0]!,
    id: 'attendance',
    value: 1481000,
    unit: 'person-time',
  });
  const index = indexBundle(bundle);

  function rows(lang: Lang) {
    const read = Object.fromEntries(
      Object.entries(renderCells(index, lang)).map(([id, cells]) => [
        id,
        {
          exact: cells[1]?.querySelector('.exact')?.textContent ?? null,
          unitWhole: cells[2]?.classList.contains('no-wrap') ?? false,
        },
      ]),
    );
    cleanup();
    return read;
  }

  it('gives the exact number only where the figure as read rounds or scales it', () => {
    const en = rows('en');
    // "525,800 people" is exact already; ¥104 million is not.
    expect(en.trained?.exact).toBeNull();
    expect(en.rate?.exact).toBeNull();
    expect(en['aid-funds']?.exact).toBe('104,000,000');
    const zh = rows('zh');
    expect(zh.trained?.exact).toBe('525,800');
    expect(zh.sessions?.exact).toBeNull();
  });

  it('keeps a hyphenated unit whole: "person-times", not "person-" over "times"', () => {
    expect(rows('en').attendance?.unitWhole).toBe(true);
    expect(rows('en').trained?.unitWhole).toBe(false);
  });
});
