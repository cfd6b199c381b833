/** Where the wall's tour stands: which panel is featured and which page of panels is shown. */
export interface TourPosition {
  page: number;
  featured: number;
  /** Completed passes over all panels, for `lang=cycle`. */
  lap: number;
}

/** The tour position after `step` steps over `panelCount` panels shown `perPage` at a time. */
export function tourPosition({
  step,
  panelCount,
  perPage,
}: {
  step: number;
  panelCount: number;
  perPage: number;
}): TourPosition {
  if (panelCount <= 0) return { page: 0, featured: -1, lap: 0 };
  const within = step % panelCount;
  return {
    page: Math.floor(within / perPage),
    featured: within % perPage,
    lap: Math.floor(step / panelCount),
  };
}

/** For `lang=cycle`: the language of a lap, switching every `lapsPerLanguage` laps. */
export function cycleLang(lap: number, lapsPerLanguage = 2): 'zh' | 'en' {
  return Math.floor(lap / lapsPerLanguage) % 2 === 0 ? 'zh' : 'en';
}

/**
 * The pages to keep on the stage while `page` is shown, in order. A kept page is drawn once and
 * then hidden and shown again, so a page turn is a cross-fade that costs no chart work; the next
 * page is drawn ahead, hidden, while the one before it is on the screen. When all pages hold no
 * more than `keepPanels` panels (canvases held at once) they are all kept, otherwise the shown
 * page and the next one.
 */
export function keptPages({
  page,
  pageCount,
  perPage,
  keepPanels,
}: {
  page: number;
  pageCount: number;
  perPage: number;
  keepPanels: number;
}): number[] {
  if (pageCount <= 0) return [];
  if (pageCount * perPage <= keepPanels) return Array.from({ length: pageCount }, (_, at) => at);
  const next = (page + 1) % pageCount;
  return next === page ? [page] : [page, next].sort((a, b) => a - b);
}
