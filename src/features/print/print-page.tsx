import './print.css';
import { useEffect, useMemo } from 'react';
import { useT, useTIn } from '../../i18n/use-t.ts';
import { describeIndicators } from '../../charts/options/describe-panel.ts';
import type { Bundle, Indicator, Lang } from '../../data/bundle-schema.ts';
import type { BundleIndex } from '../../store/bundle-index.ts';
import { chartKind, loneFigure } from '../../store/chart-kind.ts';
import type { Filters } from '../../store/dashboard-store.ts';
import {
  filterIndicators,
  headlineIndicators,
  resolvePanels,
  type ResolvedPanel,
} from '../../store/selectors.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { displayValue } from '../../ui/indicator-text.ts';
import { PanelChart } from '../../ui/panel-chart.tsx';
import { barChartHeight } from '../../ui/panel-size.ts';
import { numberSources, type SourceNote } from './footnotes.ts';

/**
 * The chart's width on A4 portrait less the margins (172 mm at 96 dpi, a little under), and the
 * most it takes: a chart follows its box, and print styles widen the page's box to the window, so
 * a briefing printed from a wide window drew its charts window-wide, past the paper's edge.
 */
const CHART_WIDTH = 620;

type FixedT = ReturnType<typeof useTIn>;

/** The filters in force in words, or "all figures". */
function filterText(bundle: Bundle, filters: Filters, lang: Lang, t: FixedT): string {
  const parts = [
    ...filters.cat.map((id) => bundle.categories.find((c) => c.id === id)?.label[lang] ?? id),
    ...filters.theme.map((id) => bundle.themes?.find((th) => th.id === id)?.label[lang] ?? id),
    ...filters.unit.map((unit) => t(`units.${unit}`)),
    ...(filters.q ? [t('print.query', { q: filters.q })] : []),
  ];
  return parts.length ? parts.join(lang === 'zh' ? '、' : ', ') : t('print.allFigures');
}

function Mark({ number, lang }: { number: number | undefined; lang: Lang }) {
  if (number === undefined) return null;
  return (
    <sup className="print-mark">
      <a href={`#print-source-${lang}-${number}`}>{number}</a>
    </sup>
  );
}

function PrintPanel({
  panel,
  lang,
  numberOf,
}: {
  panel: ResolvedPanel;
  lang: Lang;
  numberOf: ReadonlyMap<string, number>;
}) {
  const t = useTIn(lang);
  const title = panel.title[lang];
  const sentence = describeIndicators({
    title,
    indicators: panel.indicators,
    lang,
    more: panel.more,
  });
  const gauge = chartKind(panel, 'print') === 'gauge';
  const id = `print-${lang}-${panel.id}`;
  // One figure needs no chart of one bar: its row of the table says it all.
  const single = loneFigure(panel) !== undefined;
  return (
    <section className="print-panel" data-testid="print-panel" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {!single && (
        <figure
          className="print-figure"
          style={{ maxWidth: CHART_WIDTH }}
          aria-describedby={`${id}-sentence`}
          data-testid="print-chart"
        >
          <PanelChart
            panel={panel}
            mode="print"
            lang={lang}
            height={gauge ? 200 : barChartHeight(panel.indicators.length)}
            labelWidth={lang === 'en' ? 220 : 150}
            width={CHART_WIDTH}
            measuredWidth={CHART_WIDTH}
            describedBy={`${id}-sentence`}
          />
          <figcaption id={`${id}-sentence`} className="print-sentence">
            {sentence}
          </figcaption>
        </figure>
      )}
      <table className="print-table">
        <thead>
          <tr>
            <th scope="col">{t('print.figure')}</th>
            <th scope="col" className="numeric">
              {t('print.value')}
            </th>
          </tr>
        </thead>
        <tbody>
          {panel.indicators.map((indicator) => (
            <tr key={indicator.id}>
              <th scope="row">{indicator.label[lang]}</th>
              <td className="numeric">
                {displayValue(indicator, lang)}
                <Mark number={numberOf.get(indicator.id)} lang={lang} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The whole briefing in one language. */
function Briefing({
  bundle,
  lang,
  filters,
  headline,
  panels,
  notes,
  numberOf,
}: {
  bundle: Bundle;
  lang: Lang;
  filters: Filters;
  headline: readonly Indicator[];
  panels: readonly ResolvedPanel[];
  notes: readonly SourceNote[];
  numberOf: ReadonlyMap<string, number>;
}) {
  const t = useTIn(lang);
  return (
    <article className="print-briefing" lang={lang} data-testid={`print-briefing-${lang}`}>
      <header className="print-header">
        <h1 className="print-title">{bundle.title[lang]}</h1>
        <p className="print-meta">
          <span>{t('print.publisher', { name: bundle.publisher[lang] })}</span>
          <span>{t('print.period', { label: bundle.period.label[lang] })}</span>
          <span>
            {bundle.asOf ? t('print.asOf', { date: bundle.asOf }) : t('print.asOfUnknown')}
          </span>
        </p>
        <p className="print-filters" data-testid="print-filters">
          {t('print.filters', { filters: filterText(bundle, filters, lang, t) })}
        </p>
      </header>
      {headline.length > 0 && (
        <section className="print-headline" aria-labelledby={`print-headline-${lang}`}>
          <h2 id={`print-headline-${lang}`}>{t('print.headline')}</h2>
          <ul>
            {headline.map((indicator) => (
              <li key={indicator.id}>
                <strong className="print-headline__value">
                  {displayValue(indicator, lang)}
                  <Mark number={numberOf.get(indicator.id)} lang={lang} />
                </strong>
                <span>{indicator.label[lang]}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {panels.length === 0 && <p>{t('print.empty')}</p>}
      {panels.map((panel) => (
        <PrintPanel key={panel.id} panel={panel} lang={lang} numberOf={numberOf} />
      ))}
      {notes.length > 0 && (
        <section className="print-sources" aria-labelledby={`print-sources-${lang}`}>
          <h2 id={`print-sources-${lang}`}>{t('print.sources')}</h2>
          <p>{t('print.sourceIntro', { source: bundle.source.title[lang] })}</p>
          <ol data-testid="print-sources">
            {notes.map((note) => (
              <li key={note.number} id={`print-source-${lang}-${note.number}`} value={note.number}>
                <span className="print-sources__label">{note.indicator.label[lang]}</span>
                {lang === 'zh' ? '：' : ': '}
                <q lang="zh">{note.quote}</q>
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}

/**
 * The briefing laid out for A4 paper: title, publisher, period, date, the filters in force, the
 * headline figures, each panel's chart with its sentence and figures, and the report's own words
 * for every figure, numbered. Under `lang=both` the English follows the Chinese.
 */
export function PrintPage({ index }: { index: BundleIndex }) {
  const { t } = useT();
  const lang = useDashboard((state) => state.lang);
  const both = useDashboard((state) => state.langParam === 'both');
  const filters = useDashboard((state) => state.filters);
  const setView = useDashboard((state) => state.setView);
  const { bundle } = index;
  const { headline, panels, notes, numberOf } = useMemo(() => {
    const visible = filterIndicators(index, filters);
    const visibleIds = new Set(visible.map((indicator) => indicator.id));
    const headline = headlineIndicators(index).filter((indicator) => visibleIds.has(indicator.id));
    const panels = resolvePanels(index, visible);
    return {
      headline,
      panels,
      ...numberSources([headline, ...panels.map((panel) => panel.indicators)]),
    };
  }, [index, filters]);
  const languages: Lang[] = both ? ['zh', 'en'] : [lang];
  useEffect(() => {
    const previous = document.title;
    document.title = `${bundle.title[lang]} · ${t('print.title')}`;
    return () => {
      document.title = previous;
    };
  }, [bundle, lang, t]);
  return (
    <main className="print-page" data-testid="print-page">
      <div className="print-toolbar">
        <button type="button" className="button" onClick={() => setView('charts')}>
          {t('print.back')}
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('print.print')}
        </button>
        <p>{t('print.hint')}</p>
      </div>
      {languages.map((language) => (
        <Briefing
          key={language}
          bundle={bundle}
          lang={language}
          filters={filters}
          headline={headline}
          panels={panels}
          notes={notes}
          numberOf={numberOf}
        />
      ))}
    </main>
  );
}
