import { useEffect } from 'react';
import { useDashboardStore } from '../store/store-context.tsx';
import { toUrlState } from '../store/url-mapping.ts';
import { ignoredNotice, parseUrlState, serializeUrlState } from '../store/url-state.ts';

let correcting = false;

/**
 * Runs `change`, a correction of what the address named (a value dropped as unknown), so the
 * address is rewritten in place: a new history entry would send Back to the uncorrected address,
 * which is corrected again, and the reader could never leave the page by Back.
 */
export function correctingUrl(change: () => void): void {
  correcting = true;
  try {
    change();
  } finally {
    correcting = false;
  }
}

/**
 * A comparison that grows again within this long of the last write keeps one history entry, as
 * does one a search of the catalogue is still filling (however slowly its reports arrive).
 */
const BURST_MS = 3000;

/** Whether `next` only adds figures to the end of a comparison that had some already. */
const appended = (next: readonly string[], previous: readonly string[]) =>
  previous.length > 0 &&
  next.length > previous.length &&
  previous.every((entry, at) => next[at] === entry);

const urlFor = (search: string) => `${window.location.pathname}${search}${window.location.hash}`;

/** Keeps the address bar and the store in step: links, reload and back/forward restore the screen. */
export function useUrlSync(): void {
  const store = useDashboardStore();
  useEffect(() => {
    let wroteAt = -Infinity;
    const unsubscribe = store.subscribe((state, previous) => {
      const next = serializeUrlState(toUrlState(state));
      if (next === window.location.search) return;
      // Typing a search should not fill the history with one entry per key, nor "Compare across
      // reports" with one per batch of reports read (each a long address, slow to push).
      const typing = state.filters.q !== previous.filters.q;
      const growing =
        appended(state.compare, previous.compare) &&
        (state.compareFilling || performance.now() - wroteAt < BURST_MS);
      if (typing || growing || correcting) window.history.replaceState(null, '', urlFor(next));
      else window.history.pushState(null, '', urlFor(next));
      wroteAt = performance.now();
    });
    // What the page opened with, less what was dropped on reading it (`lang=fr`), in place.
    const opened = serializeUrlState(toUrlState(store.getState()));
    if (opened !== window.location.search) window.history.replaceState(null, '', urlFor(opened));
    const onPopState = () => {
      const { state: url, ignored } = parseUrlState(window.location.search);
      const current = store.getState();
      const lang = url.lang === 'zh' || url.lang === 'en' ? url.lang : current.lang;
      correctingUrl(() => current.applyUrlState(url, lang));
      if (ignored.length) {
        current.addNotices(ignored.map(ignoredNotice));
      }
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, [store]);
}
