import type { i18n as I18n } from 'i18next';
import type { Lang } from '../data/bundle-schema.ts';
import type { DashboardState, DashboardStore } from '../store/dashboard-store.ts';
import { saveLang } from './initial-lang.ts';

/** The `lang` attribute of the page for a language. */
export function htmlLang(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

/**
 * Makes everything outside the store follow its language: i18next, `<html lang>` and the choice
 * saved for the next visit (only a choice of zh or en, not the wall's `both` or `cycle`). The
 * store is the language's one owner and this its one follower: nothing else writes i18next's
 * language. Applies the store's language at once, then on each change; returns the unsubscribe.
 */
export function followLang(store: DashboardStore, i18n: I18n): () => void {
  const apply = ({ lang, langParam }: Pick<DashboardState, 'lang' | 'langParam'>) => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = htmlLang(lang);
    if (langParam === 'zh' || langParam === 'en') saveLang(langParam);
  };
  apply(store.getState());
  return store.subscribe((state, previous) => {
    if (state.lang !== previous.lang || state.langParam !== previous.langParam) apply(state);
  });
}
