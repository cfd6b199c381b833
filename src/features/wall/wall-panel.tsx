import {
  memo,
  type RefObject,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { flushSync } from 'react-dom';
import { describeIndicators } from '../../charts/options/describe-panel.ts';
import { barsInRows, labelLinesInRows } from '../../charts/options/wall-rows.ts';
import { watchNow, type Watchable } from '../../lib/watchable.ts';
import { useDashboard } from '../../store/store-context.tsx';
import type { ResolvedPanel } from '../../store/selectors.ts';
import { LazyPanelChart } from '../../ui/lazy-panel-chart.tsx';
import { PanelBoundary } from '../../ui/panel-error-card.tsx';
import { Bilingual } from './bilingual.tsx';
import { useAppText } from './use-app-text.ts';
import { labelLinesFor, largestOf, PANEL_CHROME, type PanelLayout } from './wall-layout.ts';
import { onPreview, previewFor, previewKey } from './wall-previews.ts';

const noPreview = () => undefined;

/**
 * The height, in design pixels, of the chart box under a panel's title: what the panel has left
 * once the page's title, headline figures and its own title have theirs. Measured after every
 * render of the panel (a new title or language among them) and when the panel or its title changes
 * size for other reasons (the headline strip after a refresh), each time before the paint: a chart
 * drawn with the lines of the height before would show its labels over each other for a frame.
 * Undefined where nothing is laid out (the first screen rendered at build time, jsdom).
 */
function useChartBoxHeight(article: RefObject<HTMLElement | null>): number | undefined {
  const [height, setHeight] = useState<number | undefined>(undefined);
  const observed = useRef<{ element: HTMLElement; observer: ResizeObserver } | null>(null);
  useLayoutEffect(() => {
    const element = article.current;
    if (!element) return;
    // The stage's scale is a transform, which offsetHeight does not see: design pixels.
    const measure = () => {
      const box = element.querySelector<HTMLElement>(
        ':scope > .echart, :scope > .chart-placeholder',
      );
      if (box && box.offsetHeight > 0) setHeight(box.offsetHeight);
    };
    measure();
    if (observed.current?.element === element || typeof ResizeObserver === 'undefined') return;
    observed.current?.observer.disconnect();
    // Called after layout and before the paint; flushSync renders the new lines in that frame.
    const observer = new ResizeObserver(() => flushSync(measure));
    observer.observe(element);
    const head = element.querySelector('.wall-panel__head');
    if (head) observer.observe(head);
    observed.current = { element, observer };
  });
  useEffect(() => () => observed.current?.observer.disconnect(), []);
  return height;
}

/**
 * One panel of the wall. The tour features it without a render: it sets its own glow, and its
 * chart holds the featured bar in emphasis, while `featured` is true.
 */
export const WallPanel = memo(function WallPanel({
  panel: resolved,
  featured,
  drawWhenIdle,
  panelWidth,
  lang,
  both,
  labelLines: layoutLines,
  roomyBars,
  scale,
}: PanelLayout & {
  panel: ResolvedPanel;
  featured: Watchable<boolean>;
  /** Drawn ahead, out of sight, once the page on the screen is drawn and idle. */
  drawWhenIdle: boolean;
  panelWidth: number;
}) {
  const article = useRef<HTMLElement>(null);
  // The glow it starts with is rendered, for the first screen rendered at build time (where no
  // effect runs); a constant, so React never sets the class again over the effect's toggling.
  const [initialClass] = useState(() =>
    featured.get() ? 'wall-panel wall-panel--featured' : 'wall-panel',
  );
  // Before the first paint, and again at each change: the class is not React's to render.
  useLayoutEffect(
    () =>
      watchNow(featured, (on) => {
        article.current?.classList.toggle('wall-panel--featured', on);
        article.current?.setAttribute('data-featured', String(on));
      }),
    [featured],
  );
  // The chart's width at design size: the panel less its padding and border (styles.css; the
  // browser tests check it). Known without measuring, so a chart is built at its width, and its
  // value labels go inside the bars that hold them, leaving the bars the panel's width. Its height
  // is measured (useChartBoxHeight) before a chart drawn at idle draws; one drawn at once is drawn
  // again, before the paint, where the measured height gives its labels fewer lines.
  const chartWidth = panelWidth - PANEL_CHROME;
  const chartHeight = useChartBoxHeight(article);
  // In two languages a label is a Chinese line over an English one: a panel too short for every
  // bar to hold both shows its largest bars only, rather than drop the English. Kept by the count,
  // not the height: a pixel's change of height that keeps the bars keeps the very panel.
  const bars = both
    ? barsInRows(resolved.indicators.length, 2, chartHeight)
    : resolved.indicators.length;
  const panel = useMemo(() => largestOf(resolved, bars), [resolved, bars]);
  const labelLines = labelLinesInRows(
    labelLinesFor({ labelLines: layoutLines, roomyBars }, panel.indicators.length),
    panel.indicators.length,
    chartHeight,
  );
  const caption = useDashboard((state) => state.caption);
  const appText = useAppText();
  // In two languages the Chinese labels carry the English on a second line: say the first only.
  // Every figure the layout gives the panel, also those a short panel leaves off its chart.
  const description = useMemo(
    () =>
      (both ? (['zh', 'en'] as const) : [lang])
        .map((language) =>
          describeIndicators({
            title: resolved.title[language],
            indicators: resolved.indicators.map((indicator) => ({
              ...indicator,
              label: { ...indicator.label, zh: indicator.label.zh.split('\n')[0] ?? '' },
            })),
            lang: language,
            more: resolved.more,
          }),
        )
        .join(' '),
    [resolved, lang, both],
  );
  const descriptionId = `wall-panel-${panel.id}-description`;
  // The chart the first screen's worker drew for these figures, if any: shown in the chart's box
  // until the live chart has drawn. Only in one language: previews are drawn for the first screen.
  const key = both ? undefined : previewKey(panel, lang, chartWidth);
  const readPreview = useCallback(() => (key === undefined ? undefined : previewFor(key)), [key]);
  // Rendered at build time too (the first screen), where there is none yet.
  const preview = useSyncExternalStore(onPreview, readPreview, noPreview);
  return (
    <PanelBoundary panel={panel} className="wall-panel" heading="h2" title={panel.title[lang]}>
      <article
        ref={article}
        className={initialClass}
        data-testid="wall-panel"
        data-panel-id={panel.id}
        data-bars={panel.indicators.length}
        data-label-lines={labelLines}
        data-chart-width={chartWidth}
        aria-describedby={descriptionId}
      >
        <div className="wall-panel__head">
          {/* A panel shows its largest bars only: said on it, so no one reads them as all. Put
              first and floated, so a long title runs on beside it and under it rather than
              being squeezed into a column of its own; its description says it to a reader. */}
          {panel.more > 0 && (
            <p className="wall-panel__more" data-testid="wall-panel-more" aria-hidden="true">
              <Bilingual
                text={appText('wall.largestOf', () => ({
                  shown: String(panel.indicators.length),
                  total: String(panel.indicators.length + panel.more),
                }))}
                lang={lang}
                both={both}
              />
            </p>
          )}
          <h2>
            <Bilingual text={panel.title} lang={lang} both={both} />
          </h2>
        </div>
        <LazyPanelChart
          panel={panel}
          mode="wall"
          height="100%"
          labelWidth={Math.round(panelWidth * (lang === 'en' || both ? 0.5 : 0.42))}
          labelLines={labelLines}
          width={chartWidth}
          measuredWidth={chartWidth}
          highlightId={panel.indicators[0]?.id}
          highlightOn={featured}
          pixelScale={Math.max(1, scale)}
          drawWhenIdle={drawWhenIdle}
          describedBy={descriptionId}
          preview={preview}
        />
        <p id={descriptionId} className="visually-hidden">
          {description}
        </p>
        {/* Shown on the featured panel only (styles.css), when the address asks for it. */}
        {caption && (
          <p className="wall-panel__caption" aria-hidden="true" data-testid="wall-caption">
            {description}
          </p>
        )}
      </article>
    </PanelBoundary>
  );
});
