import 'i18next';
import type zh from './locales/zh/common.json';
import type zhStudio from './locales/zh/studio.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof zh; studio: typeof zhStudio };
  }
}
