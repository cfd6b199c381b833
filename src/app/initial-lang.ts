import type { Lang } from '../data/bundle-schema.ts';
import type { LangParam } from '../store/lang-param.ts';

export const LANG_STORAGE_KEY = 'indicator-dashboard:lang';

/** The language the reader chose on an earlier visit, if it was saved and can be read. */
export function savedLang(): string | null {
  try {
    return localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Keeps the reader's choice for the next visit; saving it is a convenience only. */
export function saveLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Private windows and full storage refuse; the next visit falls back to the browser's.
  }
}

/** The language to start in: the URL, else the saved choice, else the browser; zh by default. */
export function initialLang(
  param: LangParam | undefined,
  saved: string | null,
  browser: readonly string[],
): Lang {
  if (param === 'zh' || param === 'en') return param;
  if (param === 'both' || param === 'cycle') return 'zh';
  if (saved === 'zh' || saved === 'en') return saved;
  for (const tag of browser) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'zh') return 'zh';
    if (primary === 'en') return 'en';
  }
  return 'zh';
}
