import { useT } from '../i18n/use-t.ts';
import { isTransientFailure } from '../data/fetch-json.ts';
import type { LoadStatus } from '../data/load-status.ts';
import { useDashboard } from '../store/store-context.tsx';
import { LoadFailureMessage } from './load-failure-message.tsx';

function clockTime(at: number, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(at);
}

/** Stale-data badge, load errors beside the data, and URL notices: never instead of the data. */
export function StatusBanner({
  status,
  compact = false,
}: {
  status: LoadStatus;
  compact?: boolean;
}) {
  const { t } = useT();
  const lang = useDashboard((state) => state.lang);
  const staleSince = useDashboard((state) => state.staleSince);
  const restored = useDashboard((state) => state.restored);
  const loadedAt = useDashboard((state) => state.loadedAt);
  const notices = useDashboard((state) => state.notices);
  const dismiss = useDashboard((state) => state.dismissNotice);
  // The server answered, and its copy was refused (a bundle that fails its check, a 404): not
  // "offline", which sends whoever mends it to the network.
  const refused = status.failure !== undefined && !isTransientFailure(status.failure);
  return (
    <div className="status-area" aria-live="polite">
      {staleSince !== undefined && (
        <div className="status status--stale" role="status" data-testid="stale-badge">
          <span>
            {restored && loadedAt
              ? t(refused ? 'status.staleRestoredRefused' : 'status.staleRestored', {
                  time: clockTime(loadedAt, lang),
                })
              : t(refused ? 'status.staleRefused' : 'status.stale', {
                  time: clockTime(staleSince, lang),
                })}
          </span>
          {!compact && (
            <button type="button" onClick={status.retry} disabled={status.fetching}>
              {status.fetching ? t('status.retrying') : t('status.retry')}
            </button>
          )}
        </div>
      )}
      {status.failure && !compact && (
        <div className="status status--error" role="alert" data-testid="load-error-inline">
          <LoadFailureMessage failure={status.failure} />
        </div>
      )}
      {!compact &&
        notices.map((notice) => (
          <div key={notice.id} className="status status--notice" role="status" data-testid="notice">
            <span>{t(notice.key, notice.values)}</span>
            <button type="button" onClick={() => dismiss(notice.id)}>
              {t('notices.dismiss')}
            </button>
          </div>
        ))}
    </div>
  );
}
