import { useMemo, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { BundleText, CategoryText } from '../../ui/bundle-text.tsx';
import { UNITS, unitKey } from '../../data/bundle-format.ts';
import type { Indicator, Lang } from '../../data/bundle-schema.ts';
import { quoteText } from '../../data/quote-match.ts';
import type { SortColumn, TableSort } from '../../store/url-state.ts';
import type { BundleIndex } from '../../store/bundle-index.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { displayValue } from '../../ui/indicator-text.ts';
import { formatExact, unitWord } from '../../lib/format/number.ts';

/** Rows rendered at a time, so a 10,000-indicator bundle stays quick. */
const PAGE_ROWS = 200;

type Column = SortColumn;
type Direction = TableSort['direction'];

/**
 * Sorts rows by one column; text columns compare in the reader's collation. Values sort within
 * each unit, the units in the filter bar's order: ¥104 million is not "more" than 1.48 million
 * person-times.
 */
export function sortRows({
  rows,
  column,
  direction,
  lang,
  categoryLabel,
  collator,
}: {
  rows: readonly Indicator[];
  column: Column;
  direction: Direction;
  lang: Lang;
  categoryLabel: (id: string) => string;
  collator: Intl.Collator;
}): Indicator[] {
  const key = (indicator: Indicator): string | number => {
    switch (column) {
      case 'label':
        return indicator.label[lang];
      case 'category':
        return categoryLabel(indicator.category);
      case 'value':
        return indicator.value;
      case 'unit':
        return unitKey(indicator);
      case 'source':
        return quoteText(indicator.source);
    }
  };
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    // Values sort within a unit (and within one measure): 7000 km is not more than 12000 kW.
    if (column === 'value' && unitKey(a) !== unitKey(b)) {
      const units = UNITS.indexOf(a.unit) - UNITS.indexOf(b.unit);
      return units || collator.compare(unitKey(a), unitKey(b));
    }
    const left = key(a);
    const right = key(b);
    const order =
      typeof left === 'number' && typeof right === 'number'
        ? left - right
        : collator.compare(String(left), String(right));
    return order * sign;
  });
}

/** Every filtered indicator in a sortable table, one click from its source. */
export function IndicatorTable({
  index,
  indicators,
  lang,
  onOpen,
}: {
  index: BundleIndex;
  indicators: readonly Indicator[];
  lang: Lang;
  onOpen: (id: string) => void;
}) {
  const { t } = useT();
  // In the store, so the address keeps it (`sort=label`, `sort=-value`).
  const sort = useDashboard((state) => state.sort);
  const sortBy = useDashboard((state) => state.sortBy);
  const [limit, setLimit] = useState(PAGE_ROWS);
  const collator = useMemo(() => new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en'), [lang]);
  const rows = useMemo(
    () =>
      sortRows({
        rows: indicators,
        ...sort,
        lang,
        collator,
        categoryLabel: (id) => index.categoriesById.get(id)?.label[lang] ?? id,
      }),
    [indicators, sort, lang, collator, index],
  );
  const header = (column: Column, text: string, numeric = false) => (
    <th
      scope="col"
      aria-sort={sort.column === column ? sort.direction : 'none'}
      className={numeric ? 'numeric' : undefined}
    >
      <button type="button" className="sort-button" onClick={() => sortBy(column)}>
        {text}
        <span aria-hidden="true">
          {sort.column === column ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
        </span>
      </button>
    </th>
  );
  return (
    <div className="table-wrap">
      <table className="indicator-table" data-testid="indicator-table">
        <caption>{t('table.caption', { count: rows.length })}</caption>
        <thead>
          <tr>
            {header('label', t('table.label'))}
            {header('category', t('table.category'))}
            {header('value', t('table.value'), true)}
            {header('unit', t('table.unit'))}
            {header('source', t('table.source'))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, limit).map((indicator) => (
            <tr
              key={indicator.id}
              data-testid="table-row"
              data-indicator-id={indicator.id}
              data-unit={indicator.unit}
              data-value={indicator.value}
            >
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onOpen(indicator.id)}>
                  <BundleText text={indicator.label} lang={lang} />
                </button>
              </th>
              <td className="keep-words">
                <CategoryText index={index} id={indicator.category} lang={lang} />
              </td>
              <ValueCell indicator={indicator} lang={lang} />
              <UnitCell indicator={indicator} lang={lang} />
              <td className="quote-cell" lang="zh-CN">
                {quoteText(indicator.source)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > limit && (
        <button
          type="button"
          className="button button--ghost"
          onClick={() => setLimit(limit + PAGE_ROWS)}
        >
          {t('table.showMore', {
            count: Math.min(PAGE_ROWS, rows.length - limit),
            total: rows.length,
          })}
        </button>
      )}
    </div>
  );
}

/** The figure as read, and under it the exact number where the figure rounds or scales it. */
function ValueCell({ indicator, lang }: { indicator: Indicator; lang: Lang }) {
  const shown = displayValue(indicator, lang);
  const exact = formatExact({ value: indicator.value, lang });
  // "525,800 people" over "525,800" said it twice; 52.58万人 and ¥104 million keep theirs.
  const digits = (text: string) => text.replace(/[^\d.]/g, '');
  return (
    <td className="numeric">
      <span>{shown}</span>
      {digits(shown) !== digits(exact) && <span className="exact">{exact}</span>}
    </td>
  );
}

/** The measure word, a hyphenated one ("person-times") not broken at its hyphen. */
function UnitCell({ indicator, lang }: { indicator: Indicator; lang: Lang }) {
  const word = unitWord({
    unit: indicator.unit,
    lang,
    unitLabel: indicator.unitLabel,
    measure: indicator.measure,
  });
  return <td className={/\S-\S/.test(word) ? 'keep-words no-wrap' : 'keep-words'}>{word}</td>;
}
