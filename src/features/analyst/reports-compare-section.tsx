import { useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import type { Lang } from '../../data/bundle-schema.ts';
import type { BundleIndex } from '../../store/bundle-index.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { LoadFailureMessage } from '../../ui/load-failure-message.tsx';
import { RemovableChips } from '../../ui/removable-chips.tsx';
import { AddFigureForm } from './add-figure-form.tsx';
import { CompareExportButtons } from './compare-export-buttons.tsx';
import { CompareNormChoice } from './compare-norm-choice.tsx';
import { CompareReportsTable } from './compare-reports-table.tsx';
import { CompareUnitChart } from './compare-unit-chart.tsx';
import { useCompareView } from './use-compare-view.ts';

/**
 * Figures of several reports side by side, normalised as the reader chooses and says so: one
 * chart per unit, a table naming each figure's report, period and quote, exports of both.
 */
export function ReportsCompareSection({ index, lang }: { index: BundleIndex; lang: Lang }) {
  const { t } = useT();
  const setNorm = useDashboard((state) => state.setNorm);
  const toggle = useDashboard((state) => state.toggleCompare);
  const clear = useDashboard((state) => state.clearCompare);
  const addCompare = useDashboard((state) => state.addCompare);
  const view = useCompareView(index, lang);
  const { norm, normLabel } = view;
  // Each chip's name for a screen reader, worded once per label and language: a comparison over
  // every report has hundreds of chips, and would word them all again each time it grows.
  const [removeLabels] = useState(() => new Map<string, string>());
  const removeLabel = (label: string) => {
    const key = `${lang}|${label}`;
    let text = removeLabels.get(key);
    if (text === undefined) {
      text = t('compareReports.remove', { label });
      removeLabels.set(key, text);
    }
    return text;
  };

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
          chips={view.chips.map(({ entry, label }) => ({
            key: entry,
            label,
            removeLabel: removeLabel(label),
            onRemove: () => toggle(entry),
          }))}
          clearText={t('compareReports.clear')}
          onClear={clear}
        />
      </header>
      <CompareNormChoice
        norm={norm}
        onChange={setNorm}
        per10k={view.per10k}
        denominator={view.denominator}
        per10kMissing={view.per10kMissing}
        vocabularyFailed={view.conceptsFailure !== undefined}
      />
      {view.conceptsFailure && (
        <div role="status" className="status status--notice" data-testid="compare-no-concepts">
          <LoadFailureMessage failure={view.conceptsFailure} />
          <p>{t('compareReports.conceptsFailed')}</p>
        </div>
      )}
      {view.pending && <p className="muted">{t('compareReports.loading')}</p>}
      {view.error && (
        <p role="alert">{t('compareReports.loadFailed', { message: view.error.message })}</p>
      )}
      {view.missing.map((entry) => (
        <p key={entry} className="muted" data-testid="compare-missing">
          {t('compareReports.missing', { entry })}
        </p>
      ))}
      <div className="compare-section__grid">
        {view.groups.map((group) => (
          <CompareUnitChart
            key={group[0]?.unitKey}
            group={group}
            norm={norm}
            normLabel={normLabel}
            sources={view.sources}
            lang={lang}
          />
        ))}
      </div>
      <CompareReportsTable rows={view.texts} normLabel={normLabel} />
      <CompareExportButtons rows={view.texts} norm={norm} normLabel={normLabel} lang={lang} />
      <AddFigureForm catalog={view.catalog} lang={lang} onAdd={(entry) => addCompare([entry])} />
    </section>
  );
}
