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
