import { useEffect } from 'react';
import { useT } from '../i18n/use-t.ts';
import { useDashboard } from '../store/store-context.tsx';
import { warmFontsLater } from './warm-fonts-later.ts';

/**
 * One button that flips between Chinese and English without a reload. It changes the store's
 * language only; i18next and the page follow the store.
 */
export function LanguageSwitch() {
  const { t } = useT();
  const lang = useDashboard((state) => state.lang);
  const setLang = useDashboard((state) => state.setLang);
  const next = lang === 'zh' ? 'en' : 'zh';
  // The language this button leads to gets its faces opened while the reader reads this one.
  useEffect(() => warmFontsLater(next, 'analyst'), [next]);
  return (
    // The accessible name starts with the visible word ("English"), so a reader who says what
    // they see reaches the button; the word is marked as the language it is in, the rest as the
    // page's.
    <button
      type="button"
      className="lang-switch"
      data-testid="lang-switch"
      onClick={() => setLang(next)}
    >
      <span lang={next === 'zh' ? 'zh-CN' : 'en'}>{t('header.switchTo')}</span>
      <span className="visually-hidden">{t('header.switchLanguage')}</span>
    </button>
  );
}
