import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { BundleText } from '../../ui/bundle-text.tsx';
import type { Indicator, Lang } from '../../data/bundle-schema.ts';
import { formatValueParts } from '../../lib/format/number.ts';
import { displayValue } from '../../ui/indicator-text.ts';

/**
 * A figure split into its number and its unit, so the number can be large and the unit wrap
 * under it as a whole ("525,800" over "people"); read together they are exactly the display form.
 */
export function splitFigure(indicator: Indicator, lang: Lang): { number: string; unit: string } {
  const display = displayValue(indicator, lang);
  const { unit } = formatValueParts({ ...indicator, lang });
  if (!unit || !display.endsWith(unit)) return { number: display, unit: '' };
  return { number: display.slice(0, -unit.length), unit };
}

/** The headline figures; each opens its source. */
export const KpiStrip = memo(function KpiStrip({
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
          // Named by what it shows, figure then label, so a reader who says what they see reaches
          // it; what it does is its description, and a mouse's tooltip.
          title={t('kpi.openDetail', { label: indicator.label[lang] })}
        >
          <span className="kpi__value" data-testid="kpi-value">
            <KpiFigure indicator={indicator} lang={lang} />
          </span>
          <span className="kpi__label">
            <BundleText text={indicator.label} lang={lang} keepNotes />
          </span>
        </button>
      ))}
    </section>
  );
});

function KpiFigure({ indicator, lang }: { indicator: Indicator; lang: Lang }) {
  const { number, unit } = splitFigure(indicator, lang);
  return (
    <>
      {number}
      {unit && <span className="kpi__unit">{unit}</span>}
    </>
  );
}
