import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartInstance } from '../../charts/echarts.ts';
import { chartToPng } from '../../charts/export-png.ts';
import type { Lang } from '../../data/bundle-schema.ts';
import type { BundleIndex } from '../../store/bundle-index.ts';
import {
  compareRows,
  groupRowsByUnit,
  NORMS,
  parseCompareEntry,
  perTenThousand,
  type CompareRow,
  type FigureRef,
} from '../../store/compare-reports.ts';
import type { ResolvedPanel } from '../../store/selectors.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { downloadBlob, downloadFile } from '../../ui/download.ts';
import { MeasuredPanelChart } from '../../ui/lazy-panel-chart.tsx';
import { barChartHeight } from '../../ui/panel-size.ts';
import { RemovableChips } from '../../ui/removable-chips.tsx';
import { AddFigureForm } from './add-figure-form.tsx';
import { compareCsv, compareJson, roundShown, rowText } from './compare-rows-text.ts';
import { useComparedBundles } from './use-compared-bundles.ts';

/**
 * Figures of several reports side by side, normalised as the reader chooses and says so: one
 * chart per unit, a table naming each figure's report, period and quote, exports of both.
 */
export function ReportsCompareSection({ index, lang }: { index: BundleIndex; lang: Lang }) {
  const { t } = useTranslation();
  const entries = useDashboard((state) => state.compare);
  const norm = useDashboard((state) => state.norm);
  const setNorm = useDashboard((state) => state.setNorm);
  const toggle = useDashboard((state) => state.toggleCompare);
  const clear = useDashboard((state) => state.clearCompare);
  const addCompare = useDashboard((state) => state.addCompare);
  const charts = useRef(new Map<string, ChartInstance>());
  const refs = entries
    .map((entry) => parseCompareEntry(entry, index.bundle.id))
    .filter((ref): ref is FigureRef => ref !== undefined);
  const { loaded, pending, error, concepts, catalog } = useComparedBundles(
    index,
    refs.map((ref) => ref.bundleId),
  );
  const rows = compareRows({ refs, lookup: (id) => loaded.get(id), concepts, norm });
  const groups = groupRowsByUnit(rows);
  const texts = groups.flatMap((group) =>
    group.map((row) => ({ row, text: rowText(row, group[0] as CompareRow, norm, lang, t) })),
  );
  const bundles = [...new Set(rows.map((row) => row.bundle))];
  const per10k = perTenThousand(bundles, concepts);
  const denominator = per10k.concept?.label[lang] ?? '';
  const missing = entries.filter(
    (entry) =>
      !pending &&
      !rows.some((row) => {
        const ref = parseCompareEntry(entry, index.bundle.id);
        return ref?.bundleId === row.ref.bundleId && ref.indicatorId === row.ref.indicatorId;
      }),
  );
  const sources = bundles
    .map((bundle) => bundle.source.title[lang])
    .join(lang === 'zh' ? '；' : '; ');
  const normLabel = t(`compareReports.norm.${norm}`, { denominator });

  return (
    <section
      className="compare-section"
      aria-labelledby="compare-reports-title"
      data-testid="compare-reports"
    >
      <header className="compare-section__header">
        <h2 id="compare-reports-title">{t('compareReports.title')}</h2>
        <p>{t('compareReports.intro')}</p>
        <RemovableChips
          chips={entries.map((entry) => {
            const ref = parseCompareEntry(entry, index.bundle.id);
            const row = rows.find(
              (item) =>
                item.ref.bundleId === ref?.bundleId && item.ref.indicatorId === ref.indicatorId,
            );
            const label = row
              ? `${row.bundle.publisher[lang]} · ${row.indicator.label[lang]}`
              : entry;
            return {
              key: entry,
              label,
              removeLabel: t('compareReports.remove', { label }),
              onRemove: () => toggle(entry),
            };
          })}
          clearText={t('compareReports.clear')}
          onClear={clear}
        />
      </header>
      <fieldset className="compare-reports__norm">
        <legend>{t('compareReports.normLegend')}</legend>
        {NORMS.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="compare-norm"
              value={option}
              checked={norm === option}
              disabled={option === 'per-10k' && !per10k.ok}
              onChange={() => setNorm(option)}
              data-testid={`norm-${option}`}
            />{' '}
            {t(`compareReports.norm.${option}`, { denominator })}
          </label>
        ))}
        <p className="muted" data-testid="norm-hint">
          {t(`compareReports.normHint.${norm}`, { denominator })}
        </p>
        {!per10k.ok && (
          <p className="muted" data-testid="norm-reason">
            {per10k.concept
              ? t('compareReports.per10kDisabled', {
                  denominator,
                  missing: per10k.missing
                    .map((id) => loaded.get(id)?.bundle.publisher[lang] ?? id)
                    .join(lang === 'zh' ? '、' : ', '),
                })
              : t('compareReports.per10kNoConcept')}
          </p>
        )}
      </fieldset>
      {pending && <p className="muted">{t('compareReports.loading')}</p>}
      {error && <p role="alert">{t('compareReports.loadFailed', { message: error.message })}</p>}
      {missing.map((entry) => (
        <p key={entry} className="muted" data-testid="compare-missing">
          {t('compareReports.missing', { entry })}
        </p>
      ))}
      <div className="compare-section__grid">
        {groups.map((group) => {
          const first = group[0] as CompareRow;
          const unitName =
            first.indicator.measure?.label[lang] ?? t(`units.${first.indicator.unit}`);
          const title = t('compareReports.chartTitle', { unit: unitName, norm: normLabel });
          const panel = chartPanel(first.unitKey, title, group, lang);
          const exportPng = async () => {
            const chart = charts.current.get(first.unitKey);
            if (!chart) return;
            const blob = await chartToPng(chart, {
              title,
              bundleTitle: t('compareReports.title'),
              source: t('compareReports.pngSource', { sources }),
              lang,
            });
            downloadBlob(blob, `compare-${norm}-${panel.id}-${lang}.png`);
          };
          return (
            <div
              key={first.unitKey}
              className="compare-section__cell"
              data-testid="compare-reports-chart"
            >
              <h3>{title}</h3>
              {panel.indicators.length > 0 && (
                <MeasuredPanelChart
                  panel={panel}
                  mode="analyst"
                  height={barChartHeight(panel.indicators.length)}
                  labelWidth={lang === 'en' ? 220 : 160}
                  guessWidth={360}
                  onInstance={(chart) => {
                    if (chart) charts.current.set(first.unitKey, chart);
                    else charts.current.delete(first.unitKey);
                  }}
                />
              )}
              <button
                type="button"
                className="button button--small"
                onClick={() => void exportPng()}
                data-testid="compare-reports-png"
              >
                {t('compareReports.exportPng')}
              </button>
            </div>
          );
        })}
      </div>
      <div className="compare-reports__table-wrap">
        <table className="compare-reports__table" data-testid="compare-reports-table">
          <caption>{t('compareReports.tableCaption', { norm: normLabel })}</caption>
          <thead>
            <tr>
              {(
                [
                  'report',
                  'period',
                  'figure',
                  'value',
                  'asStated',
                  'qualifier',
                  'note',
                  'quote',
                ] as const
              ).map((key) => (
                <th key={key} scope="col">
                  {t(`compareReports.csv.${key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {texts.map(({ row, text }) => (
              <tr
                key={`${row.ref.bundleId}:${row.ref.indicatorId}`}
                data-testid="compare-reports-row"
              >
                <td>{text.report}</td>
                <td>{text.period}</td>
                <td>{text.figure}</td>
                <td className="numeric">{text.value}</td>
                <td className="numeric">{text.asStated}</td>
                <td>{text.qualifier}</td>
                <td>
                  {text.note}
                  {text.flags.map((flag) => (
                    <strong key={flag} className="compare-reports__flag" data-testid="compare-flag">
                      {' ⚠ '}
                      {flag}
                    </strong>
                  ))}
                </td>
                <td lang="zh-CN">{text.quote}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <button
          type="button"
          className="button button--small"
          data-testid="compare-reports-csv"
          onClick={() => downloadFile(compareCsv(texts, norm, lang, t))}
        >
          {t('compareReports.exportCsv')}
        </button>{' '}
        <button
          type="button"
          className="button button--small"
          data-testid="compare-reports-json"
          onClick={() => downloadFile(compareJson(texts, norm, lang))}
        >
          {t('compareReports.exportJson')}
        </button>
      </p>
      <AddFigureForm catalog={catalog} lang={lang} onAdd={(entry) => addCompare([entry])} />
    </section>
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
