import {
  memo,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadStatus } from '../../data/load-status.ts';
import type { Indicator, Lang, Localized } from '../../data/bundle-schema.ts';
import type { BundleIndex } from '../../store/bundle-index.ts';
import { headlineIndicators, resolvePanels, type ResolvedPanel } from '../../store/selectors.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { formatValueParts } from '../../lib/format/number.ts';
import { derived, watchNow, type Watchable } from '../../lib/watchable.ts';
import { displayValue } from '../../ui/indicator-text.ts';
import { LazyPanelChart } from '../../ui/lazy-panel-chart.tsx';
import { PanelBoundary } from '../../ui/panel-error-card.tsx';
import { StatusBanner } from '../../ui/status-banner.tsx';
import { cycleLang, keptPages, tourPosition, type TourPosition } from './tour.ts';
import { useCountUp } from './use-count-up.ts';
import { DESIGN_HEIGHT, DESIGN_WIDTH, useStageScale } from './use-stage-scale.ts';
import { useTour, type Tour } from './use-tour.ts';

/**
 * Panels on one page of the wall, bars per panel and lines per bar label, so that 24 px labels
 * fit without colliding: Chinese labels take one line; English ones are longer, so a page holds
 * four wider panels and a label may wrap to two lines; in two languages each label is a Chinese
 * line over up to two English ones, so a page holds two wide panels. A chart fills the height its
 * panel has left, whatever the header and headline figures take; the browser tests check that
 * every bar has room for its label's lines.
 */
const LAYOUT = {
  zh: { perPage: 6, maxBars: 5, labelLines: 1 },
  en: { perPage: 4, maxBars: 4, labelLines: 2 },
  both: { perPage: 2, maxBars: 4, labelLines: 3 },
} as const;

/** Horizontal padding and border of a wall panel, in design pixels (`.wall-panel` in styles.css). */
const PANEL_CHROME = 2 * 16 + 2 * 1;

/**
 * Panels (each a canvas, at 4K about 2.5 MB of pixels) the stage may hold across its pages. Two
 * pages of the Chinese layout: the default bundle's ten panels stay drawn in every layout, so a
 * wall that runs for days never builds a chart again after its first lap.
 */
const KEEP_PANELS = 12;

/**
 * One of the app's own texts in both languages, for `Bilingual`; `options` may differ by
 * language (a bundle's title in each).
 */
function useAppText(): (
  key: AppTextKey,
  options?: (lang: Lang) => Record<string, string>,
) => Localized {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const zh = i18n.getFixedT('zh');
    const en = i18n.getFixedT('en');
    return (key, options) => ({ zh: zh(key, options?.('zh')), en: en(key, options?.('en')) });
  }, [i18n]);
}

/** The wall's own texts that `lang=both` shows in both languages. */
type AppTextKey =
  'wall.paused' | 'wall.fullscreen' | 'wall.dataAsOf' | 'wall.dataAsOfUnknown' | 'panel.source';

/** Text in the wall's language; `both` puts the English under the Chinese. */
function Bilingual({ text, lang, both }: { text: Localized; lang: Lang; both: boolean }) {
  if (!both) return <>{text[lang]}</>;
  return (
    <>
      <span lang="zh-CN">{text.zh}</span>{' '}
      <span lang="en" className="wall-en">
        {text.en}
      </span>
    </>
  );
}

/**
 * The time, to the second. It ticks by writing its own text (React renders the element and
 * leaves its content alone): a wall that runs for days re-renders nothing once a second.
 */
const Clock = memo(function Clock({ lang }: { lang: Lang }) {
  const element = useRef<HTMLTimeElement>(null);
  // Before the first paint, so the clock never shows empty.
  useLayoutEffect(() => {
    const format = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hour12: false,
    });
    const tick = () => {
      const now = new Date();
      if (!element.current) return;
      element.current.textContent = format.format(now);
      element.current.dateTime = now.toISOString();
    };
    tick();
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [lang]);
  return <time ref={element} className="wall-clock" data-testid="wall-clock" />;
});

const WallKpi = memo(function WallKpi({
  indicator,
  lang,
  both,
}: {
  indicator: Indicator;
  lang: Lang;
  both: boolean;
}) {
  const target = indicator.value;
  const counted = useCountUp(target);
  const shown = Number.isInteger(target) ? Math.round(counted) : counted;
  const parts = formatValueParts({ ...indicator, value: shown, lang });
  // A word of English stands apart from the number; 万人, 亿元 and % follow it as they do in print.
  const tight = !/^[A-Za-z]/.test(parts.unit);
  return (
    <div className="wall-kpi" data-testid="wall-kpi">
      <span
        className={tight ? 'wall-kpi__value wall-kpi__value--tight' : 'wall-kpi__value'}
        data-testid="wall-kpi-value"
        aria-label={displayValue(indicator, lang)}
      >
        {parts.prefix && <span className="wall-kpi__unit">{parts.prefix}</span>}
        <span className="wall-kpi__number">{parts.number}</span>
        <span className="wall-kpi__unit">{parts.unit}</span>
      </span>
      <span className="wall-kpi__label">
        <Bilingual text={indicator.label} lang={lang} both={both} />
      </span>
    </div>
  );
});

/** Both languages in one chart label, for `lang=both`. */
function bilingualPanel(panel: ResolvedPanel): ResolvedPanel {
  return {
    ...panel,
    indicators: panel.indicators.map((indicator) => ({
      ...indicator,
      label: { zh: `${indicator.label.zh}\n${indicator.label.en}`, en: indicator.label.en },
    })),
  };
}

interface PanelLayout {
  lang: Lang;
  both: boolean;
  /** Lines a bar's label may take. */
  labelLines: number;
  /** The stage's scale, for crisp canvases. */
  scale: number;
}

/**
 * One panel of the wall. The tour features it without a render: it sets its own glow, and its
 * chart holds the featured bar in emphasis, while `featured` is true.
 */
const WallPanel = memo(function WallPanel({
  panel,
  featured,
  drawWhenIdle,
  panelWidth,
  lang,
  both,
  labelLines,
  scale,
}: PanelLayout & {
  panel: ResolvedPanel;
  featured: Watchable<boolean>;
  /** Drawn ahead, out of sight, once the page on the screen is drawn and idle. */
  drawWhenIdle: boolean;
  panelWidth: number;
}) {
  const article = useRef<HTMLElement>(null);
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
  // browser tests check it). Known without measuring, so a chart is built once, at its size, and
  // its value labels go inside the bars that hold them, leaving the bars the panel's width.
  const chartWidth = panelWidth - PANEL_CHROME;
  return (
    <PanelBoundary panel={panel} className="wall-panel" heading="h2" title={panel.title[lang]}>
      <article
        ref={article}
        className="wall-panel"
        data-testid="wall-panel"
        data-bars={panel.indicators.length}
        data-label-lines={labelLines}
        data-chart-width={chartWidth}
      >
        <h2>
          <Bilingual text={panel.title} lang={lang} both={both} />
        </h2>
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
        />
      </article>
    </PanelBoundary>
  );
});

/**
 * A page of panels, laid out for its own count. The stage keeps pages once drawn and stacks
 * them; those not shown are hidden, and a page turn fades one out and the next in. The tour shows
 * and hides a page, and features its panels, without a render: a wall that runs for days does a
 * step's work in the DOM and two charts, and V8 is not kept busy optimising React's render of it.
 */
const WallPanelPage = memo(function WallPanelPage({
  panels,
  page,
  position,
  ...layout
}: PanelLayout & {
  panels: ResolvedPanel[];
  page: number;
  position: Watchable<TourPosition>;
}) {
  const shown = useMemo(() => derived(position, (at) => at.page === page), [position, page]);
  const featured = useMemo(
    () =>
      panels.map((_, slot) => derived(position, (at) => at.page === page && at.featured === slot)),
    [panels, position, page],
  );
  // A page out of sight is drawn ahead, when idle, until it is first shown; then at once.
  const [shownOnce, setShownOnce] = useState(() => shown.get());
  const element = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    let told = false;
    return watchNow(shown, (on) => {
      const box = element.current;
      if (!box) return;
      box.classList.toggle('wall-page--shown', on);
      box.inert = !on;
      if (on) box.removeAttribute('aria-hidden');
      else box.setAttribute('aria-hidden', 'true');
      if (on && !told) {
        told = true;
        setShownOnce(true);
      }
    });
  }, [shown]);
  const columns = panels.length > 4 ? 3 : Math.min(Math.max(panels.length, 1), 2);
  const rows = Math.ceil(panels.length / columns) || 1;
  const panelWidth = Math.floor((DESIGN_WIDTH - 80 - (columns - 1) * 20) / columns);
  return (
    <div
      ref={element}
      className="wall-page"
      style={{
        gridTemplateColumns: `repeat(${columns}, 1fr)`,
        gridTemplateRows: `repeat(${rows}, 1fr)`,
      }}
    >
      {panels.map((panel, slot) => (
        <WallPanel
          key={panel.id}
          panel={panel}
          featured={featured[slot] as Watchable<boolean>}
          drawWhenIdle={!shownOnce}
          panelWidth={panelWidth}
          {...layout}
        />
      ))}
    </div>
  );
});

/** Whether the tour is paused, or how to go full screen: renders only when that changes. */
function TourState({ tour, lang, both }: { tour: Tour; lang: Lang; both: boolean }) {
  const text = useAppText();
  const paused = useSyncExternalStore(tour.paused.subscribe, tour.paused.get);
  return (
    <span data-testid="tour-state">
      <Bilingual text={text(paused ? 'wall.paused' : 'wall.fullscreen')} lang={lang} both={both} />
    </span>
  );
}

/** The big screen: a 1920×1080 design scaled to any window, touring its panels by itself. */
export function WallPage({ index, status }: { index: BundleIndex; status: LoadStatus }) {
  const { t } = useTranslation();
  const lang = useDashboard((state) => state.lang);
  const langParam = useDashboard((state) => state.langParam);
  const setLang = useDashboard((state) => state.setLang);
  const interval = useDashboard((state) => state.interval);
  const scale = useStageScale();
  const tour = useTour(interval);
  const { bundle } = index;
  const both = langParam === 'both';
  const layout = both ? LAYOUT.both : LAYOUT[lang];
  const text = useAppText();
  const sourceLine = text('panel.source', (language) => ({
    source: bundle.source.title[language],
  }));
  const dated = text('wall.dataAsOf');
  const asOfLine = bundle.asOf
    ? { zh: `${dated.zh} ${bundle.asOf}`, en: `${dated.en} ${bundle.asOf}` }
    : text('wall.dataAsOfUnknown');
  // Resolved once per bundle and layout, not on every tour step: a chart whose panel object
  // stays the same keeps its rows and option.
  const panels = useMemo(() => {
    const resolved = resolvePanels(index, index.bundle.indicators, { maxBars: layout.maxBars });
    return both ? resolved.map(bilingualPanel) : resolved;
  }, [index, layout.maxBars, both]);
  const headline = useMemo(() => headlineIndicators(index), [index]);
  const position = useMemo(
    () =>
      derived(tour.step, (step) =>
        tourPosition({ step, panelCount: panels.length, perPage: layout.perPage }),
      ),
    [tour.step, panels.length, layout.perPage],
  );
  const pagesOfPanels = useMemo(
    () =>
      Array.from({ length: Math.ceil(panels.length / layout.perPage) }, (_, page) =>
        panels.slice(page * layout.perPage, (page + 1) * layout.perPage),
      ),
    [panels, layout.perPage],
  );
  // What a step may render: the pages kept on the stage (they change at a page turn only when
  // not all pages are kept) and, under `lang=cycle`, the language of the lap.
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
  const keptKey = useSyncExternalStore(kept.subscribe, kept.get);
  const pages = keptKey === '' ? [] : keptKey.split(' ').map(Number);
  const lapLang = useMemo(
    () => derived(position, (at) => (langParam === 'cycle' ? cycleLang(at.lap) : undefined)),
    [position, langParam],
  );
  const cycleTo = useSyncExternalStore(lapLang.subscribe, lapLang.get);
  // Under `lang=both` the wall is Chinese with the English under it; under `lang=cycle` each lap
  // of the tour is in the other language. Either way the store's action changes it, and the
  // address keeps `both` or `cycle`.
  const wallLang = both ? 'zh' : cycleTo;
  useEffect(() => {
    if (wallLang !== undefined && wallLang !== lang) setLang(wallLang, 'wall');
  }, [wallLang, lang, setLang]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'f' && event.key !== 'F') return;
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => undefined);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const stageStyle = {
    width: DESIGN_WIDTH,
    height: DESIGN_HEIGHT,
    transform: `translate(-50%, -50%) scale(${scale})`,
  };

  return (
    <div className="wall-viewport" data-testid="wall">
      <div className="wall-stage" style={stageStyle} data-scale={scale.toFixed(4)}>
        <header
          className={`wall-header${bundle.title[lang].length > 36 ? ' wall-header--long' : ''}`}
        >
          <div className="wall-header__title">
            <h1 data-testid="bundle-title">
              <Bilingual text={bundle.title} lang={lang} both={both} />
            </h1>
            <p>
              <Bilingual text={bundle.publisher} lang={lang} both={both} />
            </p>
          </div>
          <div className="wall-header__meta">
            <span className="wall-period">
              <Bilingual text={bundle.period.label} lang={lang} both={both} />
            </span>
            <span className="wall-asof">
              <Bilingual text={asOfLine} lang={lang} both={both} />
            </span>
            <Clock lang={lang} />
          </div>
        </header>
        <StatusBanner status={status} compact />
        <section className="wall-kpis" aria-label={t('kpi.title')}>
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
              scale={scale}
            />
          ))}
        </section>
        <footer className="wall-footer">
          <span>
            <Bilingual text={sourceLine} lang={lang} both={both} />
          </span>
          <TourState tour={tour} lang={lang} both={both} />
        </footer>
      </div>
    </div>
  );
}
