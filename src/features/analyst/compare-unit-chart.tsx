import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import type { ChartInstance } from '../../charts/echarts.ts';
import { chartToPng } from '../../charts/export-png.ts';
import type { Lang } from '../../data/bundle-schema.ts';
import type { CompareRow, Norm } from '../../store/compare-reports.ts';
import type { ResolvedPanel } from '../../store/selectors.ts';
import { downloadBlob } from '../../ui/download.ts';
import { MeasuredPanelChart } from '../../ui/lazy-panel-chart.tsx';
import { barChartHeight } from '../../ui/panel-size.ts';
import { roundShown } from './compare-rows-text.ts';

/** Bars drawn before the reader asks for all: hundreds make a chart too tall to read and slow to draw. */
const CHART_CAP = 30;

/** The chart of one unit's rows, titled with the unit and the normalisation, and its PNG export. */
export function CompareUnitChart({
  group,
  norm,
  normLabel,
  sources,
  lang,
}: {
  group: readonly CompareRow[];
  norm: Norm;
  normLabel: string;
  /** The reports' titles, for the image's source line. */
  sources: string;
  lang: Lang;
}) {
  const { t } = useT();
  const chart = useRef<ChartInstance | null>(null);
  const first = group[0] as CompareRow;
  const unitName = first.indicator.measure?.label[lang] ?? t(`units.${first.indicator.unit}`);
  const title = t('compareReports.chartTitle', { unit: unitName, norm: normLabel });
  const [all, setAll] = useState(false);
  const capped = !all && group.length > CHART_CAP;
  const drawn = capped ? group.slice(0, CHART_CAP) : group;
  // The same bars keep the same panel, so a comparison growing below the cap does not redraw it.
  const signature = drawn
    .map((row) => `${row.ref.bundleId}:${row.ref.indicatorId}=${row.value}`)
    .join('|');
  // The figures left out are said by the "show all" button beside the chart, not in the chart's
  // own description: a count that grows with every report read would redraw the chart each time.
  const panel = useMemo(
    () => chartPanel(first.unitKey, title, drawn, lang),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `drawn` is keyed by its signature
    [signature, first.unitKey, title, lang],
  );
  // Drawn in a render of its own, after the rows that changed it: a chart growing to its cap
  // (a new option, a taller canvas) is then never in the same task as the table and the chips.
  const drawnPanel = useDeferredValue(panel);
  const exportPng = async () => {
    if (!chart.current) return;
    const blob = await chartToPng(chart.current, {
      title,
      bundleTitle: t('compareReports.title'),
      source: t('compareReports.pngSource', { sources }),
      lang,
    });
    downloadBlob(blob, `compare-${norm}-${panel.id}-${lang}.png`);
  };
  return (
    <div className="compare-section__cell" data-testid="compare-reports-chart">
      <h3>{title}</h3>
      {drawnPanel.indicators.length > 0 && (
        <MeasuredPanelChart
          panel={drawnPanel}
          mode="analyst"
          height={barChartHeight(drawnPanel.indicators.length)}
          labelWidth={lang === 'en' ? 220 : 160}
          guessWidth={360}
          onInstance={(instance) => {
            chart.current = instance ?? null;
          }}
        />
      )}
      {capped && (
        <button
          type="button"
          className="button button--small"
          onClick={() => setAll(true)}
          data-testid="compare-reports-chart-all"
        >
          {t('compareReports.chartShowAll', { total: group.length, shown: CHART_CAP })}
        </button>
      )}
      <button
        type="button"
        className="button button--small"
        onClick={() => void exportPng()}
        disabled={panel.indicators.length === 0}
        data-testid="compare-reports-png"
      >
        {t('compareReports.exportPng')}
      </button>
    </div>
  );
}

/** The chart of one unit's rows: each bar named by its report; rows with no value are left out. */
function chartPanel(
  key: string,
  title: string,
  group: readonly CompareRow[],
  lang: Lang,
): ResolvedPanel {
  const first = group[0] as CompareRow;
  const indicators = group.flatMap((row) =>
    row.value === undefined
      ? []
      : [
          {
            ...row.indicator,
            id: `${row.ref.bundleId}:${row.ref.indicatorId}`,
            value: roundShown(row.value),
            label: {
              zh: `${row.bundle.publisher.zh} · ${row.indicator.label.zh}`,
              en: `${row.bundle.publisher.en} · ${row.indicator.label.en}`,
            },
          },
        ],
  );
  return {
    id: `compare-reports-${key.replace(/[^a-z0-9-]/g, '-')}`,
    title: { zh: title, en: title, [lang]: title },
    chart: 'bar',
    unit: first.indicator.unit,
    ...(first.indicator.measure ? { measure: first.indicator.measure } : {}),
    indicators,
    auto: true,
    more: 0,
  };
}
