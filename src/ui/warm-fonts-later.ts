import type { ChartMode } from '../charts/theme.ts';
import type { Lang } from '../data/bundle-schema.ts';
import { whenLoadedAndIdle } from '../lib/schedule.ts';

/**
 * Opens `lang`'s faces (warm-fonts.ts) once the page has loaded and gone idle, its code fetched
 * only then: it stays out of the first screen's requests. A warm-up that cannot load (offline, a
 * deploy that took its file away) leaves the page as it was.
 */
export function warmFontsLater(lang: Lang, chartMode: ChartMode): void {
  whenLoadedAndIdle(() => {
    import('./warm-fonts.ts').then(
      ({ warmFonts }) => warmFonts(lang, chartMode),
      () => undefined,
    );
  }, 10_000);
}
