import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Lang } from '../../data/bundle-schema.ts';
import { useDashboard, useDashboardStore } from '../../store/store-context.tsx';
import { beforeUpdate } from '../../ui/app-update.ts';
import { browserWakeLockHost, keepScreenOn } from '../../ui/wake-lock.ts';
import { checkWall, mayReload, startWatch, type WatchdogLimits } from '../../ui/watchdog.ts';
import { forgetResume, noteReload, readWallResume, type WallResume } from '../../ui/wall-resume.ts';
import type { Tour } from './use-tour.ts';

/** How often the watchdog looks at the wall. */
export const CHECK_MS = 1_000;
/** Charts failed at once that the watchdog takes as failing repeatedly. */
const MAX_CHART_FAILURES = 2;
/** The share of the browser's heap limit past which the wall starts afresh. */
const HEAP_SHARE = 0.75;

interface HeapInfo {
  usedJSHeapSize: number;
  jsHeapSizeLimit: number;
}

function heap(): HeapInfo | undefined {
  return (performance as { memory?: HeapInfo }).memory;
}

function session(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The report of a tour (`bundle=a,b,c`) a reload of this tab picks up at, if any. */
export function resumedReport(bundleParam: string | undefined): string | undefined {
  const { resume } = readWallResume(session() ?? { getItem: () => null });
  return resume && resume.bundle === (bundleParam ?? null) ? resume.report : undefined;
}

/**
 * Where a wall that reloaded itself picks up, read once when the wall opens: its step, when the
 * bundle is the same, and its language; and the reloads it made so far in this tab.
 */
export function useWallResume(): {
  startStep: number;
  lang?: Lang;
  /** On a tour of several reports, the one to pick up at (`startStep` is the step within it). */
  report?: string;
  record: WallResume;
} {
  const bundle = useDashboard((state) => state.bundleParam ?? null);
  const [found] = useState(() => {
    const record = readWallResume(session() ?? { getItem: () => null });
    const same = record.resume && record.resume.bundle === bundle;
    return {
      startStep: same ? (record.resume?.step ?? 0) : 0,
      lang: same ? record.resume?.lang : undefined,
      report: same ? record.resume?.report : undefined,
      record,
    };
  });
  return found;
}

/** What the watchdog reads of a tour and saves before a reload; a wall of one report by default. */
export interface TourPlace {
  /** A count that moves at every step and is a multiple of the cycle's length when a cycle ends. */
  watchStep: () => number;
  /** The place a reload resumes from. */
  save: () => { step: number; report?: string };
}

/**
 * Keeps a wall going for weeks: holds the screen on, and reloads the page cleanly when the tour
 * stalled, charts keep failing or the heap grew too large (see ui/watchdog.ts), after saving its
 * step, language and bundle so the reloaded page resumes them; never in a loop.
 */
export function useWallRecovery({
  tour,
  intervalSeconds,
  cycleLength,
  resume,
  place,
}: {
  tour: Tour;
  intervalSeconds: number;
  cycleLength: number;
  resume: ReturnType<typeof useWallResume>;
  place?: TourPlace;
}): void {
  const store = useDashboardStore();
  const placeOf = useRef(place);
  useLayoutEffect(() => {
    placeOf.current = place;
  });
  useEffect(() => keepScreenOn(browserWakeLockHost()), []);

  // The place saved before the reload is taken once; a later manual reload starts afresh.
  useEffect(() => {
    const storage = session();
    const { record, lang } = resume;
    if (!record.resume || !storage) return;
    forgetResume(storage);
    const state = store.getState();
    if (lang && lang !== state.lang && state.langParam !== 'both' && state.langParam !== 'cycle') {
      state.setLang(lang, 'wall');
    }
  }, [resume, store]);

  // A new deploy is taken between two steps (use-update-between-steps.ts): the reloaded wall
  // resumes the step just reached. It counts as one of the wall's reloads.
  useEffect(
    () =>
      beforeUpdate(() => {
        const storage = session();
        const state = store.getState();
        if (!storage) return;
        noteReload(storage, Date.now(), {
          step: tour.step.get(),
          lang: state.lang,
          bundle: state.bundleParam ?? null,
        });
      }),
    [tour, store],
  );

  useEffect(() => {
    const memory = heap();
    const limits: WatchdogLimits = {
      intervalMs: intervalSeconds * 1000,
      maxChartFailures: MAX_CHART_FAILURES,
      maxHeapBytes: memory ? memory.jsHeapSizeLimit * HEAP_SHARE : undefined,
    };
    const watchStep = () => placeOf.current?.watchStep() ?? tour.step.get();
    let watch = startWatch(Date.now(), watchStep());
    const timer = window.setInterval(() => {
      const now = Date.now();
      // A hidden tab's timers are throttled: its tour is slow, not stalled, and nobody sees it.
      if (document.visibilityState === 'hidden') {
        watch = startWatch(now, watchStep());
        return;
      }
      const checked = checkWall(
        watch,
        {
          now,
          step: watchStep(),
          paused: tour.paused.get(),
          cycleLength,
          chartFailures: document.querySelectorAll(
            '.wall-stage [data-testid="panel-error"], .wall-stage .chart-placeholder--error',
          ).length,
          heapBytes: heap()?.usedJSHeapSize,
        },
        limits,
      );
      watch = checked.state;
      const storage = session();
      if (!checked.reload || !storage) return;
      // A reload refused (one too soon after the last) starts the watch again rather than asking
      // every second.
      watch = startWatch(now, watchStep());
      if (!mayReload(now, readWallResume(storage).reloads)) return;
      const state = store.getState();
      noteReload(storage, now, {
        ...(placeOf.current?.save() ?? { step: tour.step.get() }),
        lang: state.lang,
        bundle: state.bundleParam ?? null,
      });
      window.location.reload();
    }, CHECK_MS);
    return () => window.clearInterval(timer);
  }, [tour, intervalSeconds, cycleLength, store]);
}
