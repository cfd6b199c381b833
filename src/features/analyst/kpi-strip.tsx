import { memo } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { BundleText } from '../../ui/bundle-text.tsx';
import type { Indicator, Lang } from '../../data/bundle-schema.ts';
import { formatValueParts } from '../../lib/format/number.ts';
import { displayValue } from '../../ui/indicator-text.ts';

/**
 * A figure split into its qualifier, its number and its unit, so the number can be large and the
 * words around it small ("about" over "3.3%", "525,800" over "people"); read together they are
 * exactly the display form.
 */
export function splitFigure(
  indicator: Indicator,
  lang: Lang,
): { prefix: string; number: string; unit: string } {
  const display = displayValue(indicator, lang);
  const parts = formatValueParts({ ...indicator, lang });
  const unit = parts.unit && display.endsWith(parts.unit) ? parts.unit : '';
  const rest = display.slice(0, display.length - unit.length);
  // The qualifier with the space after it (English), only where the display starts with it.
  const word = parts.prefix && rest.startsWith(parts.prefix) ? parts.prefix : '';
  const prefix = word + (word && rest[word.length] === ' ' ? ' ' : '');
  return { prefix, number: rest.slice(prefix.length), unit };
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
  const { t } = useT();
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
  const { prefix, number, unit } = splitFigure(indicator, lang);
  return (
    <>
      {prefix && <span className="kpi__unit">{prefix}</span>}
      {number}
      {unit && <span className="kpi__unit">{unit}</span>}
    </>
  );
}
