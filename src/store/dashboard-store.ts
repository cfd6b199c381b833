import { create, type StateCreator } from 'zustand';
import type { Unit } from '../data/bundle-format.ts';
import type { Bundle, Lang } from '../data/bundle-schema.ts';
import {
  DEFAULT_SORT,
  type LangParam,
  type Mode,
  type SortColumn,
  type TableSort,
  type UrlState,
  type ViewParam,
  type ignoredNotice,
} from './url-state.ts';
import { indexBundle, type BundleIndex } from './bundle-index.ts';
import type { Norm } from './compare-reports.ts';
import { fromUrlState } from './url-mapping.ts';

export interface Filters {
  cat: string[];
  theme: string[];
  unit: Unit[];
  q: string;
}

export type FilterFacet = 'cat' | 'theme' | 'unit';

/** Who changes the language: the reader, or the wall by itself under `lang=both` or `cycle`. */
export type LangChanger = 'reader' | 'wall';

export interface Notice {
  id: string;
  key: ReturnType<typeof ignoredNotice>['key'];
  values: { name: string; value: string };
}

export interface BundleSlice {
  index?: BundleIndex;
  /** When the data on screen was fetched (ms since epoch). */
  loadedAt?: number;
  /** When refreshing started to fail while older data stayed on screen. */
  staleSince?: number;
  /** The data on screen came from local storage, not the network. */
  restored: boolean;
  setBundle: (bundle: Bundle, options: { at: number; restored?: boolean }) => void;
  markStale: (at: number) => void;
}

export interface UiSlice {
  /** The language text is drawn in right now. */
  lang: Lang;
  /** What the URL asked for: `both` and `cycle` are wall-only. */
  langParam?: LangParam;
  mode: Mode;
  bundleParam?: string;
  filters: Filters;
  view: ViewParam;
  /** How the table is sorted. */
  sort: TableSort;
  selected?: string;
  /** Compared figures: plain ids of the bundle on screen, `<bundleId>:<id>` of any report. */
  compare: string[];
  /** Whether the last change of `compare` added figures a search of the catalogue is still finding. */
  compareFilling: boolean;
  /** How figures of several reports are put side by side. */
  norm: Norm;
  interval: number;
  refresh: number;
  /** Whether the wall shows its health overlay. */
  health: boolean;
  /** Whether the wall's featured panel shows its sentence (`?caption=1`). */
  caption: boolean;
  notices: Notice[];
  /**
   * The one way the language changes; i18next, `<html lang>` and the saved choice follow the
   * store. A reader's choice goes into the address, in place of `both` or `cycle` too; the wall's
   * own change (under `lang=both` or `cycle`) keeps that in the address.
   */
  setLang: (lang: Lang, by?: LangChanger) => void;
  /**
   * Opens another bundle of the catalogue (`?bundle=<id>`). Filters, the open figure and plain
   * compared ids name figures of the bundle on screen, so they are cleared; figures compared by
   * `<bundleId>:<id>`, the normalisation, view, sort and language stay.
   */
  chooseBundle: (id: string) => void;
  toggleFilter: (facet: FilterFacet, value: string) => void;
  setQuery: (q: string) => void;
  resetFilters: () => void;
  setView: (view: ViewParam) => void;
  /** Sorts the table by `column`: descending first, the other way on a second click. */
  sortBy: (column: SortColumn) => void;
  select: (id: string | undefined) => void;
  toggleCompare: (id: string) => void;
  clearCompare: () => void;
  /**
   * Adds figures to the comparison (`<bundleId>:<id>`), each once. `filling`: part of one search
   * of the catalogue that is still adding what it finds, so the address keeps one history entry
   * for the whole search, however long the reports take to arrive.
   */
  addCompare: (entries: readonly string[], filling?: boolean) => void;
  setNorm: (norm: Norm) => void;
  addNotices: (notices: Omit<Notice, 'id'>[]) => void;
  dismissNotice: (id: string) => void;
  applyUrlState: (state: UrlState, lang: Lang) => void;
}

export type DashboardState = BundleSlice & UiSlice;

export const EMPTY_FILTERS: Filters = { cat: [], theme: [], unit: [], q: '' };

const createBundleSlice: StateCreator<DashboardState, [], [], BundleSlice> = (set) => ({
  restored: false,
  setBundle: (bundle, { at, restored = false }) =>
    set((state) => ({
      index: state.index?.bundle === bundle ? state.index : markIndexed(indexBundle(bundle)),
      loadedAt: at,
      staleSince: undefined,
      restored,
    })),
  markStale: (at) => set((state) => ({ staleSince: state.staleSince ?? at })),
});

/** Marks when indexing ends, for the benchmark's load → validate → index measure. */
function markIndexed<T>(index: T): T {
  if (typeof performance !== 'undefined') performance.mark('bundle:indexed');
  return index;
}

let noticeCounter = 0;

function toggled<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((item) => item !== value) : [...values, value];
}

const createUiSlice: StateCreator<DashboardState, [], [], UiSlice> = (set) => ({
  lang: 'zh',
  mode: 'analyst',
  filters: EMPTY_FILTERS,
  view: 'charts',
  sort: DEFAULT_SORT,
  compare: [],
  compareFilling: false,
  norm: 'total',
  interval: 10,
  refresh: 0,
  health: false,
  caption: false,
  notices: [],
  setLang: (lang, by = 'reader') =>
    set((state) => ({
      lang,
      langParam:
        by === 'wall' && (state.langParam === 'both' || state.langParam === 'cycle')
          ? state.langParam
          : lang,
    })),
  chooseBundle: (id) =>
    set((state) =>
      state.bundleParam === id
        ? state
        : {
            bundleParam: id,
            filters: EMPTY_FILTERS,
            selected: undefined,
            compare: state.compare.filter((entry) => entry.includes(':')),
          },
    ),
  toggleFilter: (facet, value) =>
    set((state) => ({
      filters: { ...state.filters, [facet]: toggled(state.filters[facet] as string[], value) },
    })),
  setQuery: (q) => set((state) => ({ filters: { ...state.filters, q } })),
  resetFilters: () => set({ filters: EMPTY_FILTERS }),
  setView: (view) => set({ view }),
  sortBy: (column) =>
    set(({ sort }) => ({
      sort: {
        column,
        direction:
          sort.column === column && sort.direction === 'descending' ? 'ascending' : 'descending',
      },
    })),
  select: (selected) => set({ selected }),
  toggleCompare: (id) => set((state) => ({ compare: toggled(state.compare, id) })),
  clearCompare: () => set({ compare: [] }),
  addCompare: (entries, filling = false) =>
    set((state) => ({
      compare: [...new Set([...state.compare, ...entries])],
      compareFilling: filling,
    })),
  setNorm: (norm) => set({ norm }),
  addNotices: (notices) =>
    set((state) => ({
      notices: [
        ...state.notices,
        ...notices.map((notice) => ({ ...notice, id: `notice-${(noticeCounter += 1)}` })),
      ].slice(-5),
    })),
  dismissNotice: (id) =>
    set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
  applyUrlState: (url, lang) => set(fromUrlState(url, lang)),
});

/**
 * Creates one dashboard store; the app makes one, and each test its own. `initial` is part of the
 * store's initial state, which is also what a render to HTML at build time reads.
 */
export function createDashboardStore(initial: Partial<DashboardState> = {}) {
  return create<DashboardState>()((...args) => ({
    ...createBundleSlice(...args),
    ...createUiSlice(...args),
    ...initial,
  }));
}

export type DashboardStore = ReturnType<typeof createDashboardStore>;
