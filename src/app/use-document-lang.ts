import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDashboard } from '../store/store-context.tsx';
import { LANG_STORAGE_KEY } from './initial-lang.ts';

/**
 * Follows the chosen language everywhere outside React: i18next, <html lang>, the tab title (the
 * bundle's, or what went wrong when nothing could be loaded).
 */
export function useDocumentLang(failed = false): void {
  const lang = useDashboard((state) => state.lang);
  const title = useDashboard((state) => state.index?.bundle.title);
  const langParam = useDashboard((state) => state.langParam);
  const { i18n, t } = useTranslation();
  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    if (langParam === 'zh' || langParam === 'en') {
      try {
        localStorage.setItem(LANG_STORAGE_KEY, langParam);
      } catch {
        // Saving the choice is a convenience only.
      }
    }
  }, [lang, langParam, i18n]);
  useEffect(() => {
    document.title = title
      ? t('app.documentTitle', { title: title[lang] })
      : t(failed ? 'errors.title' : 'app.loading');
  }, [title, lang, t, failed]);
}
