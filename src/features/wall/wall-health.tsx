import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { Bundle, Lang } from '../../data/bundle-schema.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { Bilingual } from './bilingual.tsx';
import { formatUptime, shortSha256 } from './health-text.ts';
import { useAppText } from './use-app-text.ts';

/** When this page was opened: uptime counts from here, and a reload starts it again. */
const OPENED_AT = Date.now();

/**
 * `health=1`: what a technician across the room needs to tell whether this wall is well — which
 * data it shows (a short hash of the bundle as loaded, the same on every wall showing the same
 * data), when data last arrived, how long the page has run and how often it reloaded itself.
 */
export function WallHealth({
  bundle,
  lang,
  both,
  reloads,
}: {
  bundle: Bundle;
  lang: Lang;
  both: boolean;
  reloads: number;
}) {
  const text = useAppText();
  const loadedAt = useDashboard((state) => state.loadedAt);
  const restored = useDashboard((state) => state.restored);
  const [hash, setHash] = useState<string>();
  useEffect(() => {
    let current = true;
    void shortSha256(JSON.stringify(bundle)).then((digest) => {
      if (current) setHash(digest ?? '—');
    });
    return () => {
      current = false;
    };
  }, [bundle]);
  // Ticks by writing its own text, as the clock does: nothing re-renders once a minute.
  const uptime = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const tick = () => {
      if (uptime.current) uptime.current.textContent = formatUptime(Date.now() - OPENED_AT, lang);
    };
    tick();
    const timer = window.setInterval(tick, 10_000);
    return () => window.clearInterval(timer);
  }, [lang]);
  const fetched =
    loadedAt === undefined
      ? undefined
      : new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
          month: '2-digit',
          day: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
          second: '2-digit',
          hour12: false,
        }).format(loadedAt);
  const row = (key: Parameters<typeof text>[0], value: ReactNode, testId: string) => (
    <>
      <dt>
        <Bilingual text={text(key)} lang={lang} both={both} />
      </dt>
      <dd data-testid={testId}>{value}</dd>
    </>
  );
  return (
    <aside
      className="wall-health"
      data-testid="wall-health"
      aria-label={text('wall.health.title')[lang]}
    >
      <dl>
        {row('wall.health.hash', <code>{hash ?? '…'}</code>, 'health-hash')}
        {row(
          'wall.health.fetched',
          fetched === undefined ? (
            <Bilingual text={text('wall.health.fetchedNever')} lang={lang} both={both} />
          ) : (
            <>
              {fetched}
              {restored && (
                <>
                  {' '}
                  <Bilingual text={text('wall.health.restored')} lang={lang} both={both} />
                </>
              )}
            </>
          ),
          'health-fetched',
        )}
        {row('wall.health.uptime', <span ref={uptime} />, 'health-uptime')}
        {row('wall.health.reloads', reloads, 'health-reloads')}
      </dl>
    </aside>
  );
}
