import { useMemo } from 'react';
import { useT } from '../../i18n/use-t.ts';
import type { Lang } from '../../data/bundle-schema.ts';
import type { BundleIndex } from '../../store/bundle-index.ts';
import { chartKind } from '../../store/chart-kind.ts';
import { compareGroups, type ResolvedPanel } from '../../store/selectors.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { MeasuredPanelChart } from '../../ui/lazy-panel-chart.tsx';
import { barChartHeight } from '../../ui/panel-size.ts';
import { RemovableChips } from '../../ui/removable-chips.tsx';
import { ReportsCompareSection } from './reports-compare-section.tsx';

/** The analyst's own picks side by side: one chart per unit, never a shared axis across units. */
export function CompareSection({
  index,
  lang,
  onOpen,
}: {
  index: BundleIndex;
  lang: Lang;
  onOpen: (id: string) => void;
}) {
  const { t } = useT();
  const ids = useDashboard((state) => state.compare);
  const toggle = useDashboard((state) => state.toggleCompare);
  const clear = useDashboard((state) => state.clearCompare);
  const groups = useMemo(() => compareGroups(index, ids), [index, ids]);
  if (!ids.length) return null;
  // A figure named with its report makes this a comparison across reports.
  if (ids.some((id) => id.includes(':')))
    return <ReportsCompareSection index={index} lang={lang} />;
  const panels: ResolvedPanel[] = groups.map((group) => ({
    id: group.measure ? `compare-measure-${group.measure.id}` : `compare-${group.unit}`,
    title: group.measure?.label ?? {
      zh: t(`units.${group.unit}`, { lng: 'zh' }),
      en: t(`units.${group.unit}`, { lng: 'en' }),
    },
    chart: chartKind(group, 'analyst'),
    unit: group.unit,
    ...(group.measure ? { measure: group.measure } : {}),
    indicators: group.indicators,
    auto: true,
    more: 0,
  }));
  return (
    <section className="compare-section" aria-labelledby="compare-title" data-testid="compare">
      <header className="compare-section__header">
        <h2 id="compare-title">{t('compare.title')}</h2>
        <p>{groups.length > 1 ? t('compare.indexed') : t('compare.sameUnit')}</p>
        <RemovableChips
          chips={ids.map((id) => {
            const label = index.indicatorsById.get(id)?.label[lang] ?? id;
            return {
              key: id,
              label,
              removeLabel: t('compare.remove', { label }),
              onRemove: () => toggle(id),
            };
          })}
          clearText={t('compare.clear')}
          onClear={clear}
        />
      </header>
      <div className="compare-section__grid">
        {panels.map((panel) => (
          <div key={panel.id} className="compare-section__cell">
            <h3>{panel.title[lang]}</h3>
            <MeasuredPanelChart
              panel={panel}
              mode="analyst"
              height={
                chartKind(panel, 'analyst') === 'gauge'
                  ? 200
                  : barChartHeight(panel.indicators.length)
              }
              labelWidth={lang === 'en' ? 200 : 140}
              guessWidth={360}
              onItemClick={onOpen}
            />
          </div>
        ))}
      </div>
    </section>
  );
}
