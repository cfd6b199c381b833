import { useDeferredValue, useLayoutEffect, useMemo, type ReactNode } from 'react';
import { useT } from '../i18n/use-t.ts';
import { AnalystPage } from '../features/analyst/analyst-page.tsx';
import { useDashboard } from '../store/store-context.tsx';
import { bundleList } from '../store/url-state.ts';
import { LoadFailureMessage } from '../ui/load-failure-message.tsx';
import { LanguageSwitch } from '../ui/language-switch.tsx';
import { OtherReports, offersOtherReports } from '../ui/other-reports.tsx';
import { lazyModule } from '../ui/lazy-module.ts';
import { ReloadButton } from '../ui/reload-button.tsx';
import { useBundleIndex, useBundleSync } from './use-bundle-sync.ts';
import { removeShell } from './shell.ts';
import { useDocumentLang } from './use-document-lang.ts';
import { useUrlSync } from './use-url-sync.ts';
import { useTourSync } from './use-tour-sync.ts';
import { useUrlValidation } from './use-url-validation.ts';

const NO_TOUR: string[] = [];

/** The wall's code, in its own chunk: a desk never loads it; main.tsx starts it early on a wall. */
export const wallModule = lazyModule(() => import('../features/wall/wall-page.tsx'));
/** The report studio, in its own chunk with the draft engine's client; only `?mode=studio` loads it. */
export const studioModule = lazyModule(() => import('../features/studio/studio-page.tsx'));
/** The print briefing, in its own chunk: only `?view=print` (or its button) loads it. */
export const printModule = lazyModule(() => import('../features/print/print-page.tsx'));

/** Loads the bundle, keeps URL and language in step, and shows the desk or the wall. */
export function App() {
  const { t } = useT();
  const mode = useDashboard((state) => state.mode);
  const bundleParam = useDashboard((state) => state.bundleParam);
  // Several reports (`bundle=a,b,c`) on a wall are a tour; anywhere else the address holds one.
  const tourParams = useMemo(() => {
    const params = bundleList(bundleParam);
    return mode === 'screen' && params.length > 1 ? params : NO_TOUR;
  }, [bundleParam, mode]);
  const touring = tourParams.length > 0;
  const single = useBundleSync(!touring);
  const tour = useTourSync(tourParams);
  const status = touring ? tour.status : single;
  useUrlSync();
  useUrlValidation();
  const loaded = useBundleIndex();
  // The first report to arrive is drawn in a render React may slice and interrupt (the first
  // screen or the loading note stays up meanwhile): drawn at once, the whole page was one task of
  // 60-140 ms at 1x as a phone starts. A later report (a refresh, another bundle) is drawn at once,
  // so figures and their status never part for a frame.
  const firstLoaded = useDeferredValue(loaded);
  const index = firstLoaded === undefined ? undefined : loaded;
  const wall = wallModule.use(mode === 'screen');
  const studio = studioModule.use(mode === 'studio');
  const printing = useDashboard((state) => state.mode === 'analyst' && state.view === 'print');
  const print = printModule.use(printing);
  const failure = mode !== 'studio' && (touring || !index) && status.failure;
  const codeError = mode === 'studio' ? studio.error : printing ? print.error : wall.error;
  useDocumentLang(Boolean(failure || codeError));

  let view: ReactNode;
  if (mode === 'studio' && studio.module) view = <studio.module.StudioPage />;
  else if (mode === 'studio' && !studio.error) view = undefined;
  else if (index && printing && print.module) view = <print.module.PrintPage index={index} />;
  else if (index && printing && !print.error) view = undefined;
  else if (index && mode === 'analyst') view = <AnalystPage index={index} status={status} />;
  else if (
    touring &&
    wall.module &&
    !status.failure &&
    (tour.settled || wall.module.tourCanStart(tour.reports, wall.module.resumedReport(bundleParam)))
  ) {
    view = <wall.module.WallTourPage reports={tour.reports} status={status} />;
  } else if (!touring && index && wall.module) {
    view = <wall.module.WallPage index={index} status={status} />;
  } else if (failure || codeError) {
    view = (
      <main className={`full-page full-page--${mode}`} data-testid="load-error">
        <div className="full-page__card" role="alert">
          <h1>{t(failure ? 'errors.title' : 'errors.codeTitle')}</h1>
          {failure ? (
            <>
              <LoadFailureMessage failure={failure} />
              {status.retryingByItself && <p>{t('status.retryingByItself')}</p>}
            </>
          ) : (
            <p>{t('errors.code', { message: codeError?.message })}</p>
          )}
          {failure && !touring && bundleParam && offersOtherReports(failure, bundleParam) && (
            <OtherReports failedParam={bundleParam} />
          )}
          <div className="full-page__actions">
            {failure ? (
              <button
                type="button"
                className="button"
                onClick={status.retry}
                disabled={status.fetching}
              >
                {status.fetching ? t('status.retrying') : t('status.retry')}
              </button>
            ) : (
              <ReloadButton />
            )}
            <LanguageSwitch />
          </div>
        </div>
      </main>
    );
  }
  // Until the app has a view of its own, the first screen rendered at build time (if the page
  // has one) stands in; it goes in the same commit that draws the app's own.
  const drawn = view !== undefined;
  useLayoutEffect(() => {
    if (drawn) removeShell();
  }, [drawn]);

  return (
    view ?? (
      <main className={`full-page full-page--${mode}`} aria-busy="true" data-testid="loading">
        <p className="full-page__loading">{t('app.loading')}</p>
      </main>
    )
  );
}
