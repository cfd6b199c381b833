import { useId, useMemo, useState, type ReactNode } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { CategoryText } from '../../ui/bundle-text.tsx';
import type { Unit } from '../../data/bundle-format.ts';
import type { Lang } from '../../data/bundle-schema.ts';
import type { BundleIndex } from '../../store/bundle-index.ts';
import type { FilterFacet, Filters } from '../../store/dashboard-store.ts';
import { facetCounts } from '../../store/selectors.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { RemovableChips } from '../../ui/removable-chips.tsx';

interface Chip {
  facet: FilterFacet | 'q';
  value: string;
  label: string;
}

/** Every active filter as a removable chip, in the order of the filter bar. */
export function activeChips(
  index: BundleIndex,
  filters: Filters,
  lang: Lang,
  unitLabel: (unit: Unit) => string,
): Chip[] {
  return [
    ...filters.cat.map((value) => ({
      facet: 'cat' as const,
      value,
      label: index.categoriesById.get(value)?.label[lang] ?? value,
    })),
    ...filters.theme.map((value) => ({
      facet: 'theme' as const,
      value,
      label: index.themesById.get(value)?.label[lang] ?? value,
    })),
    ...filters.unit.map((value) => ({ facet: 'unit' as const, value, label: unitLabel(value) })),
    ...(filters.q ? [{ facet: 'q' as const, value: filters.q, label: `“${filters.q}”` }] : []),
  ];
}

/**
 * Categories, themes, units and search, with counts beside the options. On a narrow screen the
 * options fold away behind a button that says how many are chosen, so the search and the headline
 * figures share the first screen (styles.css); on a wide one the button is hidden and they show.
 */
export function FilterBar({ index, lang }: { index: BundleIndex; lang: Lang }) {
  const { t } = useT();
  const filters = useDashboard((state) => state.filters);
  const toggle = useDashboard((state) => state.toggleFilter);
  const setQuery = useDashboard((state) => state.setQuery);
  const counts = useMemo(() => facetCounts(index, filters), [index, filters]);
  const [open, setOpen] = useState(false);
  const facetsId = useId();
  const chosen = filters.cat.length + filters.theme.length + filters.unit.length;
  return (
    <aside
      className={open ? 'filter-bar filter-bar--open' : 'filter-bar'}
      aria-label={t('filters.title')}
    >
      <h2 className="filter-bar__title">{t('filters.title')}</h2>
      <label className="filter-bar__search">
        <span className="filter-bar__search-label">{t('filters.search')}</span>
        <input
          type="search"
          value={filters.q}
          placeholder={t('filters.searchPlaceholder')}
          onChange={(event) => setQuery(event.target.value.slice(0, 80))}
          data-testid="filter-search"
        />
      </label>
      <button
        type="button"
        className="button button--ghost filter-bar__toggle"
        aria-expanded={open}
        aria-controls={facetsId}
        onClick={() => setOpen((was) => !was)}
        data-testid="filter-toggle"
      >
        {t('filters.title')}
        {chosen > 0 && (
          <>
            <span className="chip__count" aria-hidden="true">
              {chosen}
            </span>
            <span className="visually-hidden">{t('filters.chosen', { count: chosen })}</span>
          </>
        )}
      </button>
      <div className="filter-bar__facets" id={facetsId}>
        <fieldset>
          <legend>{t('filters.category')}</legend>
          {counts.cat.map(({ id, count }) => (
            <FilterOption
              key={id}
              facet="cat"
              id={id}
              count={count}
              label={<CategoryText index={index} id={id} lang={lang} />}
            />
          ))}
        </fieldset>
        {counts.theme.length > 0 && (
          <fieldset>
            <legend>{t('filters.theme')}</legend>
            <div className="chip-row">
              {counts.theme.map(({ id, count }) => (
                <button
                  type="button"
                  key={id}
                  className="chip chip--toggle"
                  aria-pressed={filters.theme.includes(id)}
                  onClick={() => toggle('theme', id)}
                  data-testid={`filter-theme-${id}`}
                >
                  {/* The count stays beside the label's last word when a long label wraps. */}
                  {index.themesById.get(id)?.label[lang]}
                  {'\u00a0'}
                  <span className="chip__count">{count}</span>
                </button>
              ))}
            </div>
          </fieldset>
        )}
        <fieldset>
          <legend>{t('filters.unit')}</legend>
          {counts.unit.map(({ id, count }) => (
            <FilterOption key={id} facet="unit" id={id} count={count} label={t(`units.${id}`)} />
          ))}
        </fieldset>
      </div>
    </aside>
  );
}

/**
 * The filters in force, as removable chips with a way to clear them all, shown above the results
 * rather than at the foot of the filter bar, where they were below the fold on a laptop.
 */
export function ActiveFilters({ index, lang }: { index: BundleIndex; lang: Lang }) {
  const { t } = useT();
  const filters = useDashboard((state) => state.filters);
  const toggle = useDashboard((state) => state.toggleFilter);
  const setQuery = useDashboard((state) => state.setQuery);
  const reset = useDashboard((state) => state.resetFilters);
  const chips = activeChips(index, filters, lang, (unit) => t(`units.${unit}`));
  if (chips.length === 0) return null;
  return (
    <RemovableChips
      chips={chips.map((chip) => ({
        key: `${chip.facet}:${chip.value}`,
        label: chip.label,
        removeLabel: t('filters.remove', { label: chip.label }),
        onRemove: () => (chip.facet === 'q' ? setQuery('') : toggle(chip.facet, chip.value)),
      }))}
      listLabel={t('filters.active')}
      clearText={t('filters.reset')}
      onClear={reset}
      clearTestId="filters-reset"
    />
  );
}

/**
 * One checkbox of a facet, its label and how many indicators it holds (said as "N indicators"
 * to a screen reader, not as a bare number).
 */
function FilterOption({
  facet,
  id,
  count,
  label,
}: {
  facet: 'cat' | 'unit';
  id: string;
  count: number;
  label: ReactNode;
}) {
  const { t } = useT();
  const checked = useDashboard((state) => (state.filters[facet] as readonly string[]).includes(id));
  const toggle = useDashboard((state) => state.toggleFilter);
  return (
    <label className="filter-option">
      <input
        type="checkbox"
        checked={checked}
        onChange={() => toggle(facet, id)}
        data-testid={`filter-${facet}-${id}`}
      />
      <span className="filter-option__label">{label}</span>
      <span className="filter-option__count" aria-label={t('filters.count', { count })}>
        {count}
      </span>
    </label>
  );
}
