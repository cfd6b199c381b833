import { useEffect } from 'react';
import { useT } from '../i18n/use-t.ts';
import { useDashboard, useDashboardStore } from '../store/store-context.tsx';
import { followLang } from './follow-lang.ts';

/**
 * Follows the chosen language everywhere outside React: i18next, <html lang> and the saved choice
 * (through `followLang`, subscribed once), and the tab title (the bundle's, or what went wrong
 * when nothing could be loaded).
 */
export function useDocumentLang(failed = false): void {
  const store = useDashboardStore();
  const lang = useDashboard((state) => state.lang);
  const title = useDashboard((state) => state.index?.bundle.title);
  const { i18n, t } = useT();
  useEffect(() => followLang(store, i18n), [store, i18n]);
  useEffect(() => {
    document.title = title
      ? t('app.documentTitle', { title: title[lang] })
      : t(failed ? 'errors.title' : 'app.loading');
  }, [title, lang, t, failed]);
}
