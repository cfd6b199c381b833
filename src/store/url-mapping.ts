import type { Lang } from '../data/bundle-schema.ts';
import type { DashboardState } from './dashboard-store.ts';
import type { UrlState } from './url-state.ts';

/** The part of the store the address mirrors. */
export type UrlMirroredState = Pick<
  DashboardState,
  | 'lang'
  | 'langParam'
  | 'mode'
  | 'bundleParam'
  | 'filters'
  | 'view'
  | 'sort'
  | 'selected'
  | 'compare'
  | 'norm'
  | 'interval'
  | 'refresh'
  | 'health'
  | 'caption'
>;

/** What the store holds once the address has been read: the one way in from the URL. */
export function fromUrlState(url: UrlState, lang: Lang): UrlMirroredState {
  return {
    lang,
    langParam: url.lang,
    mode: url.mode,
    bundleParam: url.bundle,
    filters: { cat: url.cat, theme: url.theme, unit: url.unit, q: url.q },
    view: url.view,
    sort: url.sort,
    selected: url.ind,
    compare: url.cmp,
    norm: url.norm,
    interval: url.interval,
    refresh: url.refresh,
    health: url.health,
    caption: url.caption,
  };
}

/** What the address says of the store: the one way out to the URL. */
export function toUrlState(state: UrlMirroredState): UrlState {
  return {
    bundle: state.bundleParam,
    lang: state.langParam,
    mode: state.mode,
    cat: state.filters.cat,
    theme: state.filters.theme,
    unit: state.filters.unit,
    q: state.filters.q,
    view: state.view,
    sort: state.sort,
    ind: state.selected,
    cmp: state.compare,
    norm: state.norm,
    interval: state.interval,
    refresh: state.refresh,
    health: state.health,
    caption: state.caption,
  };
}
