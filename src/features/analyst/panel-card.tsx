import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { BundleText } from '../../ui/bundle-text.tsx';
import type { ChartInstance } from '../../charts/echarts.ts';
import { chartToPng } from '../../charts/export-png.ts';
import { describeIndicators } from '../../charts/options/describe-panel.ts';
import type { Bundle, Lang } from '../../data/bundle-schema.ts';
import { chartKind, loneFigure } from '../../store/chart-kind.ts';
import type { ResolvedPanel } from '../../store/selectors.ts';
import { displayValue } from '../../ui/indicator-text.ts';
import { MeasuredPanelChart } from '../../ui/lazy-panel-chart.tsx';
import { barChartHeight } from '../../ui/panel-size.ts';
import { downloadBlob } from '../../ui/download.ts';
import { keepRunsWhole } from '../../ui/note-text.tsx';

/** One chart per card, a source line under it, and a table one click away. */
export const PanelCard = memo(function PanelCard({
  panel,
  bundle,
  lang,
  onOpen,
}: {
  panel: ResolvedPanel;
  bundle: Bundle;
  lang: Lang;
  onOpen: (id: string) => void;
}) {
  const { t } = useT();
  const [asTable, setAsTable] = useState(false);
  const chart = useRef<ChartInstance | null>(null);
  const setInstance = useCallback((instance: ChartInstance | null) => {
    chart.current = instance;
  }, []);
  const title = panel.title[lang];
  const source = t('panel.source', { source: bundle.source.title[lang] });
  const description = useMemo(
    () => describeIndicators({ title, indicators: panel.indicators, lang, more: panel.more }),
    [title, panel.indicators, panel.more, lang],
  );
  const descriptionId = `panel-${panel.id}-description`;
  const single = loneFigure(panel);
  const height =
    chartKind(panel, 'analyst') === 'gauge' ? 220 : barChartHeight(panel.indicators.length);

  const exportPng = async () => {
    if (!chart.current) return;
    const blob = await chartToPng(chart.current, {
      title,
      bundleTitle: bundle.title[lang],
      source,
      description,
      lang,
    });
    downloadBlob(blob, `${bundle.id}-${panel.id}-${lang}.png`);
  };

  return (
    <article
      className="panel-card"
      data-testid="panel"
      data-panel-id={panel.id}
      {...(single ? { 'data-single': 'true' } : {})}
      aria-labelledby={`panel-${panel.id}`}
      aria-describedby={descriptionId}
    >
      <header className="panel-card__header">
        <h3 id={`panel-${panel.id}`}>{keepRunsWhole(title)}</h3>
        {!single && (
          <div className="panel-card__actions">
            <button
              type="button"
              className="button button--small"
              onClick={() => setAsTable(!asTable)}
              aria-pressed={asTable}
            >
              {asTable ? t('panel.viewChart') : t('panel.viewTable')}
            </button>
            {!asTable && (
              <button
                type="button"
                className="button button--small"
                onClick={() => void exportPng()}
                data-testid="export-png"
              >
                {t('panel.exportPng')}
              </button>
            )}
          </div>
        )}
      </header>
      {single ? (
        <button type="button" className="panel-figure" onClick={() => onOpen(single.id)}>
          <span className="panel-figure__value">{displayValue(single, lang)}</span>
          <span className="panel-figure__label">
            <BundleText text={single.label} lang={lang} />
          </span>
        </button>
      ) : asTable ? (
        <table className="mini-table">
          <caption className="visually-hidden">{title}</caption>
          <tbody>
            {panel.indicators.map((indicator) => (
              <tr key={indicator.id}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onOpen(indicator.id)}
                  >
                    <BundleText text={indicator.label} lang={lang} />
                  </button>
                </th>
                <td className="numeric">{displayValue(indicator, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <MeasuredPanelChart
          panel={panel}
          mode="analyst"
          deferUntilNear
          height={height}
          labelWidth={lang === 'en' ? 210 : 150}
          guessWidth={440}
          onItemClick={onOpen}
          onInstance={setInstance}
          describedBy={descriptionId}
        />
      )}
      {panel.more > 0 && (
        <p className="panel-card__more">{t('panel.more', { count: panel.more })}</p>
      )}
      <p id={descriptionId} className="visually-hidden">
        {description}
      </p>
      <p className="panel-card__source">{source}</p>
    </article>
  );
});
