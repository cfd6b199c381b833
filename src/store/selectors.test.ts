import { describe, expect, it } from 'vitest';
import { loadFixture, readPublic } from '../../mock/fixtures.ts';
import { makeBundle } from '../../tests/unit/make-bundle.ts';
import { validateBundle } from '../data/validate-bundle.ts';
import { indexBundle } from './bundle-index.ts';
import { EMPTY_FILTERS, type Filters } from './dashboard-store.ts';
import {
  autoPanels,
  compareGroups,
  facetCounts,
  filterIndicators,
  headlineIndicators,
  resolvePanels,
  reusePanels,
  type FacetCount,
  type ResolvedPanel,
} from './selectors.ts';

const index = indexBundle(makeBundle());
/** A curated panel of two of makeBundle's figures in yuan. */
const MONEY_PANEL = {
  id: 'money',
  title: { zh: '资金', en: 'Funds' },
  chart: 'bar' as const,
  indicators: ['arrears', 'aid-funds'],
};
/** A shipped bundle, validated and indexed as the page does. */
function shippedIndex(id: string) {
  const validation = validateBundle(JSON.parse(readPublic(`/data/bundles/${id}.json`)));
  if (!validation.ok) throw new Error(`${id} should load`);
  return indexBundle(validation.bundle);
}
const ids = (list: { id: string }[]) => list.map((item) => item.id);

describe('filterIndicators', () => {
  it.each([
    ['nothing', EMPTY_FILTERS, ['trained', 'aided', 'aid-funds', 'arrears', 'sessions', 'rate']],
    ['a category', { ...EMPTY_FILTERS, cat: ['rights'] }, ['arrears', 'sessions']],
    ['a theme', { ...EMPTY_FILTERS, theme: ['aid'] }, ['aided', 'aid-funds']],
    ['a unit', { ...EMPTY_FILTERS, unit: ['yuan' as const] }, ['aid-funds', 'arrears']],
    [
      'theme and unit together',
      { ...EMPTY_FILTERS, theme: ['aid'], unit: ['person' as const] },
      ['aided'],
    ],
    ['English text, any case', { ...EMPTY_FILTERS, q: 'SKILLED' }, ['trained']],
    ['Chinese text', { ...EMPTY_FILTERS, q: '技能' }, ['trained']],
    ['text that matches nothing', { ...EMPTY_FILTERS, q: 'zzz' }, []],
    // As the address keeps it after a reload: "skilled " and "skilled" are one search.
    ['text with spaces at its ends', { ...EMPTY_FILTERS, q: ' skilled ' }, ['trained']],
    [
      'spaces alone',
      { ...EMPTY_FILTERS, q: '  ' },
      ['trained', 'aided', 'aid-funds', 'arrears', 'sessions', 'rate'],
    ],
  ])('filters by %s', (_name, filters, expected) => {
    expect(ids(filterIndicators(index, filters))).toEqual(expected);
  });
});

describe('facetCounts', () => {
  it('counts what each option would show with the other filters applied', () => {
    const counts = facetCounts(index, { ...EMPTY_FILTERS, unit: ['yuan'] });
    expect(counts.cat).toEqual([
      { id: 'work', count: 1 },
      { id: 'rights', count: 1 },
    ]);
    // The unit facet ignores its own selection, so every unit still shows its full count.
    expect(counts.unit).toContainEqual({ id: 'person', count: 2 });
  });

  // Each count is, by definition, the figures the filters would show with that option picked in
  // place of its facet's own selection. Checked on the shipped report, which has themes.
  const real = shippedIndex('huainan-union-five-year');
  const firstTheme = real.bundle.themes?.[0]?.id ?? '';
  const firstCat = real.bundle.categories[0]?.id ?? '';
  it.each<[string, Filters]>([
    ['nothing', EMPTY_FILTERS],
    ['a category', { ...EMPTY_FILTERS, cat: [firstCat] }],
    ['a theme and a unit', { ...EMPTY_FILTERS, theme: [firstTheme], unit: ['person'] }],
    ['a search', { ...EMPTY_FILTERS, q: '  培训 ' }],
    ['all four', { cat: ['rights-services'], theme: ['aid'], unit: ['person', 'event'], q: '工' }],
  ])('with %s picked, counts what picking each option would show', (_name, filters) => {
    const counts = facetCounts(real, filters);
    const shown = (facet: 'cat' | 'theme' | 'unit', id: string) =>
      filterIndicators(real, { ...filters, [facet]: [id] }).length;
    expect(counts.cat).toEqual(
      real.bundle.categories.map(({ id }) => ({ id, count: shown('cat', id) })),
    );
    expect(counts.theme).toEqual(
      (real.bundle.themes ?? []).map(({ id }) => ({ id, count: shown('theme', id) })),
    );
    const units = new Set(real.bundle.indicators.map((indicator) => indicator.unit));
    expect(counts.unit.map(({ id }) => id).sort()).toEqual([...units].sort());
    for (const { id, count } of counts.unit) expect(count).toBe(shown('unit', id));
    // Not a check that empty counts would pass: every facet counts something.
    for (const facet of [counts.cat, counts.theme, counts.unit]) {
      expect(facet.some(({ count }) => count > 0)).toBe(true);
    }
  });

  it('counts a figure once under a theme it names twice, as picking the theme shows it', () => {
    const base = makeBundle();
    const twice = indexBundle(
      makeBundle({
        indicators: base.indicators.map((indicator) =>
          indicator.id === 'trained'
            ? { ...indicator, themes: ['training', 'training'] }
            : indicator,
        ),
      }),
    );
    const training = facetCounts(twice, EMPTY_FILTERS).theme.find(({ id }) => id === 'training');
    expect(training?.count).toBe(
      filterIndicators(twice, { ...EMPTY_FILTERS, theme: ['training'] }).length,
    );
    expect(training?.count).toBeGreaterThan(0);
  });

  it('counts by hand what the report gives for rights work with aid, people or events, and "工"', () => {
    // Read off the shipped report's labels: aid in rights work, people or events, 工 in the
    // label: "四季送帮扶慰问职工", "来淮疗休养职工" (people), "青年职工婚恋服务" (events); the
    // same with rights for theme: "“春季要约”覆盖职工", "法律服务覆盖职工", "追讨欠薪职工"; any
    // unit: "小微企业工会经费返还" (organisations), "返还小微企业工会经费" (yuan).
    const counts = facetCounts(real, {
      cat: ['rights-services'],
      theme: ['aid'],
      unit: ['person', 'event'],
      q: '工',
    });
    const nonZero = (facet: FacetCount[]) =>
      Object.fromEntries(
        facet.filter(({ count }) => count > 0).map(({ id, count }) => [id, count]),
      );
    expect(nonZero(counts.cat)).toEqual({ 'rights-services': 3 });
    expect(nonZero(counts.theme)).toEqual({ aid: 3, rights: 3 });
    expect(nonZero(counts.unit)).toEqual({ person: 2, event: 1, organization: 1, yuan: 1 });
  });
});

describe('panels', () => {
  it('builds one panel per category and unit for a bundle without panels, rates as gauges', () => {
    const panels = autoPanels(index);
    // Each category has one figure in yuan: the two share a panel, after the categories' own.
    expect(panels.map((panel) => [panel.id, panel.chart, panel.indicators])).toEqual([
      ['work-person', 'bar', ['trained', 'aided']],
      ['work-percent', 'gauge', ['rate']],
      ['rights-event', 'bar', ['sessions']],
      ['several-yuan', 'bar', ['aid-funds', 'arrears']],
    ]);
    expect(panels[0]?.title.en).toBe('Work · People');
    expect(panels[3]?.title).toEqual({ zh: '金额（多个类别）', en: 'Funds (several categories)' });
  });

  it("keeps a category's own panel for a unit only it has, however few its figures", () => {
    const base = makeBundle();
    const alone = indexBundle(
      makeBundle({
        indicators: base.indicators.filter((indicator) => indicator.id !== 'arrears'),
      }),
    );
    expect(autoPanels(alone).map((panel) => panel.id)).toEqual([
      'work-person',
      'work-yuan',
      'work-percent',
      'rights-event',
    ]);
  });

  it('sorts each panel by value and drops panels the filters empty', () => {
    const visible = filterIndicators(index, { ...EMPTY_FILTERS, unit: ['person', 'yuan'] });
    const panels = resolvePanels(index, visible);
    expect(panels.map((panel) => panel.id)).toEqual(['work-person', 'several-yuan']);
    expect(ids(panels[0]?.indicators ?? [])).toEqual(['trained', 'aided']);
    // A category filter leaves the shared panel with that category's figure.
    const work = resolvePanels(index, filterIndicators(index, { ...EMPTY_FILTERS, cat: ['work'] }));
    expect(ids(work.find((panel) => panel.id === 'several-yuan')?.indicators ?? [])).toEqual([
      'aid-funds',
    ]);
  });

  it('uses curated panels when the bundle has them', () => {
    const curated = indexBundle(
      makeBundle({
        panels: [MONEY_PANEL],
      }),
    );
    const panels = resolvePanels(curated, curated.bundle.indicators);
    expect(panels[0]?.id).toBe('money');
    expect(ids(panels[0]?.indicators ?? [])).toEqual(['aid-funds', 'arrears']);
    expect(panels[0]?.unit).toBe('yuan');
  });

  it('draws the figures no curated panel holds in panels of their unit, after the curated ones', () => {
    const curated = indexBundle(
      makeBundle({
        panels: [
          MONEY_PANEL,
          {
            id: 'trained',
            title: { zh: '培训', en: 'Training' },
            chart: 'bar',
            indicators: ['trained'],
          },
        ],
      }),
    );
    const panels = resolvePanels(curated, curated.bundle.indicators);
    expect(panels.map((panel) => [panel.id, ids(panel.indicators)])).toEqual([
      ['money', ['aid-funds', 'arrears']],
      ['trained', ['trained']],
      ['other-person', ['aided']],
      ['other-event', ['sessions']],
      ['other-percent', ['rate']],
    ]);
    expect(panels[2]?.title).toEqual({ zh: '其他指标 · 人数', en: 'Other figures · People' });
    // Every figure is in a chart: the count the page shows is the count drawn.
    expect(new Set(panels.flatMap((panel) => ids(panel.indicators))).size).toBe(
      curated.bundle.indicators.length,
    );
    // Filtered away, a left-over panel goes as any other does.
    const rights = filterIndicators(curated, { ...EMPTY_FILTERS, cat: ['rights'] });
    expect(resolvePanels(curated, rights).map((panel) => panel.id)).toEqual([
      'money',
      'other-event',
    ]);
    // The wall asks for the bundle's own panels alone.
    expect(
      resolvePanels(curated, curated.bundle.indicators, { leftovers: false }).map(
        (panel) => panel.id,
      ),
    ).toEqual(['money', 'trained']);
  });

  it.each([
    'huainan-union-five-year',
    'anhui-2026-government-work-report',
    'zhejiang-2026-government-work-report',
  ])('draws every figure of the shipped %s at the desk, and the wall its own panels', (id) => {
    const shipped = shippedIndex(id);
    const all = shipped.bundle.indicators;
    const drawn = new Set(resolvePanels(shipped, all).flatMap((panel) => ids(panel.indicators)));
    expect(all.filter((indicator) => !drawn.has(indicator.id)).map((i) => i.id)).toEqual([]);
    const wall = resolvePanels(shipped, all, { leftovers: false }).map((panel) => panel.id);
    expect(wall).toEqual(
      shipped.bundle.panels?.length
        ? shipped.bundle.panels.map((panel) => panel.id)
        : autoPanels(shipped).map((panel) => panel.id),
    );
  });

  it('builds panels of growth and falls apart from those of shares and rates', () => {
    const anhui = shippedIndex('anhui-2026-government-work-report');
    const rates = resolvePanels(anhui, anhui.bundle.indicators).filter(
      (panel) => panel.unit === 'percent',
    );
    const kinds = rates.map((panel) => ({
      id: panel.id,
      changes: panel.indicators.map((indicator) => /growth|decline/.test(indicator.id)),
      chart: panel.chart,
    }));
    // No panel mixes the two; the changes' panels are bars, titled as changes.
    for (const { id, changes, chart } of kinds) {
      expect(new Set(changes).size, id).toBe(1);
      expect(id.endsWith('-percent-change'), id).toBe(changes[0]);
      if (changes[0]) expect(chart, id).toBe('bar');
    }
    expect(kinds.some((kind) => kind.changes[0])).toBe(true);
    expect(kinds.some((kind) => !kind.changes[0])).toBe(true);
    const change = rates.find((panel) => panel.id.endsWith('-percent-change'));
    expect(change?.title.zh).toMatch(/ · 增减幅度$/);
    expect(change?.title.en).toMatch(/ · Growth and decline$/);
  });

  it('keeps a left-over panel’s id apart from a curated panel of that id', () => {
    const curated = indexBundle(
      makeBundle({
        panels: [
          {
            id: 'other-person',
            title: { zh: '资金', en: 'Funds' },
            chart: 'bar',
            indicators: ['arrears', 'aid-funds', 'trained', 'sessions', 'rate'],
          },
        ],
      }),
    );
    const panels = resolvePanels(curated, curated.bundle.indicators);
    expect(panels.map((panel) => panel.id)).toEqual(['other-person', 'other-person-2']);
  });
});

describe('reusePanels', () => {
  it('keeps the previous object of a panel a filter left as it was, and only that one', () => {
    const all = resolvePanels(index, filterIndicators(index, EMPTY_FILTERS));
    const persons = resolvePanels(
      index,
      filterIndicators(index, { ...EMPTY_FILTERS, q: 'skilled' }),
    );
    const next = resolvePanels(index, filterIndicators(index, { ...EMPTY_FILTERS, cat: ['work'] }));
    const kept = reusePanels(all, next);
    expect(kept.map((panel) => panel.id)).toEqual(next.map((panel) => panel.id));
    // Every work panel is unchanged by filtering to its own category: same objects as before; the
    // panel it shares with another category lost a bar and is new.
    kept
      .filter((panel) => panel.id.startsWith('work-'))
      .forEach((panel) => expect(all).toContain(panel));
    expect(all).not.toContain(kept.find((panel) => panel.id === 'several-yuan'));
    // A panel whose bars changed is the new object.
    const narrowed = reusePanels(all, persons);
    expect(narrowed[0]).toBe(persons[0]);
    expect(all).not.toContain(narrowed[0]);
  });
});

describe('headlineIndicators', () => {
  it('takes the largest figure of each unit when the bundle names no headline', () => {
    expect(ids(headlineIndicators(index))).toEqual(['trained', 'sessions', 'aid-funds', 'rate']);
  });

  it('takes the first of equal largest figures, in bundle order', () => {
    const base = makeBundle();
    const tied = indexBundle(
      makeBundle({
        indicators: base.indicators.map((indicator) =>
          indicator.id === 'aided' ? { ...indicator, value: 525800 } : indicator,
        ),
      }),
    );
    const order = base.indicators.map((indicator) => indicator.id);
    expect(order.indexOf('aided')).toBeGreaterThan(order.indexOf('trained'));
    expect(ids(headlineIndicators(tied))[0]).toBe('trained');
  });

  it('follows the bundle when it names a headline', () => {
    const named = indexBundle(makeBundle({ headline: ['rate', 'aided'] }));
    expect(ids(headlineIndicators(named))).toEqual(['rate', 'aided']);
  });
});

describe('compareGroups', () => {
  it('never puts yuan and people on one axis', () => {
    const groups = compareGroups(index, ['aid-funds', 'trained', 'arrears', 'missing']);
    expect(groups.map((group) => [group.unit, ids(group.indicators)])).toEqual([
      ['person', ['trained']],
      ['yuan', ['aid-funds', 'arrears']],
    ]);
  });
});

describe('measures', () => {
  const loaded = validateBundle(loadFixture('valid-measures'));
  if (!loaded.ok) throw new Error('the measures fixture should load');
  const measures = indexBundle(loaded.bundle);

  it('builds one automatic panel per category, unit and measure, titled by the measure', () => {
    const panels = autoPanels(measures);
    expect(panels.map((panel) => [panel.id, panel.indicators])).toEqual([
      ['build-measure-km', ['rail', 'roads']],
      ['build-measure-kw', ['solar']],
      ['people-person', ['jobs']],
      ['people-measure-household', ['housing']],
      ['people-measure-percentage-point', ['urbanisation']],
    ]);
    expect(panels.map((panel) => panel.title.zh)).toContain('基础设施 · 以公里计');
    expect(panels.map((panel) => panel.title.en)).toContain('Infrastructure · In kW');
    expect(panels.every((panel) => panel.chart === 'bar')).toBe(true);
  });

  it('resolves a panel with the measure its axis is named by', () => {
    const [rail, solar] = resolvePanels(measures, measures.bundle.indicators);
    expect([rail?.unit, rail?.measure?.label.en]).toEqual(['measure', 'km']);
    expect(solar?.measure?.id).toBe('kw');
    // A panel whose measure changed is not the same panel, even if its id is.
    const relabelled = { ...(rail as ResolvedPanel), measure: solar?.measure };
    expect(reusePanels([relabelled], [rail as ResolvedPanel])[0]).toBe(rail);
  });

  it('filters every measure as the one unit facet "measure"', () => {
    const counts = facetCounts(measures, EMPTY_FILTERS);
    expect(counts.unit).toEqual([
      { id: 'person', count: 1 },
      { id: 'measure', count: 5 },
    ]);
    const visible = filterIndicators(measures, { ...EMPTY_FILTERS, unit: ['measure'] });
    expect(ids(visible)).toEqual(['rail', 'roads', 'solar', 'housing', 'urbanisation']);
  });

  it('never puts km and kW on one axis when compared, nor in the headline twice', () => {
    const groups = compareGroups(measures, ['solar', 'roads', 'jobs', 'rail']);
    expect(groups.map((group) => [group.measure?.id ?? group.unit, ids(group.indicators)])).toEqual(
      [
        ['person', ['jobs']],
        ['kw', ['solar']],
        ['km', ['rail', 'roads']],
      ],
    );
    expect(ids(headlineIndicators(measures))).toEqual([
      'jobs',
      'rail',
      'solar',
      'housing',
      'urbanisation',
    ]);
  });
});
