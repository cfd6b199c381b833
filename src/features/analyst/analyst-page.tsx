import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadStatus } from '../../data/load-status.ts';
import type { BundleIndex } from '../../store/bundle-index.ts';
import {
  filterIndicators,
  headlineIndicators,
  resolvePanels,
  reusePanels,
} from '../../store/selectors.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { displayValue } from '../../ui/indicator-text.ts';
import { lazyModule } from '../../ui/lazy-module.ts';
import { preloadPanelChart } from '../../ui/lazy-panel-chart.tsx';
import { PanelBoundary } from '../../ui/panel-error-card.tsx';
import { ReloadButton } from '../../ui/reload-button.tsx';
import { StatusBanner } from '../../ui/status-banner.tsx';
import { AnalystHeader } from './analyst-header.tsx';
import { KpiStrip } from './kpi-strip.tsx';
import { focusAfterChange } from '../../ui/keep-focus.ts';

const loadExtras = () => import('./analyst-extras.ts');
const extrasModule = lazyModule(loadExtras);

/** Starts fetching the desk's code that follows its headline figures: filters, cards, charts. */
export function preloadAnalystCode(): void {
  extrasModule.preload();
  preloadPanelChart();
}

/** Bars in one chart before the rest go to the table: more would not be legible. */
const MAX_BARS = 12;
/** Panels drawn at first; a huge bundle shows the rest on request. */
const MAX_PANELS = 12;

/** Where the cards will be, while their code arrives: all cards then appear in one render. */
const pendingGrid = (
  <div className="panel-grid" aria-busy="true">
    {[0, 1, 2, 3].map((slot) => (
      <div key={slot} className="panel-card panel-card--pending" />
    ))}
  </div>
);

/** The desk view: filters, headline figures, one chart per card, a table and sources. */
export function AnalystPage({ index, status }: { index: BundleIndex; status: LoadStatus }) {
  const { t } = useTranslation();
  const lang = useDashboard((state) => state.lang);
  const filters = useDashboard((state) => state.filters);
  const view = useDashboard((state) => state.view);
  const setView = useDashboard((state) => state.setView);
  const selected = useDashboard((state) => state.selected);
  const select = useDashboard((state) => state.select);
  const reset = useDashboard((state) => state.resetFilters);
  const visible = useMemo(() => filterIndicators(index, filters), [index, filters]);
  const resolved = useMemo(
    () => resolvePanels(index, visible, { maxBars: MAX_BARS }),
    [index, visible],
  );
  // Panels a filter left as they were stay the same objects, so their cards skip the render.
  const [kept, setKept] = useState({ from: resolved, panels: resolved });
  let panels = kept.panels;
  if (kept.from !== resolved) {
    panels = reusePanels(kept.panels, resolved);
    setKept({ from: resolved, panels });
  }
  const [showAllPanels, setShowAllPanels] = useState(false);
  // The first render shows the header and the headline figures; filters, cards, table and detail
  // follow once their code has arrived, fetched only after that first commit, so the first figures
  // paint without waiting for it (sooner when the build-time first screen already shows them: see
  // start.tsx). The chart code is asked for at the same moment, not after the cards. Later filter changes redraw the cards in the same render: nothing stale stays on screen.
  const { module: extras, error: extrasError } = extrasModule.use();
  useEffect(() => preloadPanelChart(), []);
  const shownPanels = showAllPanels ? panels : panels.slice(0, MAX_PANELS);
  const headline = useMemo(() => headlineIndicators(index), [index]);
  const open = useCallback((id: string) => select(id), [select]);
  const close = useCallback(() => select(undefined), [select]);
  const selectedIndicator = selected ? index.indicatorsById.get(selected) : undefined;
  const { bundle } = index;

  const exportCsv = async () => {
    const { indicatorsToCsv, downloadBlob } = await loadExtras();
    const csv = indicatorsToCsv({
      indicators: visible,
      bundle,
      lang,
      headers: {
        id: t('export.csvHeader.id'),
        label: t('export.csvHeader.label'),
        category: t('export.csvHeader.category'),
        value: t('export.csvHeader.value'),
        unit: t('export.csvHeader.unit'),
        display: t('export.csvHeader.display'),
        qualifier: t('export.csvHeader.qualifier'),
        quote: t('export.csvHeader.quote'),
      },
      display: (indicator) => displayValue(indicator, lang),
      qualifier: (qualifier) => t(`qualifier.${qualifier}`),
    });
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${bundle.id}-${lang}.csv`);
  };
  const exportJson = async () => {
    const { subsetBundle, downloadBlob } = await loadExtras();
    const json = JSON.stringify(subsetBundle(bundle, visible), null, 2);
    downloadBlob(new Blob([json], { type: 'application/json' }), `${bundle.id}-subset.json`);
  };

  return (
    <div className="analyst" data-testid="analyst">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AnalystHeader bundle={bundle} lang={lang} />
      <StatusBanner status={status} />
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
          <div className="toolbar">
            <div className="segmented" role="group" aria-label={t('view.switch')}>
              {(['charts', 'table'] as const).map((option) => (
                <button
                  key={option}
                  type="button"
                  aria-pressed={view === option}
                  onClick={() => setView(option)}
                  data-testid={`view-${option}`}
                >
                  {t(`view.${option}`)}
                </button>
              ))}
            </div>
            <div className="toolbar__exports" role="group" aria-label={t('export.title')}>
              <button
                type="button"
                className="button"
                onClick={() => void exportCsv()}
                disabled={!visible.length}
                data-testid="export-csv"
              >
                {t('export.csv')}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => void exportJson()}
                disabled={!visible.length}
                data-testid="export-json"
              >
                {t('export.json')}
              </button>
            </div>
          </div>
          <div className="results-bar" aria-live="polite">
            <p data-testid="result-count">
              {t('filters.resultCount', { shown: visible.length, total: bundle.indicators.length })}
            </p>
            {extras && <extras.ActiveFilters index={index} lang={lang} />}
          </div>
          {extras && <extras.CompareSection index={index} lang={lang} onOpen={open} />}
          {extrasError ? (
            <div className="empty-state" role="alert" data-testid="extras-error">
              <p>{t('panel.error', { message: extrasError.message })}</p>
              <ReloadButton />
            </div>
          ) : visible.length === 0 ? (
            <div className="empty-state" data-testid="empty-state">
              <h2>{t('empty.title')}</h2>
              <p>{t('empty.body')}</p>
              <button
                type="button"
                className="button"
                onClick={() => {
                  reset();
                  focusAfterChange(null);
                }}
              >
                {t('filters.reset')}
              </button>
            </div>
          ) : view === 'table' ? (
            extras ? (
              <extras.IndicatorTable index={index} indicators={visible} lang={lang} onOpen={open} />
            ) : (
              <div className="table-pending" aria-busy="true" />
            )
          ) : extras ? (
            <div className="panel-grid">
              {shownPanels.map((panel) => (
                <PanelBoundary
                  key={panel.id}
                  panel={panel}
                  className="panel-card"
                  heading="h3"
                  title={panel.title[lang]}
                >
                  <extras.PanelCard panel={panel} bundle={bundle} lang={lang} onOpen={open} />
                </PanelBoundary>
              ))}
              {shownPanels.length < panels.length && (
                <button
                  type="button"
                  className="button button--ghost show-all"
                  onClick={() => setShowAllPanels(true)}
                >
                  {t('panel.showAll', { count: panels.length })}
                </button>
              )}
            </div>
          ) : (
            pendingGrid
          )}
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
