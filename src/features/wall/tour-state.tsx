import { useSyncExternalStore } from 'react';
import type { Lang } from '../../data/bundle-schema.ts';
import { Bilingual } from './bilingual.tsx';
import { useAppText } from './use-app-text.ts';
import type { Tour } from './use-tour.ts';

/** Whether the tour is paused, or how to go full screen: renders only when that changes. */
export function TourState({ tour, lang, both }: { tour: Tour; lang: Lang; both: boolean }) {
  const text = useAppText();
  const paused = useSyncExternalStore(tour.paused.subscribe, tour.paused.get, tour.paused.get);
  return (
    <span data-testid="tour-state">
      <Bilingual text={text(paused ? 'wall.paused' : 'wall.fullscreen')} lang={lang} both={both} />
    </span>
  );
}
