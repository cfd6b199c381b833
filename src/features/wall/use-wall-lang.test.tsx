import type { ReactNode } from 'react';
import { QueryClient } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { followLang } from '../../app/follow-lang.ts';
import { LANG_STORAGE_KEY } from '../../app/initial-lang.ts';
import { Providers } from '../../app/providers.tsx';
import { createI18n } from '../../i18n/index.ts';
import { createWatchable } from '../../lib/watchable.ts';
import { createDashboardStore } from '../../store/dashboard-store.ts';
import { parseUrlState } from '../../store/url-state.ts';
import type { TourPosition } from './tour.ts';
import { useWallLang } from './use-wall-lang.ts';

function renderWall(search: string, lang: 'zh' | 'en' = 'zh') {
  const store = createDashboardStore();
  store.getState().applyUrlState(parseUrlState(search).state, lang);
  const i18n = createI18n(lang);
  // What the app does once: i18next and the page follow the store.
  followLang(store, i18n);
  const position = createWatchable<TourPosition>({ page: 0, featured: 0, lap: 0 });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <Providers store={store} i18n={i18n} queryClient={new QueryClient()}>
      {children}
    </Providers>
  );
  renderHook(() => useWallLang(position), { wrapper });
  return { store, i18n, position };
}

beforeEach(() => localStorage.clear());

describe('useWallLang', () => {
  it('under lang=cycle, turns the store, i18next and the page to the language of each lap', () => {
    const { store, i18n, position } = renderWall('?mode=screen&lang=cycle');
    expect(i18n.language).toBe('zh');
    // Two laps per language: the third lap is in English.
    act(() => position.set({ page: 0, featured: 0, lap: 2 }));
    expect(store.getState()).toMatchObject({ lang: 'en', langParam: 'cycle' });
    expect(i18n.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    act(() => position.set({ page: 0, featured: 0, lap: 4 }));
    expect(store.getState()).toMatchObject({ lang: 'zh', langParam: 'cycle' });
    expect(i18n.language).toBe('zh');
    // The wall's alternation is not the reader's choice.
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBeNull();
  });

  it('under lang=both, brings the store and i18next back to Chinese, keeping both', () => {
    // Back in history from ?lang=en to ?mode=screen&lang=both: the store still says English.
    const { store, i18n } = renderWall('?mode=screen&lang=both', 'en');
    expect(store.getState()).toMatchObject({ lang: 'zh', langParam: 'both' });
    expect(i18n.language).toBe('zh');
  });

  it('leaves a wall in one language alone', () => {
    const { store, i18n, position } = renderWall('?mode=screen&lang=en', 'en');
    act(() => position.set({ page: 0, featured: 0, lap: 5 }));
    expect(store.getState()).toMatchObject({ lang: 'en', langParam: 'en' });
    expect(i18n.language).toBe('en');
  });
});
