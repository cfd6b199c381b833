import { useT } from '../i18n/use-t.ts';
import type { LoadFailure } from '../data/fetch-json.ts';
import { problemText } from '../i18n/problem-text.ts';

const MAX_LISTED = 8;

function formatBytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const CATALOG_DETAILS = [
  'empty',
  'shape',
  'network',
  'timeout',
  'parse',
  'html',
  'tooLarge',
] as const;

/**
 * Says in the reader's language what went wrong, naming paths in the bundle; `brief` (a notice on
 * the wall) names only the first problem of an invalid bundle.
 */
export function LoadFailureMessage({
  failure,
  brief = false,
}: {
  failure: LoadFailure;
  brief?: boolean;
}) {
  const { t } = useT();
  // Why the catalogue could not be read: a known reason, or an HTTP status ("HTTP 503") as it is.
  const catalogDetail = (detail: string) => {
    const known = CATALOG_DETAILS.find((name) => name === detail);
    return known ? t(`errors.catalogDetail.${known}`) : detail;
  };
  switch (failure.kind) {
    case 'http':
      return <p>{t('errors.http', { status: failure.status, url: failure.url })}</p>;
    case 'network':
      return <p>{t('errors.network', { url: failure.url })}</p>;
    case 'timeout':
      return <p>{t('errors.timeout', { seconds: failure.seconds, url: failure.url })}</p>;
    case 'parse':
      return <p>{t('errors.parse', { detail: failure.detail })}</p>;
    case 'html':
      return <p>{t('errors.html', { url: failure.url })}</p>;
    case 'tooLarge':
      return (
        <p>
          {t('errors.tooLarge', {
            size: formatBytes(failure.size),
            limit: formatBytes(failure.limit),
          })}
        </p>
      );
    case 'refused':
      return <p>{t('errors.crossOrigin', { value: failure.value })}</p>;
    case 'unknownBundle':
      return <p>{t('errors.unknownBundle', { id: failure.id })}</p>;
    case 'catalog':
      return <p>{t('errors.catalog', { detail: catalogDetail(failure.detail) })}</p>;
    case 'concepts': {
      // The vocabulary's own shape is not the catalogue's: it has its own words.
      const detail =
        failure.detail === 'shape' ? t('errors.conceptsShape') : catalogDetail(failure.detail);
      return <p>{t('errors.concepts', { detail })}</p>;
    }
    case 'invalid':
      return (
        <>
          <p>{t('errors.invalid', { count: failure.problems.length })}</p>
          <ul className="problem-list">
            {failure.problems.slice(0, brief ? 1 : MAX_LISTED).map((problem, position) => (
              <li key={position}>
                <code>{problem.path}</code> — {problemText(problem, t)}
              </li>
            ))}
            {failure.problems.length > (brief ? 1 : MAX_LISTED) && <li>…</li>}
          </ul>
        </>
      );
  }
}
