import { useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { LoadStatus } from '../../data/load-status.ts';
import { createWatchable, derived } from '../../lib/watchable.ts';
import type { BundleIndex } from '../../store/bundle-index.ts';
import type { ResolvedPanel } from '../../store/selectors.ts';
import { useDashboard, useDashboardStore } from '../../store/store-context.tsx';
import { advanceReport, lapStep, type ReportCursor, type TourReport } from './report-tour.ts';
import { TourNotice } from './tour-notice.tsx';
import { useTour, type Tour } from './use-tour.ts';
import { useWallRecovery, useWallResume } from './use-wall-recovery.ts';
import { wallPanels } from './wall-layout.ts';
import { useWallLayout, WallStage } from './wall-stage.tsx';

// A report's panels for a layout, resolved once per loaded bundle: its charts keep their options
// when another report's refetch hands the tour a new list.
const panelCache = new WeakMap<BundleIndex, Map<string, ResolvedPanel[]>>();
function cachedPanels(index: BundleIndex, maxBars: number, both: boolean): ResolvedPanel[] {
  const byLayout = panelCache.get(index) ?? new Map<string, ResolvedPanel[]>();
  panelCache.set(index, byLayout);
  const key = `${maxBars}:${both}`;
  const panels = byLayout.get(key) ?? wallPanels(index, maxBars, both);
  byLayout.set(key, panels);
  return panels;
}

/**
 * The wall touring several reports (`bundle=a,b,c`): each report in turn with its own title,
 * headline figures and panels, one tour step per panel, then the next; a report that could not be
 * loaded is skipped and named in the footer. One tour count runs throughout, so the watchdog and
 * a reload's resume (which report, which step in it) see the whole tour.
 */
export function WallTourPage({ reports, status }: { reports: TourReport[]; status: LoadStatus }) {
  const interval = useDashboard((state) => state.interval);
  const store = useDashboardStore();
  const resume = useWallResume();
  const tour = useTour(interval, 0);
  const { both, layout } = useWallLayout();
  const panels = useMemo(
    () =>
      reports.map((report) =>
        report.index ? cachedPanels(report.index, layout.maxBars, both) : undefined,
      ),
    [reports, layout.maxBars, both],
  );
  // A report with no panels still shows its headline figures for one step.
  const steps = useMemo(
    () => panels.map((list) => (list ? Math.max(list.length, 1) : undefined)),
    [panels],
  );
  const [cursor] = useState(() => {
    const at = reports.findIndex((report) => report.param === resume.report);
    const count = steps[at] ?? 0;
    const start: ReportCursor =
      at >= 0 && count > 0
        ? { report: at, since: -Math.min(resume.startStep, count - 1), lap: 0, step: 0 }
        : { report: -1, since: 0, lap: 0, step: 0 };
    return createWatchable(advanceReport(start, tour.step.get(), steps));
  });
  const stepsNow = useRef(steps);
  useLayoutEffect(() => {
    stepsNow.current = steps;
    cursor.set(advanceReport(cursor.get(), tour.step.get(), steps));
  }, [cursor, steps, tour]);
  useEffect(
    () =>
      tour.step.subscribe(() =>
        cursor.set(advanceReport(cursor.get(), tour.step.get(), stepsNow.current)),
      ),
    [cursor, tour],
  );
  // The stage of one report tours by the steps within it; its language laps with the whole tour.
  const within = useMemo<Tour>(
    () => ({ step: derived(cursor, (at) => at.step - at.since), paused: tour.paused }),
    [cursor, tour],
  );
  const lap = useMemo(() => derived(cursor, (at) => at.lap), [cursor]);
  const at = useSyncExternalStore(cursor.subscribe, () => cursor.get().report);
  const current = reports[at];

  const cycleLength = steps.reduce<number>((sum, count) => sum + (count ?? 0), 0);
  useWallRecovery({
    tour,
    intervalSeconds: interval,
    cycleLength,
    resume,
    place: {
      watchStep: () => {
        const now = cursor.get();
        return now.lap * cycleLength + lapStep(now, stepsNow.current);
      },
      save: () => {
        const now = cursor.get();
        return { step: now.step - now.since, report: reports[now.report]?.param };
      },
    },
  });

  // The status line and the health overlay speak of the report on screen.
  useEffect(() => {
    if (!current?.index) return;
    store.setState({
      loadedAt: current.fetchedAt,
      restored: current.restored ?? false,
      staleSince: current.staleSince,
    });
  }, [current, store]);

  if (!current?.index || !panels[at]) return null;
  return (
    <WallStage
      key={current.param}
      index={current.index}
      panels={panels[at]}
      status={status}
      tour={within}
      lap={lap}
      reloads={resume.record.count}
      notice={<TourNotice reports={reports} at={at} />}
    />
  );
}
