import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadStatus } from '../../app/use-bundle-sync.ts';
import type { Indicator, Lang, Localized } from '../../data/bundle-schema.ts';
import type { BundleIndex } from '../../store/bundle-index.ts';
import { headlineIndicators, resolvePanels, type ResolvedPanel } from '../../store/selectors.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { formatValueParts } from '../../lib/format/number.ts';
import { displayValue } from '../../ui/indicator-text.ts';
import { LazyPanelChart } from '../../ui/lazy-panel-chart.tsx';
import { PanelBoundary } from '../../ui/panel-error-card.tsx';
import { StatusBanner } from '../../ui/status-banner.tsx';
import { cycleLang, tourPosition } from './tour.ts';
import { useCountUp } from './use-count-up.ts';
import { DESIGN_HEIGHT, DESIGN_WIDTH, useStageScale } from './use-stage-scale.ts';
import { useTour } from './use-tour.ts';

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

/** Text in the wall's language; `both` puts the English under the Chinese. */
function Bilingual({ text, lang, both }: { text: Localized; lang: Lang; both: boolean }) {
  if (!both) return <>{text[lang]}</>;
  return (
    <>
      <span lang="zh-CN">{text.zh}</span>
      <span lang="en" className="wall-en">
        {text.en}
      </span>
    </>
  );
}

function Clock({ lang }: { lang: Lang }) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const time = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(now);
  return (
    <time className="wall-clock" dateTime={now.toISOString()} data-testid="wall-clock">
      {time}
    </time>
  );
}

function WallKpi({ indicator, lang, both }: { indicator: Indicator; lang: Lang; both: boolean }) {
  const target = indicator.value;
  const counted = useCountUp(target);
  const shown = Number.isInteger(target) ? Math.round(counted) : counted;
  const parts = formatValueParts({ ...indicator, value: shown, lang });
  return (
    <div className="wall-kpi" data-testid="wall-kpi">
      <span
        className="wall-kpi__value"
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
}

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

/** The big screen: a 1920×1080 design scaled to any window, touring its panels by itself. */
export function WallPage({ index, status }: { index: BundleIndex; status: LoadStatus }) {
  const { t, i18n } = useTranslation();
  const storeLang = useDashboard((state) => state.lang);
  const langParam = useDashboard((state) => state.langParam);
  const setLang = useDashboard((state) => state.setLang);
  const interval = useDashboard((state) => state.interval);
  const scale = useStageScale();
  const { step, paused } = useTour(interval);
  const { bundle } = index;
  const both = langParam === 'both';
  const lang: Lang = both ? 'zh' : storeLang;
  const layout = both ? LAYOUT.both : LAYOUT[lang];
  // Resolved once per bundle and layout, not on every tour step: a chart whose panel object
  // stays the same keeps its rows and option.
  const panels = useMemo(() => {
    const resolved = resolvePanels(index, index.bundle.indicators, { maxBars: layout.maxBars });
    return both ? resolved.map(bilingualPanel) : resolved;
  }, [index, layout.maxBars, both]);
  const headline = useMemo(() => headlineIndicators(index), [index]);
  const position = tourPosition({ step, panelCount: panels.length, perPage: layout.perPage });
  const pagePanels = panels.slice(
    position.page * layout.perPage,
    (position.page + 1) * layout.perPage,
  );

  useEffect(() => {
    if (langParam !== 'cycle') return;
    const next = cycleLang(position.lap);
    if (next !== storeLang) {
      void i18n.changeLanguage(next);
      setLang(next);
    }
  }, [langParam, position.lap, storeLang, setLang, i18n]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'f' && event.key !== 'F') return;
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => undefined);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const columns = pagePanels.length > 4 ? 3 : Math.min(Math.max(pagePanels.length, 1), 2);
  const rows = Math.ceil(pagePanels.length / columns) || 1;
  const panelWidth = Math.floor((DESIGN_WIDTH - 80 - (columns - 1) * 20) / columns);
  // The chart's width at design size: the panel less its padding and border (styles.css; the
  // browser tests check it). Known without measuring, so a chart is built once, at its size, and
  // its value labels go inside the bars that hold them, leaving the bars the panel's width.
  const chartWidth = panelWidth - PANEL_CHROME;
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
              {bundle.asOf ? `${t('wall.dataAsOf')} ${bundle.asOf}` : t('wall.dataAsOfUnknown')}
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
        <section
          className="wall-panels"
          style={{
            gridTemplateColumns: `repeat(${columns}, 1fr)`,
            gridTemplateRows: `repeat(${rows}, 1fr)`,
          }}
        >
          {pagePanels.map((panel, slot) => (
            <PanelBoundary
              key={panel.id}
              panel={panel}
              className="wall-panel"
              heading="h2"
              title={panel.title[lang]}
            >
              <article
                className={`wall-panel${slot === position.featured ? ' wall-panel--featured' : ''}`}
                data-testid="wall-panel"
                data-featured={slot === position.featured}
                data-bars={panel.indicators.length}
                data-label-lines={layout.labelLines}
                data-chart-width={chartWidth}
              >
                <h2>
                  <Bilingual text={panel.title} lang={lang} both={both} />
                </h2>
                <LazyPanelChart
                  panel={panel}
                  lang={lang}
                  mode="wall"
                  height="100%"
                  labelWidth={Math.round(panelWidth * (lang === 'en' || both ? 0.5 : 0.42))}
                  labelLines={layout.labelLines}
                  width={chartWidth}
                  measuredWidth={chartWidth}
                  highlightId={slot === position.featured ? panel.indicators[0]?.id : undefined}
                  pixelScale={Math.max(1, scale)}
                />
              </article>
            </PanelBoundary>
          ))}
        </section>
        <footer className="wall-footer">
          <span>{t('panel.source', { source: bundle.source.title[lang] })}</span>
          <span data-testid="tour-state">{paused ? t('wall.paused') : t('wall.fullscreen')}</span>
        </footer>
      </div>
    </div>
  );
}
