// Imports nothing: the page's first script reads it before any of the app's code has loaded.

/** The values `?lang=` takes: `both` and `cycle` are for walls. */
export const LANG_PARAMS = ['zh', 'en', 'both', 'cycle'] as const;
export type LangParam = (typeof LANG_PARAMS)[number];
