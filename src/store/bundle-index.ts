import type { Bundle, Category, Indicator, Theme } from '../data/bundle-schema.ts';

/** The loaded bundle with lookups built once, so selectors never scan for an id. */
export interface BundleIndex {
  bundle: Bundle;
  indicatorsById: ReadonlyMap<string, Indicator>;
  categoriesById: ReadonlyMap<string, Category>;
  themesById: ReadonlyMap<string, Theme>;
  /** Category position in the report, for stable ordering. */
  categoryOrder: ReadonlyMap<string, number>;
  /** Lower-cased zh + en label (and id) of each indicator, for search. */
  searchText: ReadonlyMap<string, string>;
}

/** Builds the lookups of a validated bundle. */
export function indexBundle(bundle: Bundle): BundleIndex {
  return {
    bundle,
    indicatorsById: new Map(bundle.indicators.map((indicator) => [indicator.id, indicator])),
    categoriesById: new Map(bundle.categories.map((category) => [category.id, category])),
    themesById: new Map((bundle.themes ?? []).map((theme) => [theme.id, theme])),
    categoryOrder: new Map(bundle.categories.map((category, position) => [category.id, position])),
    searchText: new Map(
      bundle.indicators.map((indicator) => [
        indicator.id,
        `${indicator.label.zh}\u0000${indicator.label.en}\u0000${indicator.id}`.toLowerCase(),
      ]),
    ),
  };
}
