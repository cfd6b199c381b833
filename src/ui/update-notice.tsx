import { useSyncExternalStore } from 'react';
import { useT } from '../i18n/use-t.ts';
import { applyUpdate, updateReady } from './app-update.ts';

/**
 * Says that a new version of the app is ready, with a button that takes it: the desk never reloads
 * under a reader's hands (the wall takes it between two tour steps).
 */
export function UpdateNotice() {
  const { t } = useT();
  const ready = useSyncExternalStore(updateReady.subscribe, updateReady.get, updateReady.get);
  if (!ready) return null;
  return (
    <div className="status status--notice" role="status" data-testid="update-notice">
      <span>{t('app.updateReady')}</span>
      <button type="button" onClick={() => applyUpdate()}>
        {t('app.updateReload')}
      </button>
    </div>
  );
}
