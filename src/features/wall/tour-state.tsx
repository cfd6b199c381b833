import { useMemo, useSyncExternalStore } from 'react';
import { derived, type Watchable } from '../../lib/watchable.ts';
import type { Lang } from '../../data/bundle-schema.ts';
import { Bilingual } from './bilingual.tsx';
import { useAppText } from './use-app-text.ts';
import { useFullScreen } from './use-fullscreen-key.ts';
import type { Tour } from './use-tour.ts';

/**
 * Whether the tour is paused, or how to go full screen until the wall fills the screen (then the
 * room has no use for the hint): renders only when that changes.
 */
export function TourState({ tour, lang, both }: { tour: Tour; lang: Lang; both: boolean }) {
  const text = useAppText();
  const paused = useSyncExternalStore(tour.paused.subscribe, tour.paused.get, tour.paused.get);
  const fullScreen = useFullScreen();
  return (
    <span data-testid="tour-state">
      {(paused || !fullScreen) && (
        <Bilingual
          text={text(paused ? 'wall.paused' : 'wall.fullscreen')}
          lang={lang}
          both={both}
        />
      )}
    </span>
  );
}

/**
 * Which page of panels the wall shows, where there is more than one ("Page 1 of 2"): a reader
 * seeing four panels of six knows the others are coming. Renders only at a page turn.
 */
export function PageMarker({
  position,
  pageCount,
  lang,
  both,
}: {
  position: Watchable<{ page: number }>;
  pageCount: number;
  lang: Lang;
  both: boolean;
}) {
  const text = useAppText();
  const page = useMemo(() => derived(position, (at) => at.page), [position]);
  const at = useSyncExternalStore(page.subscribe, page.get, page.get);
  if (pageCount < 2) return null;
  return (
    <span className="wall-footer__page" data-testid="wall-page">
      <Bilingual
        text={text('wall.page', () => ({ at: String(at + 1), count: String(pageCount) }))}
        lang={lang}
        both={both}
      />
    </span>
  );
}
