import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Lang } from '../../data/bundle-schema.ts';
import { derived, type Watchable } from '../../lib/watchable.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { warmFontsLater } from '../../ui/warm-fonts-later.ts';
import { cycleLang, type TourPosition } from './tour.ts';

/**
 * The wall's own say in its language. Under `lang=both` the wall is Chinese with the English
 * under it; under `lang=cycle` each lap of the tour is in the other language. Either way the
 * store's one action changes it (i18next and the page follow the store), and the address keeps
 * `both` or `cycle`. A lap's language renders only when the lap changes, not at every step.
 */
export function useWallLang(position: Watchable<TourPosition>): void {
  const lang = useDashboard((state) => state.lang);
  const langParam = useDashboard((state) => state.langParam);
  const setLang = useDashboard((state) => state.setLang);
  const lapLang = useMemo(
    () =>
      derived(position, (at): Lang | undefined =>
        langParam === 'cycle' ? cycleLang(at.lap) : langParam === 'both' ? 'zh' : undefined,
      ),
    [position, langParam],
  );
  const wanted = useSyncExternalStore(lapLang.subscribe, lapLang.get, lapLang.get);
  useEffect(() => {
    if (wanted !== undefined && wanted !== lang) setLang(wanted, 'wall');
  }, [wanted, lang, setLang]);
  // A cycling wall's next lap is in the other language: its faces are opened while this lap runs.
  useEffect(() => {
    if (langParam === 'cycle') warmFontsLater(lang === 'zh' ? 'en' : 'zh', 'wall');
  }, [langParam, lang]);
}
