import { useT } from '../i18n/use-t.ts';

/**
 * Reloads the page: the one way to ask again for code that failed to arrive, since the browser
 * remembers a module that failed.
 */
export function ReloadButton() {
  const { t } = useT();
  return (
    <button type="button" className="button" onClick={() => window.location.reload()}>
      {t('status.reload')}
    </button>
  );
}
