import { useTranslation } from 'react-i18next';
import { useDashboard } from '../store/store-context.tsx';

/** One button that flips between Chinese and English without a reload. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const lang = useDashboard((state) => state.lang);
  const setLang = useDashboard((state) => state.setLang);
  const next = lang === 'zh' ? 'en' : 'zh';
  return (
    <button
      type="button"
      className="lang-switch"
      lang={next === 'zh' ? 'zh-CN' : 'en'}
      aria-label={t('header.switchToLabel')}
      data-testid="lang-switch"
      onClick={() => {
        void i18n.changeLanguage(next);
        setLang(next);
      }}
    >
      {t('header.switchTo')}
    </button>
  );
}
