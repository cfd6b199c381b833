import { useTranslation } from 'react-i18next';
import type { Indicator, Lang } from '../../data/bundle-schema.ts';
import { displayValue } from '../../ui/indicator-text.ts';

/** The headline figures; each opens its source. */
export function KpiStrip({
  indicators,
  lang,
  onOpen,
}: {
  indicators: readonly Indicator[];
  lang: Lang;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="kpi-strip" aria-label={t('kpi.title')}>
      {indicators.map((indicator) => (
        <button
          type="button"
          key={indicator.id}
          className="kpi"
          data-testid="kpi"
          onClick={() => onOpen(indicator.id)}
          aria-label={`${indicator.label[lang]} ${displayValue(indicator, lang)}. ${t('kpi.openDetail', { label: indicator.label[lang] })}`}
        >
          <span className="kpi__value" data-testid="kpi-value">
            {displayValue(indicator, lang)}
          </span>
          <span className="kpi__label">{indicator.label[lang]}</span>
        </button>
      ))}
    </section>
  );
}
