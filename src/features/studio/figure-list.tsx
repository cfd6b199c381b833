import { useEffect, useMemo, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../i18n/use-t.ts';
import type { WorkCheck } from './check-work.ts';
import { FigureRow } from './figure-row.tsx';
import { placeOf, problemLine } from './problem-line.ts';
import { duplicateGroups, type StudioFigure } from './studio-model.ts';
import { ARRIVAL, useStudio } from './studio-store.ts';
import type { StudioTheme } from './studio-themes.ts';
import { useRowSlices } from './use-row-slices.ts';
import { suggestEnglish, type GlossaryTerm } from './suggest-english.ts';

const glossaryQuery = {
  queryKey: ['glossary'],
  queryFn: async (): Promise<GlossaryTerm[]> => {
    const response = await fetch('/data/glossary.json');
    if (!response.ok) return [];
    const json = (await response.json()) as { terms?: GlossaryTerm[] };
    return Array.isArray(json.terms) ? json.terms : [];
  },
  staleTime: Infinity,
};

const NO_TERMS: GlossaryTerm[] = [];
const NO_THEMES: StudioTheme[] = [];
const NO_FIGURES: StudioFigure[] = [];
const NO_PROBLEMS: string[] = [];
const suggestionCaches = new WeakMap<readonly GlossaryTerm[], Map<string, string[]>>();

/** The same list for the same label, so a row whose label did not change skips its render. */
function suggestEnglishOnce(label: string, glossary: readonly GlossaryTerm[]): string[] {
  let cache = suggestionCaches.get(glossary);
  if (!cache) suggestionCaches.set(glossary, (cache = new Map()));
  let found = cache.get(label);
  if (!found) cache.set(label, (found = suggestEnglish(label, glossary)));
  return found;
}

const linesSeen = new Map<string, string[]>();

/**
 * The same array for the same problem lines: each check is new, and a row whose problems did not
 * change must skip its render, or every check re-renders hundreds of rows.
 */
function sameLines(lines: string[]): string[] {
  const key = lines.join('\u0000');
  let found = linesSeen.get(key);
  if (!found) {
    if (linesSeen.size > 5_000) linesSeen.clear();
    linesSeen.set(key, (found = lines));
  }
  return found;
}

/** Every drafted figure, in the order of the text, with its problems and duplicates. */
export function FigureList({ check }: { check?: WorkCheck }) {
  const { t, i18n } = useT('studio');
  const common = useT().t;
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const work = useStudio((state) => state.work);
  const selected = useStudio((state) => state.selected);
  const select = useStudio((state) => state.select);
  const patchFigure = useStudio((state) => state.patchFigure);
  const merge = useStudio((state) => state.merge);
  const glossary = useQuery(glossaryQuery).data ?? NO_TERMS;
  const problemsOf = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const { figureId, problem } of check?.problems ?? []) {
      if (!figureId) continue;
      // In the figure's own row: the field's name is enough.
      const line = problemLine(problem, common, placeOf(problem.path, t));
      map.set(figureId, [...(map.get(figureId) ?? []), line]);
    }
    for (const [id, lines] of map) map.set(id, sameLines(lines));
    return map;
  }, [check, common, t]);
  const list = useRef<HTMLOListElement>(null);
  // A new text's list comes in a task of its own, once its text is marked (see `ARRIVAL`).
  const arrived = useStudio((state) => state.arrival >= ARRIVAL.list);
  const figures = (arrived && work?.figures) || NO_FIGURES;
  // Compares every pair of kept figures with the same value: once per change of the figures, not
  // once per slice of rows rendered.
  const allFigures = work?.figures;
  const duplicates = useMemo(
    () => (arrived && allFigures ? duplicateGroups({ figures: allFigures }) : []),
    [arrived, allFigures],
  );
  const selectedAt = selected ? figures.findIndex((figure) => figure.id === selected) : -1;
  // Hundreds of editable rows are rendered a slice at a time; a row chosen in the text is
  // rendered at once, with the rows before it.
  const shown = useRowSlices(figures.length, selectedAt, work?.text);
  const selectedShown = selectedAt >= 0 && selectedAt < shown;
  // A figure chosen in the text comes into view in the list (nothing moves if it is in view).
  useEffect(() => {
    if (!selected || !selectedShown) return;
    const row = list.current?.querySelector<HTMLElement>(
      `[data-figure-row="${CSS.escape(selected)}"]`,
    );
    row?.scrollIntoView?.({ block: 'nearest' });
  }, [selected, selectedShown]);
  if (!work) return null;
  const kept = work.figures.filter((figure) => figure.kept).length;
  const labelOf = (id: string) => {
    const figure = work.figures.find((item) => item.id === id);
    return figure?.label[lang] || figure?.label.zh || id;
  };
  return (
    <section className="studio-figures" aria-labelledby="studio-figures-heading">
      <h2 id="studio-figures-heading">
        {t('figures.heading', { kept, total: work.figures.length })}
      </h2>
      {duplicates.map((ids) => (
        <p className="studio-duplicates" key={ids.join()} role="note">
          {t('figures.duplicates', { labels: ids.map(labelOf).join(' · ') })}{' '}
          <button type="button" className="button button--small" onClick={() => merge(ids)}>
            {t('figures.merge')}
          </button>
        </p>
      ))}
      {arrived && (
        <ol className="studio-figures__list" data-testid="studio-figures" ref={list}>
          {figures.slice(0, shown).map((figure) => (
            <FigureRow
              key={figure.id}
              figure={figure}
              selected={figure.id === selected}
              categories={work.categories}
              themes={work.themes ?? NO_THEMES}
              problems={problemsOf.get(figure.id) ?? NO_PROBLEMS}
              suggestions={suggestEnglishOnce(figure.label.zh, glossary)}
              onSelect={select}
              onPatch={patchFigure}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
