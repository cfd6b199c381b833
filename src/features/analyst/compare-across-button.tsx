import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../i18n/use-t.ts';
import type { Bundle, Indicator, Lang } from '../../data/bundle-schema.ts';
import { bundleQueryOptions, catalogQueryOptions } from '../../data/bundle-query.ts';
import { BundleLoadError, type LoadFailure } from '../../data/fetch-json.ts';
import { conceptsQueryOptions } from '../../data/concepts-query.ts';
import { compareEntry, findConceptFigures } from '../../store/compare-reports.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { inTurn } from '../../lib/in-turn.ts';
import { LoadFailureMessage } from '../../ui/load-failure-message.tsx';

type Status =
  | { kind: 'idle' }
  | { kind: 'finding'; read: number; total: number }
  | { kind: 'found'; count: number };

/** A report of the catalogue that could not be read, and why. */
interface Unread {
  id: string;
  title: string;
  failure: LoadFailure;
}

/** Bundles fetched and validated at a time: enough to keep the line busy, few enough to stay light. */
const AT_ONCE = 6;
/** How often the figures found so far join the comparison, so it grows without redrawing per report. */
const FLUSH_MS = 1000;

/**
 * "Compare across reports": loads every catalogue bundle (through the shared bundle queries, so
 * each is fetched once), a few at a time, and adds the figures of this one's concept as they are
 * found; a figure with no concept is added alone, for the reader to pick others by hand.
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
  const { t } = useT();
  const queryClient = useQueryClient();
  const addCompare = useDashboard((state) => state.addCompare);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [unread, setUnread] = useState<Unread[]>([]);
  const concepts = useQuery({ ...conceptsQueryOptions(), enabled: Boolean(indicator.concept) });
  // Its words from the vocabulary; never its id ("new-urban-jobs"), while that loads or if the
  // vocabulary lacks it.
  const conceptLabel = concepts.data?.find((concept) => concept.id === indicator.concept)?.label[
    lang
  ];
  const self = compareEntry({ bundleId: bundle.id, indicatorId: indicator.id });

  const find = async () => {
    if (!indicator.concept) {
      addCompare([self]);
      return;
    }
    const concept = indicator.concept;
    setStatus({ kind: 'finding', read: 0, total: 0 });
    setUnread([]);
    const catalog = await queryClient.fetchQuery(catalogQueryOptions()).catch(() => []);
    const others = catalog.filter((entry) => entry.id !== bundle.id);
    const total = others.length + 1;
    const reports = new Set<string>();
    const failed: Unread[] = [];
    let waiting: string[] = [];
    let flushedAt = performance.now();
    const take = (from: Bundle) => {
      for (const ref of findConceptFigures(concept, [from])) {
        reports.add(ref.bundleId);
        waiting.push(compareEntry(ref));
      }
    };
    // The first figures make the comparison's history entry; the rest join it, found later.
    let filling = false;
    const flush = () => {
      if (waiting.length) addCompare(waiting, filling);
      filling = true;
      waiting = [];
      flushedAt = performance.now();
    };
    take(bundle);
    waiting = [self, ...waiting.filter((entry) => entry !== self)];
    flush();
    let read = 1;
    setStatus({ kind: 'finding', read, total });
    // Into the same cache the comparison and the page read from, so no report is fetched twice;
    // each is parsed and validated off the page's thread (src/data/validate-off-thread.ts).
    const load = (id: string) =>
      queryClient.fetchQuery({
        ...bundleQueryOptions({ param: id, refreshMinutes: 0 }),
        retry: false,
      });
    await inTurn(
      others,
      AT_ONCE,
      (entry) => load(entry.id),
      (entry, result) => {
        read += 1;
        if (result.status === 'fulfilled') take(result.value.bundle);
        else {
          const { reason } = result;
          failed.push({
            id: entry.id,
            title: entry.title[lang] || entry.title.zh,
            failure:
              reason instanceof BundleLoadError
                ? reason.failure
                : { kind: 'network', url: entry.url },
          });
        }
        // The count is the button's own line: cheap to say at every report.
        setStatus({ kind: 'finding', read, total });
        if (performance.now() - flushedAt < FLUSH_MS) return;
        flush();
      },
    );
    flush();
    setUnread(failed);
    setStatus({ kind: 'found', count: reports.size });
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
          ? status.total > 0
            ? t('compareReports.progress', { read: status.read, total: status.total })
            : t('compareReports.finding')
          : status.kind === 'found'
            ? t('compareReports.found', { count: status.count })
            : indicator.concept
              ? conceptLabel
                ? t('compareReports.startHint', { concept: conceptLabel })
                : t('compareReports.startHintUnnamed')
              : t('compareReports.startNoConcept')}
      </p>
      {unread.length > 0 && (
        <details className="detail-drawer__unread" data-testid="compare-across-unread">
          <summary>{t('compareReports.unread', { count: unread.length })}</summary>
          <ul>
            {unread.map((entry) => (
              <li key={entry.id}>
                <strong>{entry.title}</strong>
                <LoadFailureMessage failure={entry.failure} brief />
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
