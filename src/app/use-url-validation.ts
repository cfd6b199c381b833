import { useEffect } from 'react';
import { parseCompareEntry } from '../store/compare-reports.ts';
import { useDashboardStore } from '../store/store-context.tsx';
import { correctingUrl } from './use-url-sync.ts';

/** Drops filter values and ids the loaded bundle does not know, with a notice for each. */
export function useUrlValidation(): void {
  const store = useDashboardStore();
  useEffect(() => {
    const check = () => {
      const state = store.getState();
      const index = state.index;
      if (!index) return;
      const notices: { name: string; value: string }[] = [];
      const keep = (name: string, values: string[], known: ReadonlyMap<string, unknown>) =>
        values.filter((value) => {
          if (known.has(value)) return true;
          notices.push({ name, value });
          return false;
        });
      const cat = keep('cat', state.filters.cat, index.categoriesById);
      const theme = keep('theme', state.filters.theme, index.themesById);
      const bundleId = index.bundle.id;
      const cmp = state.compare.filter((entry) => {
        const ref = parseCompareEntry(entry, bundleId);
        // A figure of another report is checked by the comparison once that report is loaded.
        if (ref && (ref.bundleId !== bundleId || index.indicatorsById.has(ref.indicatorId))) {
          return true;
        }
        notices.push({ name: 'cmp', value: entry });
        return false;
      });
      let selected = state.selected;
      if (selected && !index.indicatorsById.has(selected)) {
        notices.push({ name: 'ind', value: selected });
        selected = undefined;
      }
      if (!notices.length) return;
      correctingUrl(() =>
        store.setState({ filters: { ...state.filters, cat, theme }, compare: cmp, selected }),
      );
      state.addNotices(notices.map((values) => ({ key: 'notices.ignoredParam', values })));
    };
    check();
    return store.subscribe((state, previous) => {
      if (
        state.index !== previous.index ||
        state.filters !== previous.filters ||
        state.selected !== previous.selected ||
        state.compare !== previous.compare
      ) {
        check();
      }
    });
  }, [store]);
}
