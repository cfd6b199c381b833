import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import EChartsReactCore from 'echarts-for-react/esm/core';
import type { EChartsReactProps as EChartsProps } from 'echarts-for-react/esm/types';
import type { EChartsType } from 'echarts/core';
import { watchNow, type Watchable } from '../lib/watchable.ts';
import { echarts, type ChartOption } from './echarts.ts';
import { sameOption } from './same-option.ts';
import type { ChartMode } from './theme.ts';

/** The item to hold in emphasis: `emphasis`, while `emphasisOn` (if given) is true; else none. */
function wantedItem(emphasis: number, emphasisOn: Watchable<boolean> | undefined): number {
  return emphasisOn && !emphasisOn.get() ? -1 : emphasis;
}

/**
 * echarts-for-react creates every chart twice: a throwaway one, a frame's wait for it to finish,
 * then the real one sized from its container. Our containers have their size when they mount (a
 * fixed height, the card's width), so the chart is created once, at that size; later resizes still
 * go through echarts-for-react, which asks ECharts to follow the container.
 */
class ChartCore extends EChartsReactCore {
  private created: EChartsType | undefined;

  override initEchartsInstance(): Promise<EChartsType> {
    const created: EChartsType = this.echarts.init(this.ele, this.props.theme, this.props.opts);
    this.created = created;
    return Promise.resolve(created);
  }

  /**
   * echarts-for-react sets the option a microtask after creating the chart, looking the chart up
   * by its element. A chart unmounted in between (a wall's tour bringing in the next report as the
   * language of the lap changes) has no element any more, and the lookup threw; the chart it
   * created, already disposed, takes the option and ignores it instead.
   */
  override getEchartsInstance(): EChartsType {
    return (this.ele ? this.echarts.getInstanceByDom(this.ele) : this.created) as EChartsType;
  }
}

export interface EChartProps {
  option: ChartOption;
  mode: ChartMode;
  /** Accessible name of the chart (the canvas itself says nothing). */
  label: string;
  /** The id of the element holding the chart's description, when the page shows one. */
  describedBy?: string;
  height: number | string;
  /** Multiplies the device pixel ratio, so a scaled-up wall stays crisp. */
  pixelScale?: number;
  /** Called with the id of the data item clicked. */
  onItemClick?: (id: string) => void;
  /** Hands the live instance out, e.g. for PNG export. */
  onInstance?: (instance: EChartsType | null) => void;
  /**
   * The data item of the first series held in its emphasis state (the wall's tour), or -1: set on
   * the live chart, so a change repaints one item rather than building and drawing a new option.
   */
  emphasis?: number;
  /**
   * When given, `emphasis` holds only while this is true: the wall's tour turns a panel's
   * featured bar on and off through it, with no render of the chart's component.
   */
  emphasisOn?: Watchable<boolean>;
  /**
   * When given, a new option for a chart already drawn waits until this runs it (the desk: one
   * chart per task after a filter or a language switch, so the page's text changes in the frame
   * after the click rather than after every chart has drawn), and the chart is not marked as
   * drawn meanwhile. It returns a function that calls the wait off. Must be the same function
   * from render to render.
   */
  redrawLater?: (run: () => void) => () => void;
  testId?: string;
}

/**
 * The one component that renders ECharts. The theme is fixed at init, so a change of it
 * re-creates the chart; options replace rather than merge, so filtered-out series vanish.
 */
export function EChart({
  option,
  mode,
  label,
  describedBy,
  height,
  pixelScale = 1,
  onItemClick,
  onInstance,
  emphasis = -1,
  emphasisOn,
  redrawLater,
  testId,
}: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  // The option the chart has: `option` at once, or, with `redrawLater`, once its turn has come.
  // One with the same content as the chart's is taken at once: nothing would be drawn for it.
  const [shown, setShown] = useState(option);
  if (shown !== option && (!redrawLater || sameOption(shown, option))) setShown(option);
  const waiting = shown !== option;
  // While a new option waits, a `finished` of the one still drawn does not mark the chart drawn.
  const redrawWaiting = useRef<{ finished: boolean } | undefined>(undefined);
  const chart = useRef<EChartsType | null>(null);
  // The item wanted in emphasis, and the one the live chart holds there.
  const wanted = useRef(wantedItem(emphasis, emphasisOn));
  const emphasised = useRef(-1);
  const emphasise = useCallback(() => {
    const instance = chart.current;
    // A chart that never had an emphasis (the desk's) dispatches nothing.
    if (!instance || instance.isDisposed() || (wanted.current < 0 && emphasised.current < 0)) {
      return;
    }
    if (emphasised.current >= 0) {
      instance.dispatchAction({ type: 'downplay', seriesIndex: 0, dataIndex: emphasised.current });
    }
    if (wanted.current >= 0) {
      instance.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex: wanted.current });
    }
    emphasised.current = wanted.current;
  }, []);
  // After echarts-for-react has given the chart its option (a new option clears every item's
  // state, so this runs again for it), and before ECharts draws it on the next frame.
  useLayoutEffect(() => {
    const update = () => {
      wanted.current = wantedItem(emphasis, emphasisOn);
      emphasise();
    };
    if (!emphasisOn) return update();
    return watchNow(emphasisOn, update);
  }, [emphasis, emphasisOn, shown, emphasise]);
  const opts = useMemo(
    () => ({
      // Every text a chart shows or reads out comes from our own options (aria description,
      // tooltip formatter, labels), none from ECharts' locale: a language switch is a new option
      // for the same chart, not a new chart.
      locale: 'EN',
      // Paper gets vectors: a canvas prints at screen resolution.
      renderer: mode === 'print' ? ('svg' as const) : ('canvas' as const),
      devicePixelRatio:
        (typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1) * pixelScale,
    }),
    [pixelScale, mode],
  );
  const onEvents = useMemo(
    () => ({
      click: (params: { data?: { id?: string }; seriesId?: string }) => {
        const id = params.data?.id ?? params.seriesId;
        if (id && onItemClick) onItemClick(id);
      },
      finished: () => {
        if (redrawWaiting.current) redrawWaiting.current.finished = true;
        else container.current?.setAttribute('data-chart-finished', 'true');
      },
    }),
    [onItemClick],
  );
  // A new option or a re-created chart has not drawn yet: tests and benchmarks wait for `finished`.
  // The mark is cleared inside echarts-for-react's update, just before it calls setOption: ECharts
  // may finish synchronously, so clearing it in an effect of ours (which runs after the child's
  // update) would erase the mark of the very render it belongs to. An option rebuilt with the same
  // content is not drawn again, so it keeps its mark.
  const clearMarkOnChange = useCallback((previous: EChartsProps, next: EChartsProps) => {
    if (
      previous.opts !== next.opts ||
      previous.theme !== next.theme ||
      !sameOption(previous.option, next.option)
    ) {
      container.current?.removeAttribute('data-chart-finished');
    }
    return true;
  }, []);
  useLayoutEffect(() => {
    if (!waiting || !redrawLater) return;
    const element = container.current;
    const wait = { finished: element?.getAttribute('data-chart-finished') === 'true' };
    redrawWaiting.current = wait;
    element?.removeAttribute('data-chart-finished');
    let ran = false;
    const cancel = redrawLater(() => {
      ran = true;
      redrawWaiting.current = undefined;
      flushSync(() => setShown(option));
    });
    return () => {
      cancel();
      if (redrawWaiting.current === wait) redrawWaiting.current = undefined;
      // Called off before its turn, with the chart's own option drawn (the option went back to
      // it, or a newer one waits and takes the mark away again): the chart is drawn as it was.
      if (!ran && wait.finished) element?.setAttribute('data-chart-finished', 'true');
    };
  }, [waiting, option, redrawLater]);
  const handleReady = useCallback(
    (instance: EChartsType) => {
      // Unmounted before it was ready (see ChartCore): nothing to draw or hand out.
      if (instance.isDisposed()) return;
      // An un-animated first draw finishes inside init, before echarts-for-react binds our
      // handlers: one more frame makes ECharts say `finished` again, now to us.
      instance.getZr().refresh();
      chart.current = instance;
      emphasised.current = -1;
      emphasise();
      onInstance?.(instance);
    },
    [onInstance, emphasise],
  );
  return (
    <div
      ref={container}
      className="echart"
      role="img"
      aria-label={label}
      aria-describedby={describedBy}
      data-testid={testId}
      data-chart-mode={mode}
    >
      <ChartCore
        echarts={echarts}
        option={shown}
        notMerge
        lazyUpdate={false}
        theme={mode}
        opts={opts}
        onEvents={onEvents}
        onChartReady={handleReady}
        shouldSetOption={clearMarkOnChange}
        style={{ height, width: '100%' }}
      />
    </div>
  );
}
