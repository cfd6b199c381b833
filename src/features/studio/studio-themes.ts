// The work's themes: the cross-cutting tags a figure may carry besides its one category
// (bundle `themes`). A draft starts with none; the person adds, renames and deletes them.
import type { StudioText, StudioWork } from './studio-model.ts';

export interface StudioTheme {
  id: string;
  label: StudioText;
}

/** The work's themes; works saved before themes existed have none. */
export const themesOf = (work: StudioWork): StudioTheme[] => work.themes ?? [];

/** A slug from the English label, else `theme-N`, that no theme of the work has yet. */
function themeId(work: StudioWork, label: StudioText): string {
  const taken = new Set(themesOf(work).map((theme) => theme.id));
  const base =
    label.en
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'theme';
  if (base !== 'theme' && !taken.has(base)) return base;
  for (let n = 1; ; n += 1) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** The work with a new theme at the end of its list; its id comes from its English label. */
export function addTheme(work: StudioWork, label: StudioText): { work: StudioWork; id: string } {
  const id = themeId(work, label);
  return { work: { ...work, themes: [...themesOf(work), { id, label }] }, id };
}

/** The work with one theme's label changed; its id, which figures point to, stays. */
export function renameTheme(work: StudioWork, id: string, label: StudioText): StudioWork {
  return {
    ...work,
    themes: themesOf(work).map((theme) => (theme.id === id ? { ...theme, label } : theme)),
  };
}

/** The work without a theme, and without every use of it: no figure points to a theme not there. */
export function deleteTheme(work: StudioWork, id: string): StudioWork {
  return {
    ...work,
    themes: themesOf(work).filter((theme) => theme.id !== id),
    figures: work.figures.map((figure) =>
      figure.themes?.includes(id)
        ? { ...figure, themes: figure.themes.filter((theme) => theme !== id) }
        : figure,
    ),
  };
}
