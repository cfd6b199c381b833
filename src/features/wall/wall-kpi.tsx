import { memo, type CSSProperties } from 'react';
import type { Indicator, Lang } from '../../data/bundle-schema.ts';
import { formatValueParts } from '../../lib/format/number.ts';
import { displayValue } from '../../ui/indicator-text.ts';
import { Bilingual } from './bilingual.tsx';
import { useCountUp } from './use-count-up.ts';
import { numberEms } from './wall-layout.ts';

/** A headline figure in very large numerals, counting up only when a refresh changes it. */
export const WallKpi = memo(function WallKpi({
  indicator,
  lang,
  both,
}: {
  indicator: Indicator;
  lang: Lang;
  both: boolean;
}) {
  const target = indicator.value;
  const counted = useCountUp(target);
  const round = (value: number) => (Number.isInteger(target) ? Math.round(value) : value);
  const parts = formatValueParts({ ...indicator, value: round(counted.shown), lang });
  // The number's box holds room for the figure it counts to and the one it counts from (tabular
  // digits: no value between them is wider), so nothing beside or below it moves while it counts.
  const room = [target, counted.previous].map(
    (value) => formatValueParts({ ...indicator, value: round(value), lang }).number,
  );
  // A word of English stands apart from the number; 万人, 亿元 and % follow it as they do in print.
  const tight = !/^[A-Za-z]/.test(parts.unit);
  return (
    <div className="wall-kpi" data-testid="wall-kpi">
      <span
        className={tight ? 'wall-kpi__value wall-kpi__value--tight' : 'wall-kpi__value'}
        data-testid="wall-kpi-value"
        aria-label={displayValue(indicator, lang)}
      >
        {parts.prefix && (
          <span
            className={
              /^[A-Za-z]/.test(parts.prefix)
                ? 'wall-kpi__unit wall-kpi__prefix-word'
                : 'wall-kpi__unit'
            }
          >
            {parts.prefix}
          </span>
        )}
        <span
          className="wall-kpi__number"
          data-room-to={room[0]}
          data-room-from={room[1]}
          // The type shrinks to fit the card only for a number too wide for it (styles.css).
          style={{ '--number-ems': Math.max(...room.map(numberEms)) } as CSSProperties}
        >
          <span>{parts.number}</span>
        </span>
        <span className="wall-kpi__unit">{parts.unit}</span>
      </span>
      {both && (
        // In two languages the figure in English too: 万 and 亿 are not every reader's. The figure
        // counted to, not each step of a count: its line never changes length while the digits
        // above it count, so the strip's rows (styles.css) never move.
        <span className="wall-kpi__value-en wall-en" lang="en" data-testid="wall-kpi-value-en">
          {displayValue(indicator, 'en')}
        </span>
      )}
      <span className="wall-kpi__label">
        <Bilingual text={indicator.label} lang={lang} both={both} keepNotes />
      </span>
    </div>
  );
});
