import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useT } from '../i18n/use-t.ts';
import { inOwnTask } from '../lib/schedule.ts';
import { createIdleQueue } from './idle-queue.ts';
import { lazyModule } from './lazy-module.ts';
import { ReloadButton } from './reload-button.tsx';
import type { PanelChartProps } from './panel-chart.tsx';
import { useElementWidth } from './use-element-width.ts';
import { useNearViewport, type Later } from './use-near-viewport.ts';

// ECharts is most of the JavaScript: load it after the headline figures are on screen.
const panelChart = lazyModule(() => import('./panel-chart.tsx'));

const idleQueue = createIdleQueue();

/**
 * When a chart drawn ahead, out of sight (`drawWhenIdle`), is drawn: once the chart code is there
 * and the page is idle, one chart per idle moment, so the charts on the screen do not wait for
 * these.
 */
const belowTheFold: Later = (run) => {
  let cancel: (() => void) | undefined;
  let cancelled = false;
  void panelChart.settled().then(() => {
    if (!cancelled) cancel = idleQueue(run);
  });
  return () => {
    cancelled = true;
    cancel?.();
  };
};

// The desk's charts, each created in a task of its own: the first chart's setOption alone takes
// hundreds of milliseconds on a phone (axis labels measured, the grid laid out), and charts of one
// commit would build one after another in a single task that blocks the page. The item's render
// is flushed inside its task, so the chart is built there and the next item starts clean.
const deskOnScreen = createIdleQueue(inOwnTask);
const deskBelow = createIdleQueue();

/** `run` as an item of `queue` once the chart code is there, its render flushed in the item. */
function oneChartPerTask(queue: ReturnType<typeof createIdleQueue>): Later {
  return (run) => {
    let cancel: (() => void) | undefined;
    let cancelled = false;
    void panelChart.settled().then(() => {
      if (!cancelled) cancel = queue(() => flushSync(run));
    });
    return () => {
      cancelled = true;
      cancel?.();
    };
  };
}

/** A desk chart on the screen: one per task, in the order the cards came into view. */
const deskChartSoon = oneChartPerTask(deskOnScreen);
/** The events that say the reader is moving on down the page. */
const MOVING_ON = ['scroll', 'wheel', 'touchmove', 'keydown'] as const;
let readerMoved = false;
const whenMoved = new Set<() => void>();
function onReaderMoved() {
  readerMoved = true;
  for (const type of MOVING_ON) window.removeEventListener(type, onReaderMoved, true);
  const waiting = [...whenMoved];
  whenMoved.clear();
  for (const run of waiting) run();
}

/**
 * `later`, once the reader has scrolled, wheeled, swiped or pressed a key on this page. Charts
 * just below the fold are drawn ahead only then: drawn while the page loaded, their chart code
 * and first drawing were the longest tasks of a phone's load (300 ms at 1x), for a chart the
 * reader may never scroll to.
 */
function afterReaderMoves(later: Later): Later {
  return (run) => {
    if (readerMoved) return later(run);
    let cancel: (() => void) | undefined;
    const start = () => {
      cancel = later(run);
    };
    if (whenMoved.size === 0) {
      for (const type of MOVING_ON) {
        window.addEventListener(type, onReaderMoved, { capture: true, passive: true });
      }
    }
    whenMoved.add(start);
    return () => {
      whenMoved.delete(start);
      cancel?.();
    };
  };
}

/** A desk chart just below the fold: once the reader moves on, one per idle moment. */
const deskChartLater = afterReaderMoves(oneChartPerTask(deskBelow));

/**
 * Whether work that may `wait` can go ahead: at once if it need not, else once `later` has run
 * it, or as soon as it need not wait any more; once true it stays true.
 */
function useReadyLater(wait: boolean, later: Later): boolean {
  const [ready, setReady] = useState(!wait);
  useEffect(() => {
    if (ready || !wait) return;
    return later(() => setReady(true));
  }, [ready, wait, later]);
  return ready || !wait;
}

/**
 * A panel's chart, loaded on demand, holding its place while the chart code arrives. With
 * `deferUntilNear` (the desk) the chart is drawn only when its card comes near the screen (on it
 * in the next free task, just below it when the page is idle once the reader has started to move
 * down the page), never two in one task, so the
 * charts a reader sees first finish sooner, no task blocks the page for several charts, and a
 * filter or language switch redraws only those drawn. The print view and the wall leave it off
 * and draw every chart. With `drawWhenIdle` (a chart drawn ahead,
 * out of sight) it is drawn once the chart code is there and the page is idle, or at once when
 * that prop turns false.
 */
export function LazyPanelChart({
  deferUntilNear = false,
  drawWhenIdle = false,
  preview,
  ...props
}: PanelChartProps & {
  deferUntilNear?: boolean;
  drawWhenIdle?: boolean;
  /** SVG markup of this chart drawn ahead (the wall's first screen), shown until it is drawn. */
  preview?: string;
}) {
  const { t } = useT();
  const [ref, nearViewport] = useNearViewport<HTMLDivElement>(deferUntilNear, {
    later: deskChartLater,
    soon: deskChartSoon,
  });
  const near = useReadyLater(drawWhenIdle, belowTheFold) && nearViewport;
  const { module, error } = panelChart.use(near);
  if (error) {
    return (
      <div className="chart-placeholder chart-placeholder--error" role="alert">
        <p>{t('panel.error', { message: error.message })}</p>
        <ReloadButton />
      </div>
    );
  }
  if (!near || !module) {
    return (
      <div
        ref={near ? undefined : ref}
        className={preview ? 'chart-placeholder chart-placeholder--preview' : 'chart-placeholder'}
        style={{ height: props.height }}
        aria-hidden="true"
        // Markup ECharts wrote from our own option, every text in it escaped by ECharts.
        dangerouslySetInnerHTML={preview ? { __html: preview } : undefined}
      />
    );
  }
  return <module.PanelChart {...props} />;
}

/**
 * A desk chart laid out for the width its box measures, so its value labels go inside the bars
 * that hold them (and above the bars when narrow); `guessWidth` until the browser has laid it out.
 */
export function MeasuredPanelChart({
  guessWidth,
  ...props
}: Omit<Parameters<typeof LazyPanelChart>[0], 'width' | 'measuredWidth'> & {
  guessWidth: number;
}) {
  const [box, width] = useElementWidth<HTMLDivElement>();
  return (
    <div ref={box}>
      <LazyPanelChart {...props} width={width ?? guessWidth} measuredWidth={width} />
    </div>
  );
}
