import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AnalystPage } from '../features/analyst/analyst-page.tsx';
import { useDashboard } from '../store/store-context.tsx';
import { LoadFailureMessage } from '../ui/load-failure-message.tsx';
import { LanguageSwitch } from '../ui/language-switch.tsx';
import { lazyModule } from '../ui/lazy-module.ts';
import { useBundleIndex, useBundleSync } from './use-bundle-sync.ts';
import { removeShell } from './shell.ts';
import { useDocumentLang } from './use-document-lang.ts';
import { useUrlSync } from './use-url-sync.ts';
import { useUrlValidation } from './use-url-validation.ts';

/** The wall's code, in its own chunk: a desk never loads it; main.tsx starts it early on a wall. */
export const wallModule = lazyModule(() => import('../features/wall/wall-page.tsx'));

/** Loads the bundle, keeps URL and language in step, and shows the desk or the wall. */
export function App() {
  const { t } = useTranslation();
  const status = useBundleSync();
  useUrlSync();
  useUrlValidation();
  useDocumentLang();
  const index = useBundleIndex();
  const mode = useDashboard((state) => state.mode);
  const wall = wallModule.use(mode === 'screen');
  const failure = !index && status.failure;
  // Until the app has something of its own to show, the first screen rendered at build time (if
  // the page has one) stands in; it goes in the same commit that draws the app's own.
  const drawn = Boolean((index && (mode !== 'screen' || wall.module)) || failure || wall.error);
  useLayoutEffect(() => {
    if (drawn) removeShell();
  }, [drawn]);
  const loading = (
    <main className={`full-page full-page--${mode}`} aria-busy="true" data-testid="loading">
      <p className="full-page__loading">{t('app.loading')}</p>
    </main>
  );

  if (index && mode !== 'screen') return <AnalystPage index={index} status={status} />;
  if (index && wall.module) return <wall.module.WallPage index={index} status={status} />;
  if (failure || wall.error) {
    return (
      <main className={`full-page full-page--${mode}`} data-testid="load-error">
        <div className="full-page__card" role="alert">
          <h1>{t(failure ? 'errors.title' : 'errors.codeTitle')}</h1>
          {failure ? (
            <LoadFailureMessage failure={failure} />
          ) : (
            <p>{t('errors.code', { message: wall.error?.message })}</p>
          )}
          <div className="full-page__actions">
            <button
              type="button"
              className="button"
              onClick={failure ? status.retry : () => window.location.reload()}
              disabled={status.fetching}
            >
              {!failure
                ? t('status.reload')
                : status.fetching
                  ? t('status.retrying')
                  : t('status.retry')}
            </button>
            <LanguageSwitch />
          </div>
        </div>
      </main>
    );
  }
  return loading;
}
