import {
  startTransition,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { useT } from '../../i18n/use-t.ts';
import type { LoadStatus } from '../../data/load-status.ts';
import type { BundleIndex } from '../../store/bundle-index.ts';
import { filterIndicators, headlineIndicators } from '../../store/selectors.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { lazyModule } from '../../ui/lazy-module.ts';
import { prefetchChartCode } from '../../ui/chart-code-hint.ts';
import { StatusBanner } from '../../ui/status-banner.tsx';
import { UpdateNotice } from '../../ui/update-notice.tsx';
import { AnalystHeader } from './analyst-header.tsx';
import { AnalystResults } from './analyst-results.tsx';
import { AnalystToolbar } from './analyst-toolbar.tsx';
import { KpiStrip } from './kpi-strip.tsx';

const extrasModule = lazyModule(() => import('./analyst-extras.ts'));

/**
 * Starts fetching the desk's code that follows its headline figures: filters and cards (run as
 * they arrive), and the chart code (fetched and compiled only: the first chart near the screen
 * runs it).
 */
export function preloadAnalystCode(): void {
  extrasModule.preload();
  prefetchChartCode();
}

/** The desk view: filters, headline figures, one chart per card, a table and sources. */
export function AnalystPage({ index, status }: { index: BundleIndex; status: LoadStatus }) {
  const { t } = useT();
  const lang = useDashboard((state) => state.lang);
  const filters = useDashboard((state) => state.filters);
  const selected = useDashboard((state) => state.selected);
  const select = useDashboard((state) => state.select);
  const visible = useMemo(() => filterIndicators(index, filters), [index, filters]);
  const results = useResultsIndex(index);
  const resultsVisible = useMemo(
    () => (results === index ? visible : filterIndicators(results, filters)),
    [results, index, visible, filters],
  );
  // The first render shows the header and the headline figures; filters, cards, table and detail
  // follow once their code has arrived, fetched only after that first commit, so the first figures
  // paint without waiting for it (sooner when the build-time first screen already shows them: see
  // start.tsx). The chart code is asked for at the same moment, not after the cards. Later filter
  // changes redraw the cards in the same render: nothing stale stays on screen.
  const { module: loaded, error: extrasError } = extrasModule.use();
  // The commit that puts the report on the screen holds its header and headline figures only;
  // filters and cards follow in a render React may pause to let the browser answer (a
  // transition), so neither blocks the page for long on a phone. Once shown they stay.
  const settled = useDeferredValue(true, false);
  const extras = settled ? loaded : undefined;
  useEffect(() => prefetchChartCode(), []);
  const headline = useMemo(() => headlineIndicators(index), [index]);
  const open = useCallback((id: string) => select(id), [select]);
  const close = useCallback(() => select(undefined), [select]);
  const selectedIndicator = selected ? index.indicatorsById.get(selected) : undefined;
  const { bundle } = index;

  return (
    <div className="analyst" data-testid="analyst">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AnalystHeader bundle={bundle} lang={lang} />
      <StatusBanner status={status} />
      <UpdateNotice />
      <div className="analyst__body">
        {extras ? (
          <extras.FilterBar index={index} lang={lang} />
        ) : (
          <aside className="filter-bar filter-bar--pending" aria-busy={!extrasError}>
            <h2 className="filter-bar__title">{t('filters.title')}</h2>
          </aside>
        )}
        <main id="main" className="analyst__main" tabIndex={-1}>
          <KpiStrip indicators={headline} lang={lang} onOpen={open} />
          <AnalystToolbar bundle={bundle} visible={visible} lang={lang} />
          <div className="results-bar" aria-live="polite">
            <p data-testid="result-count">
              {t('filters.resultCount', { shown: visible.length, total: bundle.indicators.length })}
            </p>
            {extras && <extras.ActiveFilters index={index} lang={lang} />}
          </div>
          {extras && <extras.CompareSection index={index} lang={lang} onOpen={open} />}
          {/* Another report's cards stay, dimmed and marked busy, until its own are drawn. */}
          <div className="analyst__results" aria-busy={results !== index || undefined}>
            <AnalystResults
              index={results}
              visible={resultsVisible}
              lang={lang}
              extras={extras}
              extrasError={extrasError}
              onOpen={open}
            />
          </div>
        </main>
        {selectedIndicator && extras && (
          <extras.DetailDrawer
            index={index}
            indicator={selectedIndicator}
            lang={lang}
            onClose={close}
          />
        )}
      </div>
    </div>
  );
}

/**
 * The bundle the cards show. When another report is chosen its title and headline figures are
 * painted first; its cards and charts follow in a render of their own once that frame is on the
 * screen, so the reader sees the new report at once rather than after every chart has been set.
 */
function useResultsIndex(index: BundleIndex): BundleIndex {
  const [shown, setShown] = useState(index);
  useEffect(() => {
    if (shown === index) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const follow = () => {
      timer = setTimeout(() => startTransition(() => setShown(index)), 0);
    };
    // A frame, then a task after it: the header's paint is on the screen before the cards start.
    // A page out of sight paints no frame, and follows at once.
    const painting =
      typeof requestAnimationFrame === 'function' && document.visibilityState === 'visible';
    const frame = painting ? requestAnimationFrame(follow) : undefined;
    if (!painting) follow();
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [index, shown]);
  return shown;
}
