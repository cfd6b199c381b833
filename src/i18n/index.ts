import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en/common.json';
import enStudio from './locales/en/studio.json';
import zh from './locales/zh/common.json';
import zhStudio from './locales/zh/studio.json';
import type { Lang } from '../data/bundle-schema.ts';

export const LANGS = ['zh', 'en'] as const satisfies readonly Lang[];
export const resources = {
  zh: { common: zh, studio: zhStudio },
  en: { common: en, studio: enStudio },
} as const;

/** Creates an initialised i18next instance; the app makes one, each test its own. */
export function createI18n(lang: Lang): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: false,
    supportedLngs: [...LANGS],
    defaultNS: 'common',
    ns: ['common', 'studio'],
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
