import { useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { useT } from '../../i18n/use-t.ts';
import type { LoadStatus } from '../../data/load-status.ts';
import { derived, type Watchable } from '../../lib/watchable.ts';
import type { BundleIndex } from '../../store/bundle-index.ts';
import { headlineIndicators, type ResolvedPanel } from '../../store/selectors.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { StatusBanner } from '../../ui/status-banner.tsx';
import { Bilingual } from './bilingual.tsx';
import { keptPages, tourPosition } from './tour.ts';
import { PageMarker, TourState } from './tour-state.tsx';
import { useAppText } from './use-app-text.ts';
import { useFullscreenKey } from './use-fullscreen-key.ts';
import { stageTransform } from './stage-size.ts';
import { DESIGN_HEIGHT, DESIGN_WIDTH, useStageScale } from './use-stage-scale.ts';
import type { Tour } from './use-tour.ts';
import { useWallLang } from './use-wall-lang.ts';
import { WallHeader } from './wall-header.tsx';
import { WallHealth } from './wall-health.tsx';
import { WallKpi } from './wall-kpi.tsx';
import { KEEP_PANELS, LAYOUT } from './wall-layout.ts';
import { WallPanelPage } from './wall-panel-page.tsx';

/** The wall's layout for the language on screen (`lang=both` has its own). */
export function useWallLayout() {
  const lang = useDashboard((state) => state.lang);
  const both = useDashboard((state) => state.langParam === 'both');
  return { lang, both, layout: both ? LAYOUT.both : LAYOUT[lang] };
}

/**
 * One report on the 1920×1080 stage: its title, headline figures and pages of panels, toured by
 * `tour` (steps within this report). `lap` replaces the lap of this report's panels when a tour
 * of several reports counts its own (`lang=cycle` turns over a whole tour). `notice` goes in
 * the footer, between the source and the tour's state.
 */
export function WallStage({
  index,
  panels,
  status,
  tour,
  lap,
  reloads,
  notice,
  shownPageOnly = false,
}: {
  index: BundleIndex;
  panels: ResolvedPanel[];
  status: LoadStatus;
  tour: Tour;
  lap?: Watchable<number>;
  reloads: number;
  notice?: ReactNode;
  /**
   * Only the page of panels on the screen, none kept hidden under it: for the first screen
   * rendered at build time, which the wall replaces before it turns a page.
   */
  shownPageOnly?: boolean;
}) {
  const { t } = useT();
  const { lang, both, layout } = useWallLayout();
  const health = useDashboard((state) => state.health);
  const scale = useStageScale();
  const { bundle } = index;
  const text = useAppText();
  const sourceLine = text('panel.source', (language) => ({
    source: bundle.source.title[language],
  }));
  const headline = useMemo(() => headlineIndicators(index), [index]);
  const position = useMemo(
    () =>
      derived(tour.step, (step) => {
        const at = tourPosition({ step, panelCount: panels.length, perPage: layout.perPage });
        return lap ? { ...at, lap: lap.get() } : at;
      }),
    [tour.step, panels.length, layout.perPage, lap],
  );
  const pagesOfPanels = useMemo(
    () =>
      Array.from({ length: Math.ceil(panels.length / layout.perPage) }, (_, page) =>
        panels.slice(page * layout.perPage, (page + 1) * layout.perPage),
      ),
    [panels, layout.perPage],
  );
  // What a step may render: the pages kept on the stage (they change at a page turn only when
  // not all pages are kept) and, under `lang=cycle`, the language of the lap (useWallLang).
  const kept = useMemo(
    () =>
      derived(position, (at) =>
        keptPages({
          page: at.page,
          pageCount: pagesOfPanels.length,
          perPage: layout.perPage,
          keepPanels: KEEP_PANELS,
        }).join(' '),
      ),
    [position, pagesOfPanels.length, layout.perPage],
  );
  // The third: a render to HTML at build time (src/app/render-shell.tsx) reads the same value.
  const keptKey = useSyncExternalStore(kept.subscribe, kept.get, kept.get);
  const keptPageList = keptKey === '' ? [] : keptKey.split(' ').map(Number);
  const pages = shownPageOnly
    ? keptPageList.filter((page) => page === position.get().page)
    : keptPageList;
  useWallLang(position);
  useFullscreenKey();

  const stageStyle = {
    width: DESIGN_WIDTH,
    height: DESIGN_HEIGHT,
    transform: stageTransform(scale),
  };

  return (
    <div className="wall-viewport" data-testid="wall">
      <div className="wall-stage" style={stageStyle} data-scale={scale.toFixed(4)}>
        <WallHeader
          bundle={bundle}
          lang={lang}
          both={both}
          status={<StatusBanner status={status} compact />}
        />
        <section
          className={both ? 'wall-kpis wall-kpis--both' : 'wall-kpis'}
          aria-label={t('kpi.title')}
        >
          {headline.map((indicator) => (
            <WallKpi key={indicator.id} indicator={indicator} lang={lang} both={both} />
          ))}
        </section>
        <section className="wall-panels">
          {pages.map((page) => (
            <WallPanelPage
              key={page}
              panels={pagesOfPanels[page] ?? []}
              page={page}
              position={position}
              lang={lang}
              both={both}
              labelLines={layout.labelLines}
              roomyBars={layout.roomyBars}
              scale={scale}
            />
          ))}
        </section>
        <footer className="wall-footer">
          <span>
            <Bilingual text={sourceLine} lang={lang} both={both} />
          </span>
          {notice}
          <PageMarker
            position={position}
            pageCount={pagesOfPanels.length}
            lang={lang}
            both={both}
          />
          <TourState tour={tour} lang={lang} both={both} />
        </footer>
        {health && <WallHealth bundle={bundle} lang={lang} both={both} reloads={reloads} />}
      </div>
    </div>
  );
}
