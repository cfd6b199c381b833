import { useMemo, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import type { Indicator, Lang } from '../../data/bundle-schema.ts';
import type { BundleIndex } from '../../store/bundle-index.ts';
import { resolvePanels, reusePanels } from '../../store/selectors.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { focusAfterChange } from '../../ui/keep-focus.ts';
import { PanelBoundary } from '../../ui/panel-error-card.tsx';
import { ReloadButton } from '../../ui/reload-button.tsx';

/** The desk's lazy chunk: filters, cards, table, detail (analyst-extras.ts). */
export type AnalystExtras = typeof import('./analyst-extras.ts');

/** Bars in one chart before the rest go to the table: more would not be legible. */
const MAX_BARS = 12;
/**
 * A report of up to MAX_WHOLE panels has them all drawn; a larger one (a huge bundle) has its
 * first MAX_PANELS drawn at first, and the rest on request. Cards cost little (their charts draw
 * as they near the screen), and a government report's 22 panels cut at 12 had the reader read
 * "Showing 55 of 55 indicators" over half of them. With growth rates in panels of their own, the
 * shipped government reports have 25 and 26: forty leaves the genre room.
 */
const MAX_WHOLE = 40;
const MAX_PANELS = 12;

/** Where the cards will be, while their code arrives: all cards then appear in one render. */
const pendingGrid = (
  <div className="panel-grid" aria-busy="true">
    {[0, 1, 2, 3].map((slot) => (
      <div key={slot} className="panel-card panel-card--pending" />
    ))}
  </div>
);

interface ResultsProps {
  index: BundleIndex;
  /** The indicators the filters leave. */
  visible: readonly Indicator[];
  lang: Lang;
  extras: AnalystExtras | undefined;
  extrasError: Error | undefined;
  onOpen: (id: string) => void;
}

/**
 * What the filters leave, as the reader asked for it: cards or a table; or why there is nothing
 * (no match, or the desk's code could not be fetched); or the places of the cards while it arrives.
 */
export function AnalystResults({
  index,
  visible,
  lang,
  extras,
  extrasError,
  onOpen,
}: ResultsProps) {
  const view = useDashboard((state) => state.view);
  // Here rather than in the grid, so "show all" outlives a visit to the table.
  const [showAllPanels, setShowAllPanels] = useState(false);
  if (extrasError) return <ExtrasError error={extrasError} />;
  if (visible.length === 0) return <NoMatch />;
  if (view === 'table') {
    return extras ? (
      <extras.IndicatorTable index={index} indicators={visible} lang={lang} onOpen={onOpen} />
    ) : (
      <div className="table-pending" aria-busy="true" />
    );
  }
  if (!extras) return pendingGrid;
  return (
    <PanelGrid
      index={index}
      visible={visible}
      lang={lang}
      extras={extras}
      onOpen={onOpen}
      showAll={showAllPanels}
      onShowAll={() => setShowAllPanels(true)}
    />
  );
}

function ExtrasError({ error }: { error: Error }) {
  const { t } = useT();
  return (
    <div className="empty-state" role="alert" data-testid="extras-error">
      <p>{t('panel.error', { message: error.message })}</p>
      <ReloadButton />
    </div>
  );
}

function NoMatch() {
  const { t } = useT();
  const reset = useDashboard((state) => state.resetFilters);
  return (
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
  );
}

/** One card per panel of what the filters leave; of a huge report, the first MAX_PANELS unless asked for all. */
function PanelGrid({
  index,
  visible,
  lang,
  extras,
  onOpen,
  showAll,
  onShowAll,
}: Omit<ResultsProps, 'extras' | 'extrasError'> & {
  extras: AnalystExtras;
  showAll: boolean;
  onShowAll: () => void;
}) {
  const { t } = useT();
  const panels = useKeptPanels(index, visible);
  const shown = showAll || panels.length <= MAX_WHOLE ? panels : panels.slice(0, MAX_PANELS);
  const capped = shown.length < panels.length;
  return (
    <>
      {/* Said above the cards too: "Showing 55 of 55 indicators" over twelve cards of 26 had
          the reader wonder where the others were until the end of the page. */}
      {capped && (
        <p className="panels-capped" data-testid="panels-capped">
          {t('panel.capped', { shown: shown.length, count: panels.length })}{' '}
          <button type="button" className="link-button" onClick={onShowAll}>
            {t('panel.showAll', { count: panels.length })}
          </button>
        </p>
      )}
      <div className="panel-grid">
        {shown.map((panel) => (
          <PanelBoundary
            key={panel.id}
            panel={panel}
            className="panel-card"
            heading="h3"
            title={panel.title[lang]}
          >
            <extras.PanelCard panel={panel} bundle={index.bundle} lang={lang} onOpen={onOpen} />
          </PanelBoundary>
        ))}
        {capped && (
          <button type="button" className="button button--ghost show-all" onClick={onShowAll}>
            {t('panel.showAll', { count: panels.length })}
          </button>
        )}
      </div>
    </>
  );
}

/** The panels of `visible`; those a filter left as they were stay the same objects, so their cards skip the render. */
function useKeptPanels(index: BundleIndex, visible: readonly Indicator[]) {
  const resolved = useMemo(
    () => resolvePanels(index, visible, { maxBars: MAX_BARS }),
    [index, visible],
  );
  const [kept, setKept] = useState({ from: resolved, panels: resolved });
  if (kept.from === resolved) return kept.panels;
  const panels = reusePanels(kept.panels, resolved);
  setKept({ from: resolved, panels });
  return panels;
}
