import { useT } from '../../i18n/use-t.ts';
import { NORMS, type Norm, type PerTenThousand } from '../../store/compare-reports.ts';

/**
 * How the figures are put side by side. Per 10,000 is offered only when every report states its
 * own denominator; when it is off, the reason is said under the choice, not hidden.
 */
export function CompareNormChoice({
  norm,
  onChange,
  per10k,
  denominator,
  per10kMissing,
  vocabularyFailed,
}: {
  norm: Norm;
  onChange: (norm: Norm) => void;
  per10k: PerTenThousand;
  denominator: string;
  /** The reports that lack the denominator, by name. */
  per10kMissing: readonly string[];
  vocabularyFailed: boolean;
}) {
  const { t } = useT();
  const reason = per10k.ok
    ? undefined
    : vocabularyFailed
      ? t('compareReports.per10kNoVocabulary')
      : per10k.concept
        ? t('compareReports.per10kDisabled', {
            denominator,
            missing: per10kMissing.join(t('compareReports.listSeparator')),
            count: per10kMissing.length,
          })
        : t('compareReports.per10kNoConcept');
  return (
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
            aria-describedby={option === 'per-10k' && reason ? 'compare-norm-reason' : undefined}
            onChange={() => onChange(option)}
            data-testid={`norm-${option}`}
          />{' '}
          {t(`compareReports.norm.${option}`, { denominator })}
        </label>
      ))}
      <p className="muted" data-testid="norm-hint">
        {t(`compareReports.normHint.${norm}`, { denominator })}
      </p>
      {reason && (
        <p className="muted" id="compare-norm-reason" data-testid="norm-reason">
          {reason}
        </p>
      )}
    </fieldset>
  );
}
