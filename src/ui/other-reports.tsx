import { useQuery } from '@tanstack/react-query';
import { useT } from '../i18n/use-t.ts';
import { catalogQueryOptions } from '../data/bundle-query.ts';
import { isTransientFailure, type LoadFailure } from '../data/fetch-json.ts';
import { useDashboard } from '../store/store-context.tsx';
import { keepRunsWhole } from './note-text.tsx';

/** Reports offered at most; the report picker searches a longer catalogue. */
export const MAX_OFFERED = 8;

/**
 * Whether a page that could not open the report its address names should offer the others: the
 * address named one (a mistyped id, a report taken down, a broken file) and trying again would
 * not help. A failure that may pass by itself keeps its Retry alone.
 */
export function offersOtherReports(failure: LoadFailure, bundleParam: string | undefined): boolean {
  if (!bundleParam || isTransientFailure(failure)) return false;
  return failure.kind !== 'catalog' && failure.kind !== 'concepts';
}

/**
 * The catalogue's reports, as buttons that open each in place of the one that failed: a reader
 * who followed a stale link is one click from a report, not at a dead end.
 */
export function OtherReports({ failedParam }: { failedParam: string }) {
  const { t } = useT();
  const lang = useDashboard((state) => state.lang);
  const chooseBundle = useDashboard((state) => state.chooseBundle);
  const catalog = useQuery(catalogQueryOptions());
  const entries = (catalog.data ?? []).filter(
    (entry) => entry.id !== failedParam && entry.url !== failedParam,
  );
  if (entries.length === 0) return null;
  const listed = entries.slice(0, MAX_OFFERED);
  return (
    <section className="other-reports" aria-labelledby="other-reports-title">
      <h2 id="other-reports-title" className="other-reports__title">
        {t('errors.otherReports')}
      </h2>
      <ul className="other-reports__list">
        {listed.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              className="button button--ghost other-reports__option"
              onClick={() => chooseBundle(entry.id)}
            >
              {/* One flex item: the button's gap would otherwise part the title's runs. */}
              <span>{keepRunsWhole(entry.title[lang] || entry.title.zh)}</span>
            </button>
          </li>
        ))}
      </ul>
      {entries.length > listed.length && (
        <p className="other-reports__more">
          {t('errors.otherReportsMore', { count: entries.length - listed.length })}
        </p>
      )}
    </section>
  );
}
