import { UNITS, type Unit } from '../data/bundle-format.ts';
import { NORMS, type Norm } from './compare-reports.ts';
import { LANG_PARAMS, type LangParam } from './lang-param.ts';

export { LANG_PARAMS, type LangParam };
/** The analyst's views: charts, the table, and the briefing laid out for paper. */
export const VIEWS = ['charts', 'table', 'print'] as const;
export type ViewParam = (typeof VIEWS)[number];

/** The ways in: the analyst's desk (default), the wall, the report studio. */
export const MODES = ['analyst', 'screen', 'studio'] as const;
export type Mode = (typeof MODES)[number];

/** The table's columns, each sortable. */
export const SORT_COLUMNS = ['label', 'category', 'value', 'unit', 'source'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
/** How the table is sorted: `sort=label` ascending, `sort=-value` descending (the default). */
export interface TableSort {
  column: SortColumn;
  direction: 'ascending' | 'descending';
}
export const DEFAULT_SORT: TableSort = { column: 'value', direction: 'descending' };

/** Everything the URL can say about the screen, already checked for shape. */
export interface UrlState {
  bundle?: string;
  lang?: LangParam;
  mode: Mode;
  cat: string[];
  theme: string[];
  unit: Unit[];
  q: string;
  view: ViewParam;
  sort: TableSort;
  ind?: string;
  /** Figures compared: `<bundleId>:<indicatorId>`, or a plain id of the bundle on screen. */
  cmp: string[];
  /** How compared figures are put side by side (`total` is the default). */
  norm: Norm;
  /** Wall tour step in seconds. */
  interval: number;
  /** Wall refetch period in minutes; 0 is off. */
  refresh: number;
  /** The wall's health overlay (`health=1`): bundle hash, last fetch, uptime, reloads. */
  health: boolean;
  /** The wall's featured panel shows its sentence under it (`caption=1`). */
  caption: boolean;
}

export interface IgnoredParam {
  name: string;
  value: string;
  /** Why it was dropped when the value itself is fine: the desk shows one report at a time. */
  reason?: 'deskShowsOne';
}

/** The notice an ignored parameter gives, worded in the locale files under `notices.*`. */
export function ignoredNotice({ name, value, reason }: IgnoredParam): {
  key: 'notices.ignoredParam' | 'notices.deskShowsOne';
  values: { name: string; value: string };
} {
  return {
    key: reason === 'deskShowsOne' ? 'notices.deskShowsOne' : 'notices.ignoredParam',
    values: { name, value },
  };
}

/** Reports a wall may tour (`bundle=a,b,c`). */
export const MAX_TOUR_BUNDLES = 20;
const MAX_BUNDLE_VALUE = 500;

/**
 * The reports `?bundle=` names, in order: one value, or several separated by commas for the
 * wall's tour (each an id or a same-origin path, checked when it is loaded). Blanks and repeats
 * are dropped; a path holding a comma cannot be named.
 */
export function bundleList(param: string | undefined): string[] {
  if (!param) return [];
  if (!param.includes(',')) return [param.slice(0, MAX_BUNDLE_VALUE)];
  const values = param
    .split(',')
    .map((value) => value.trim().slice(0, MAX_BUNDLE_VALUE))
    .filter(Boolean);
  return [...new Set(values)].slice(0, MAX_TOUR_BUNDLES);
}

export const DEFAULT_INTERVAL = 10;
const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** A compared figure: an indicator id, or `<bundleId>:<indicatorId>` for one of another report. */
const COMPARE_ENTRY = /^(?:[a-z0-9][a-z0-9-]{0,63}:)?[a-z0-9][a-z0-9-]{0,63}$/;
const MAX_Q = 80;
const MAX_LIST = 50;

function list(
  params: URLSearchParams,
  name: string,
  ignored: IgnoredParam[],
  pattern = SLUG,
): string[] {
  const raw = params.get(name);
  if (raw === null || raw === '') return [];
  const values = [...new Set(raw.split(','))];
  const good = values.filter((value) => pattern.test(value)).slice(0, MAX_LIST);
  for (const value of values) if (!good.includes(value)) ignored.push({ name, value });
  return good;
}

function boundedNumber(
  params: URLSearchParams,
  name: string,
  { min, max, fallback }: { min: number; max: number; fallback: number },
  ignored: IgnoredParam[],
): number {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    ignored.push({ name, value: raw });
    return fallback;
  }
  return value;
}

function oneOf<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
  ignored: IgnoredParam[],
): T | undefined {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  ignored.push({ name, value: raw });
  return undefined;
}

/** Every parameter the app reads. */
export const PARAM_NAMES = [
  'bundle',
  'lang',
  'mode',
  'cat',
  'theme',
  'unit',
  'q',
  'view',
  'sort',
  'ind',
  'cmp',
  'norm',
  'interval',
  'refresh',
  'health',
  'caption',
] as const;

/** The query with the names this app reads in lower case: `?Mode=screen` is `?mode=screen`. */
function withKnownNames(search: string): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of new URLSearchParams(search)) {
    const lower = name.toLowerCase();
    params.append((PARAM_NAMES as readonly string[]).includes(lower) ? lower : name, value);
  }
  return params;
}

function tableSort(params: URLSearchParams, ignored: IgnoredParam[]): TableSort {
  const raw = params.get('sort');
  if (raw === null || raw === '') return DEFAULT_SORT;
  const column = raw.replace(/^-/, '');
  if (!(SORT_COLUMNS as readonly string[]).includes(column)) {
    ignored.push({ name: 'sort', value: raw });
    return DEFAULT_SORT;
  }
  return {
    column: column as SortColumn,
    direction: raw.startsWith('-') ? 'descending' : 'ascending',
  };
}

/** Reads the URL's query string; garbage is dropped and reported, never thrown. */
export function parseUrlState(search: string): { state: UrlState; ignored: IgnoredParam[] } {
  const params = withKnownNames(search);
  const ignored: IgnoredParam[] = [];
  const mode = oneOf(params, 'mode', MODES, ignored) ?? 'analyst';
  const lang = oneOf(params, 'lang', LANG_PARAMS, ignored);
  const units = list(params, 'unit', ignored);
  const unit = units.filter((value): value is Unit => (UNITS as readonly string[]).includes(value));
  for (const value of units)
    if (!unit.includes(value as Unit)) ignored.push({ name: 'unit', value });
  const rawQ = params.get('q') ?? '';
  const q = rawQ.trim().slice(0, MAX_Q);
  const ind = params.get('ind') ?? undefined;
  const bundle = params.get('bundle') ?? undefined;
  const state: UrlState = {
    mode,
    cat: list(params, 'cat', ignored),
    theme: list(params, 'theme', ignored),
    unit,
    q,
    view: oneOf(params, 'view', VIEWS, ignored) ?? 'charts',
    sort: tableSort(params, ignored),
    cmp: list(params, 'cmp', ignored, COMPARE_ENTRY),
    norm: oneOf(params, 'norm', NORMS, ignored) ?? 'total',
    interval: boundedNumber(
      params,
      'interval',
      { min: 3, max: 600, fallback: DEFAULT_INTERVAL },
      ignored,
    ),
    refresh: boundedNumber(params, 'refresh', { min: 0, max: 1440, fallback: 0 }, ignored),
    health: oneOf(params, 'health', ['1'] as const, ignored) === '1',
    caption: oneOf(params, 'caption', ['1', '0'] as const, ignored) === '1',
  };
  if (lang) state.lang = lang;
  const bundles = bundleList(bundle);
  // The desk and the studio show one report: the first, with a notice naming those left out.
  if (bundles.length > 1 && mode !== 'screen') {
    ignored.push({ name: 'bundle', value: bundles.slice(1).join(','), reason: 'deskShowsOne' });
    state.bundle = bundles[0];
  } else if (bundles.length) state.bundle = bundles.join(',');
  if (ind !== undefined) {
    if (SLUG.test(ind)) state.ind = ind;
    else ignored.push({ name: 'ind', value: ind });
  }
  return { state, ignored };
}

/** Writes the state back as a query string, leaving out defaults so links stay short. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.bundle) params.set('bundle', state.bundle);
  if (state.lang) params.set('lang', state.lang);
  if (state.mode !== 'analyst') params.set('mode', state.mode);
  if (state.cat.length) params.set('cat', state.cat.join(','));
  if (state.theme.length) params.set('theme', state.theme.join(','));
  if (state.unit.length) params.set('unit', state.unit.join(','));
  if (state.q) params.set('q', state.q);
  if (state.view !== 'charts') params.set('view', state.view);
  const { column, direction } = state.sort;
  if (column !== DEFAULT_SORT.column || direction !== DEFAULT_SORT.direction) {
    params.set('sort', `${direction === 'descending' ? '-' : ''}${column}`);
  }
  if (state.ind) params.set('ind', state.ind);
  if (state.cmp.length) params.set('cmp', state.cmp.join(','));
  if (state.norm !== 'total') params.set('norm', state.norm);
  if (state.interval !== DEFAULT_INTERVAL) params.set('interval', String(state.interval));
  if (state.refresh) params.set('refresh', String(state.refresh));
  if (state.health) params.set('health', '1');
  if (state.caption) params.set('caption', '1');
  // Commas and colons are legal in a query: `cmp=anhui:gdp-2025,jobs` stays readable.
  const text = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return text ? `?${text}` : '';
}
