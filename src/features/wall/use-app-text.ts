import { useMemo } from 'react';
import { useI18n } from '../../i18n/use-t.ts';
import type { Lang, Localized } from '../../data/bundle-schema.ts';

/** The wall's own texts that `lang=both` shows in both languages. */
export type AppTextKey =
  | 'wall.paused'
  | 'wall.fullscreen'
  | 'wall.page'
  | 'wall.largestOf'
  | 'wall.dataAsOf'
  | 'header.asOfUnknown'
  | 'panel.source'
  | `wall.health.${'title' | 'hash' | 'fetched' | 'fetchedNever' | 'restored' | 'uptime' | 'reloads'}`;

/**
 * One of the app's own texts in both languages, for `Bilingual`; `options` may differ by
 * language (a bundle's title in each).
 */
export function useAppText(): (
  key: AppTextKey,
  options?: (lang: Lang) => Record<string, string>,
) => Localized {
  const i18n = useI18n();
  return useMemo(() => {
    const zh = i18n.getFixedT('zh');
    const en = i18n.getFixedT('en');
    return (key, options) => ({ zh: zh(key, options?.('zh')), en: en(key, options?.('en')) });
  }, [i18n]);
}
