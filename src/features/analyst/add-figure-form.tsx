import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../i18n/use-t.ts';
import type { Lang } from '../../data/bundle-schema.ts';
import { bundleQueryOptions } from '../../data/bundle-query.ts';
import type { CatalogEntry } from '../../data/load-bundle.ts';
import { compareEntry } from '../../store/compare-reports.ts';
import { displayValue } from '../../ui/indicator-text.ts';

/** Adds any figure of any catalogue report by hand: pick the report, then the figure. */
export function AddFigureForm({
  catalog,
  lang,
  onAdd,
}: {
  catalog: readonly CatalogEntry[];
  lang: Lang;
  onAdd: (entry: string) => void;
}) {
  const { t } = useT();
  const [report, setReport] = useState('');
  const [figure, setFigure] = useState('');
  const bundle = useQuery({
    ...bundleQueryOptions({ param: report, refreshMinutes: 0 }),
    enabled: report !== '',
  });
  const indicators = bundle.data?.bundle.indicators ?? [];
  return (
    <form
      className="compare-reports__add"
      data-testid="compare-add"
      onSubmit={(event) => {
        event.preventDefault();
        if (report && figure) onAdd(compareEntry({ bundleId: report, indicatorId: figure }));
        setFigure('');
      }}
    >
      <h3>{t('compareReports.addTitle')}</h3>
      <label>
        {t('compareReports.addReport')}{' '}
        <select
          value={report}
          data-testid="compare-add-report"
          onChange={(event) => {
            setReport(event.target.value);
            setFigure('');
          }}
        >
          <option value="">{t('compareReports.addChoose')}</option>
          {catalog.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.title[lang]}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        {t('compareReports.addFigure')}{' '}
        <select
          value={figure}
          data-testid="compare-add-figure"
          disabled={!indicators.length}
          onChange={(event) => setFigure(event.target.value)}
        >
          <option value="">{t('compareReports.addChoose')}</option>
          {indicators.map((indicator) => (
            <option key={indicator.id} value={indicator.id}>
              {`${indicator.label[lang]} · ${displayValue(indicator, lang)}`}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="submit" className="button button--small" disabled={!figure}>
        {t('compareReports.add')}
      </button>
    </form>
  );
}
