import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Bundle, Indicator, Lang } from '../../data/bundle-schema.ts';
import { bundleQueryOptions, catalogQueryOptions } from '../../data/bundle-query.ts';
import { conceptsQueryOptions } from '../../data/concepts-query.ts';
import { compareEntry, findConceptFigures } from '../../store/compare-reports.ts';
import { useDashboard } from '../../store/store-context.tsx';

type Status = { kind: 'idle' } | { kind: 'finding' } | { kind: 'found'; count: number };

/**
 * "Compare across reports": loads every catalogue bundle (through the shared bundle queries, so
 * each is fetched once) and adds the figures of this one's concept; a figure with no concept is
 * added alone, for the reader to pick others by hand.
 */
export function CompareAcrossButton({
  bundle,
  indicator,
  lang,
}: {
  bundle: Bundle;
  indicator: Indicator;
  lang: Lang;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const addCompare = useDashboard((state) => state.addCompare);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const concepts = useQuery({ ...conceptsQueryOptions(), enabled: Boolean(indicator.concept) });
  const conceptLabel =
    concepts.data?.find((concept) => concept.id === indicator.concept)?.label[lang] ??
    indicator.concept;
  const self = compareEntry({ bundleId: bundle.id, indicatorId: indicator.id });

  const find = async () => {
    if (!indicator.concept) {
      addCompare([self]);
      return;
    }
    const concept = indicator.concept;
    setStatus({ kind: 'finding' });
    const catalog = await queryClient.fetchQuery(catalogQueryOptions()).catch(() => []);
    const others = await Promise.allSettled(
      catalog
        .filter((entry) => entry.id !== bundle.id)
        .map((entry) =>
          queryClient.fetchQuery(bundleQueryOptions({ param: entry.id, refreshMinutes: 0 })),
        ),
    );
    const bundles = [
      bundle,
      ...others.flatMap((result) => (result.status === 'fulfilled' ? [result.value.bundle] : [])),
    ];
    const found = [...findConceptFigures(concept, bundles)].map(compareEntry);
    addCompare([self, ...found.filter((entry) => entry !== self)]);
    setStatus({ kind: 'found', count: new Set(found.map((entry) => entry.split(':')[0])).size });
  };

  return (
    <div className="detail-drawer__across">
      <button
        type="button"
        className="button"
        data-testid="compare-across"
        onClick={() => void find()}
        disabled={status.kind === 'finding'}
      >
        {t('compareReports.start')}
      </button>
      <p className="muted" aria-live="polite" data-testid="compare-across-status">
        {status.kind === 'finding'
          ? t('compareReports.finding')
          : status.kind === 'found'
            ? t('compareReports.found', { count: status.count })
            : indicator.concept
              ? t('compareReports.startHint', { concept: conceptLabel })
              : t('compareReports.startNoConcept')}
      </p>
    </div>
  );
}
