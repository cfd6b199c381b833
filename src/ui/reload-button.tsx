import { useTranslation } from 'react-i18next';

/**
 * Reloads the page: the one way to ask again for code that failed to arrive, since the browser
 * remembers a module that failed.
 */
export function ReloadButton() {
  const { t } = useTranslation();
  return (
    <button type="button" className="button" onClick={() => window.location.reload()}>
      {t('status.reload')}
    </button>
  );
}
