import type { Unit } from '../data/bundle-format.ts';
import type { Indicator, Lang, Localized, Measure, Panel } from '../data/bundle-schema.ts';
import { HEADLINE_MAX, UNITS, unitKey } from '../data/bundle-format.ts';
import en from '../i18n/locales/en/common.json';
import zh from '../i18n/locales/zh/common.json';
import type { BundleIndex } from './bundle-index.ts';
import { chartKind } from './chart-kind.ts';
import { isChangeRate } from '../data/rate-kind.ts';
import type { Filters } from './dashboard-store.ts';

/** A panel ready to draw: its indicators resolved, filtered and sorted by value. */
export interface ResolvedPanel {
  id: string;
  title: Localized;
  chart: Panel['chart'];
  unit: Unit;
  /** What the panel's figures count when `unit` is `measure`: its label names the axis. */
  measure?: Measure;
  indicators: Indicator[];
  /** Built by the page from categories and units, not named by the bundle. */
  auto: boolean;
  /** Indicators left out because the panel shows only its largest `maxBars`. */
  more: number;
}

export interface FacetCount<Id extends string = string> {
  id: Id;
  count: number;
}

/** Whether a figure passes each facet's selection (an empty selection passes all), and the search. */
function facetTests(index: BundleIndex, filters: Filters) {
  // Spaces at either end of a search do not count: the address keeps them off, so must we.
  const words = filters.q.trim().toLowerCase();
  const cats = filters.cat.length ? new Set(filters.cat) : undefined;
  const themes = filters.theme.length ? new Set(filters.theme) : undefined;
  const units = filters.unit.length ? new Set<string>(filters.unit) : undefined;
  return {
    cat: (indicator: Indicator) => !cats || cats.has(indicator.category),
    theme: (indicator: Indicator) =>
      !themes || (indicator.themes?.some((id) => themes.has(id)) ?? false),
    unit: (indicator: Indicator) => !units || units.has(indicator.unit),
    search: (indicator: Indicator) =>
      !words || (index.searchText.get(indicator.id)?.includes(words) ?? false),
  };
}

/** Indicators passing every filter, in bundle order. */
export function filterIndicators(index: BundleIndex, filters: Filters): Indicator[] {
  const passes = facetTests(index, filters);
  return index.bundle.indicators.filter(
    (indicator) =>
      passes.cat(indicator) &&
      passes.theme(indicator) &&
      passes.unit(indicator) &&
      passes.search(indicator),
  );
}

const bump = (counts: Map<string, number>, id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);

/**
 * Counts beside each filter option: what you would get by picking it, other facets applied.
 * One pass over the indicators for all three facets, with nothing allocated per indicator: with
 * 10,000 figures, counting once per facet with a list per figure was about half of the filter
 * bar's first render (a task of 110 ms at 1x).
 */
export function facetCounts(
  index: BundleIndex,
  filters: Filters,
): { cat: FacetCount[]; theme: FacetCount[]; unit: FacetCount<Unit>[] } {
  const passes = facetTests(index, filters);
  const cat = new Map<string, number>();
  const theme = new Map<string, number>();
  const unit = new Map<string, number>();
  const present = new Set<Unit>();
  for (const indicator of index.bundle.indicators) {
    present.add(indicator.unit);
    if (!passes.search(indicator)) continue;
    const catOk = passes.cat(indicator);
    const themeOk = passes.theme(indicator);
    const unitOk = passes.unit(indicator);
    if (themeOk && unitOk) bump(cat, indicator.category);
    // A theme a figure names twice counts it once: picking it shows the figure once.
    if (catOk && unitOk) {
      indicator.themes?.forEach((id, at, ids) => ids.indexOf(id) === at && bump(theme, id));
    }
    if (catOk && themeOk) bump(unit, indicator.unit);
  }
  return {
    cat: index.bundle.categories.map(({ id }) => ({ id, count: cat.get(id) ?? 0 })),
    theme: (index.bundle.themes ?? []).map(({ id }) => ({ id, count: theme.get(id) ?? 0 })),
    unit: UNITS.filter((id) => present.has(id)).map((id) => ({ id, count: unit.get(id) ?? 0 })),
  };
}

/** Largest first; ties keep bundle order. */
export function sortByValue(indicators: readonly Indicator[]): Indicator[] {
  return [...indicators].sort((a, b) => b.value - a.value);
}

/** `sortByValue(indicators)[0]` without the sort: the first of the largest, in bundle order. */
function largest(indicators: readonly Indicator[]): Indicator | undefined {
  let best: Indicator | undefined;
  for (const indicator of indicators) if (!best || indicator.value > best.value) best = indicator;
  return best;
}

/**
 * An automatic panel's title for a measure, after its category: a heading ("In km", 以公里计), where
 * the measure's bare label ("Infrastructure · km", "The economy · entities") read as a fragment.
 */
function measureTitle(lang: Lang, label: string): string {
  return (lang === 'zh' ? zh : en).measureTitle.replace('{{measure}}', label);
}

/** A group's part of a built panel's id: `person`, `measure-km`, `percent-change`. */
function groupId({ unit, measure, change }: Omit<UnitGroup, 'indicators'>): string {
  if (measure) return `measure-${measure.id}`;
  return change ? `${unit}-change` : unit;
}

/** What an automatic panel counts, after its category: 人数 / People, 金额 / Funds. */
const UNIT_TITLES = { zh: zh.unitTitles, en: en.unitTitles } satisfies Record<
  Lang,
  Record<Unit, string>
>;

/** Indicators grouped by what they count (unit, and measure id for `measure`). */
interface UnitGroup {
  unit: Unit;
  measure?: Measure;
  /** Rates of change (growth, falls) kept apart from the rates that are parts of a whole. */
  change?: true;
  indicators: Indicator[];
}

/** The group key of a rate of change: its unit's, marked, so that changes group apart. */
function changeKey(indicator: Indicator): string {
  return `${unitKey(indicator)}+change`;
}

/** A panel's key for an indicator: its unit key, and for a rate of change a key of its own. */
function panelKey(indicator: Indicator): string {
  return isChangeRate(indicator) ? changeKey(indicator) : unitKey(indicator);
}

/**
 * Groups indicators by unit key, in the order of UNITS; measures follow in the order they first
 * appear. Figures of two measures (km and kW) are two groups: they never share an axis. With
 * `changesApart` (panels the page builds), growth and falls are a group apart from shares and
 * rates: drawn together, a share would be a dial and a growth a bar against 100 %.
 */
function groupByUnit(indicators: Iterable<Indicator>, changesApart = false): UnitGroup[] {
  const groups = new Map<string, UnitGroup>();
  for (const indicator of indicators) {
    const change = changesApart && isChangeRate(indicator);
    const key = change ? changeKey(indicator) : unitKey(indicator);
    const group = groups.get(key);
    if (group) group.indicators.push(indicator);
    else {
      groups.set(key, {
        unit: indicator.unit,
        ...(indicator.measure ? { measure: indicator.measure } : {}),
        ...(change ? { change: true as const } : {}),
        indicators: [indicator],
      });
    }
  }
  // A stable sort: measures keep the order they first appear in.
  return [...groups.values()].sort((a, b) => UNITS.indexOf(a.unit) - UNITS.indexOf(b.unit));
}

const autoPanelCache = new WeakMap<BundleIndex, Panel[]>();

/** What an automatic panel counts: 人数 / People, 以公里计 / In km. */
function unitWords({ unit, measure, change }: Omit<UnitGroup, 'indicators'>): Localized {
  if (change) return { zh: zh.changeTitle, en: en.changeTitle };
  return measure
    ? { zh: measureTitle('zh', measure.label.zh), en: measureTitle('en', measure.label.en) }
    : { zh: UNIT_TITLES.zh[unit], en: UNIT_TITLES.en[unit] };
}

/**
 * Panels for a bundle that names none: one per category and unit (and measure), rates as gauges.
 * A category's only figure in a unit is no chart of its own (a single bar compares nothing):
 * where several categories have one, they share a panel of that unit, after the categories'
 * panels. Built once per bundle in one pass (a filter asks again each time; a huge bundle has
 * thousands of indicators).
 */
export function autoPanels(index: BundleIndex): Panel[] {
  const cached = autoPanelCache.get(index);
  if (cached) return cached;
  const byCategory = new Map<string, Indicator[]>();
  for (const indicator of index.bundle.indicators) {
    const list = byCategory.get(indicator.category);
    if (list) list.push(indicator);
    else byCategory.set(indicator.category, [indicator]);
  }
  const groups = index.bundle.categories.flatMap((category) =>
    groupByUnit(byCategory.get(category.id) ?? [], true).map((group) => ({ category, group })),
  );
  // The single figures of each unit, where more than one category has one.
  const alone = new Map<string, Indicator[]>();
  for (const { group } of groups) {
    const [only] = group.indicators;
    if (group.indicators.length !== 1 || !only) continue;
    const key = panelKey(only);
    const list = alone.get(key);
    if (list) list.push(only);
    else alone.set(key, [only]);
  }
  for (const [key, indicators] of alone) if (indicators.length < 2) alone.delete(key);
  // A group's panel: `prefix` its id's first part, `title` its title from what it counts.
  const panelOf = (group: UnitGroup, prefix: string, title: (what: Localized) => Localized) => {
    const { unit, indicators } = group;
    return {
      id: `${prefix}-${groupId(group)}`,
      title: title(unitWords(group)),
      chart: chartKind({ unit, indicators }, 'analyst'),
      indicators: indicators.map((indicator) => indicator.id),
    };
  };
  const panels: Panel[] = groups
    .filter(
      ({ group: { indicators } }) =>
        !(indicators.length === 1 && alone.has(panelKey(indicators[0] as Indicator))),
    )
    .map(({ category, group }) =>
      panelOf(group, category.id, (what) => ({
        zh: `${category.label.zh} · ${what.zh}`,
        en: `${category.label.en} · ${what.en}`,
      })),
    );
  for (const group of groupByUnit([...alone.values()].flat(), true)) {
    panels.push(
      panelOf(group, 'several', (what) => ({
        zh: zh.severalCategoriesTitle.replace('{{what}}', what.zh),
        en: en.severalCategoriesTitle.replace('{{what}}', what.en),
      })),
    );
  }
  autoPanelCache.set(index, panels);
  return panels;
}

const leftoverCache = new WeakMap<BundleIndex, Panel[]>();

/**
 * Panels for the figures none of a bundle's own panels holds, one per unit (and measure), after
 * the bundle's: a figure left out of every panel would be counted on the page ("49 of 49") yet
 * drawn nowhere. Ids that a bundle's panel already has get a number.
 */
export function leftoverPanels(index: BundleIndex): Panel[] {
  const cached = leftoverCache.get(index);
  if (cached) return cached;
  const named = index.bundle.panels ?? [];
  const inPanels = new Set(named.flatMap((panel) => panel.indicators));
  const left = index.bundle.indicators.filter((indicator) => !inPanels.has(indicator.id));
  const taken = new Set(named.map((panel) => panel.id));
  const panels = groupByUnit(left, true).map((group): Panel => {
    const { unit, indicators } = group;
    const base = `other-${groupId(group)}`;
    let id = base;
    for (let count = 2; taken.has(id); count += 1) id = `${base}-${count}`;
    taken.add(id);
    const what = unitWords(group);
    return {
      id,
      title: {
        zh: zh.otherFiguresTitle.replace('{{what}}', what.zh),
        en: en.otherFiguresTitle.replace('{{what}}', what.en),
      },
      chart: chartKind({ unit, indicators }, 'analyst'),
      indicators: indicators.map((indicator) => indicator.id),
    };
  });
  leftoverCache.set(index, panels);
  return panels;
}

function samePanel(a: ResolvedPanel, b: ResolvedPanel): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof ResolvedPanel)[]);
  return [...keys].every((key) => {
    if (key === 'indicators') {
      return (
        a.indicators.length === b.indicators.length &&
        a.indicators.every((indicator, position) => indicator === b.indicators[position])
      );
    }
    if (key === 'title') return a.title.zh === b.title.zh && a.title.en === b.title.en;
    if (key === 'measure') return unitKey(a) === unitKey(b);
    return a[key] === b[key];
  });
}

/**
 * `next`, with every panel whose content is unchanged since `previous` replaced by the previous
 * object: after a filter change, the cards and charts of untouched panels see the same props and
 * skip their work (a redraw, a new chart option).
 */
export function reusePanels(
  previous: readonly ResolvedPanel[],
  next: readonly ResolvedPanel[],
): ResolvedPanel[] {
  const byId = new Map(previous.map((panel) => [panel.id, panel]));
  return next.map((panel) => {
    const old = byId.get(panel.id);
    return old && samePanel(old, panel) ? old : panel;
  });
}

/**
 * The panels to draw for the visible indicators; panels left empty by filters are dropped. With
 * `leftovers`, a bundle's own panels are followed by panels for the figures none of them holds
 * (the desk and the briefing, which count every figure); without, the bundle's panels alone (the
 * wall, whose panels are few and large).
 */
export function resolvePanels(
  index: BundleIndex,
  visible: readonly Indicator[],
  { maxBars = Infinity, leftovers = true }: { maxBars?: number; leftovers?: boolean } = {},
): ResolvedPanel[] {
  const visibleIds = new Set(visible.map((indicator) => indicator.id));
  const auto = !index.bundle.panels?.length;
  const named = index.bundle.panels ?? [];
  const panels = auto
    ? autoPanels(index)
    : leftovers
      ? [...named, ...leftoverPanels(index)]
      : named;
  return panels.flatMap((panel, position) => {
    const indicators = sortByValue(
      panel.indicators
        .filter((id) => visibleIds.has(id))
        .map((id) => index.indicatorsById.get(id))
        .filter((indicator): indicator is Indicator => indicator !== undefined),
    );
    const first = indicators[0];
    if (!first) return [];
    const shown = indicators.slice(0, maxBars);
    return [
      {
        ...panel,
        unit: first.unit,
        ...(first.measure ? { measure: first.measure } : {}),
        indicators: shown,
        auto: auto || position >= named.length,
        more: indicators.length - shown.length,
      },
    ];
  });
}

/**
 * Headline figures: the bundle's choice, else the largest figure of each unit (each measure
 * counting as a unit of its own).
 */
export function headlineIndicators(index: BundleIndex, limit = HEADLINE_MAX): Indicator[] {
  const named = (index.bundle.headline ?? [])
    .map((id) => index.indicatorsById.get(id))
    .filter((indicator): indicator is Indicator => indicator !== undefined);
  if (named.length) return named.slice(0, limit);
  return groupByUnit(index.bundle.indicators)
    .map(({ indicators }) => largest(indicators))
    .filter((indicator): indicator is Indicator => indicator !== undefined)
    .slice(0, limit);
}

/** Groups compared indicators by unit and measure: yuan and people, km and kW never share an axis. */
export function compareGroups(index: BundleIndex, ids: readonly string[]): UnitGroup[] {
  const indicators = ids
    .map((id) => index.indicatorsById.get(id))
    .filter((indicator): indicator is Indicator => indicator !== undefined);
  return groupByUnit(indicators).map((group) => ({
    ...group,
    indicators: sortByValue(group.indicators),
  }));
}

/** Text in the reader's language. */
export function pick(text: Localized, lang: Lang): string {
  return text[lang];
}
