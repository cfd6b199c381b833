// The studio's state: the work being edited, what is selected, and the drafting under way. One
// store for the studio page; the dashboard's store is not involved.
import { createContext, useContext } from 'react';
import { create } from 'zustand';
import type { FigurePatch, StudioText, StudioWork } from './studio-model.ts';
import { mergeFigures, updateFigure } from './studio-model.ts';
import { addTheme, deleteTheme, renameTheme } from './studio-themes.ts';

/**
 * How much of a newly opened text is on the page. A long report arrives in steps, one task each,
 * so that none blocks the page: the work's fields first, then the text's marks are worked out,
 * then the text is drawn, then the figure list, then the live check is asked for. Changes to the
 * same text keep the step reached.
 */
export const ARRIVAL = { fields: 0, marks: 1, text: 2, list: 3, check: 4 } as const;
export type Arrival = (typeof ARRIVAL)[keyof typeof ARRIVAL];

export interface StudioState {
  work?: StudioWork;
  /** How far the work's text has arrived on the page (see `ARRIVAL`). */
  arrival: Arrival;
  /** The figure selected in the list or the text. */
  selected?: string;
  /** Set while the work changes faster than it is saved; cleared by the saver. */
  savedAt?: number;
  setWork: (work: StudioWork | undefined) => void;
  /** The next step of a text's arrival, once the previous one is on the page. */
  advance: () => void;
  select: (id: string | undefined) => void;
  patchFigure: (id: string, patch: FigurePatch) => void;
  merge: (ids: readonly string[]) => void;
  patchWork: (patch: Partial<Pick<StudioWork, 'title' | 'publisher' | 'period'>>) => void;
  markSaved: (at: number) => void;
  addTheme: (label: StudioText) => void;
  renameTheme: (id: string, label: StudioText) => void;
  deleteTheme: (id: string) => void;
  /** Any pure step on the work (panels and the like), applied to the current work. */
  change: (step: (work: StudioWork) => StudioWork) => void;
}

export const createStudioStore = () =>
  create<StudioState>()((set) => ({
    arrival: ARRIVAL.fields,
    setWork: (work) =>
      set((state) => ({
        work,
        selected: undefined,
        ...(work?.text === state.work?.text ? {} : { arrival: ARRIVAL.fields }),
      })),
    advance: () =>
      set((state) =>
        state.arrival < ARRIVAL.check ? { arrival: (state.arrival + 1) as Arrival } : {},
      ),
    select: (selected) => set({ selected }),
    patchFigure: (id, patch) =>
      set((state) => (state.work ? { work: updateFigure(state.work, id, patch) } : {})),
    merge: (ids) =>
      set((state) => (state.work ? { work: mergeFigures(state.work, ids), selected: ids[0] } : {})),
    patchWork: (patch) => set((state) => (state.work ? { work: { ...state.work, ...patch } } : {})),
    markSaved: (savedAt) => set({ savedAt }),
    addTheme: (label) =>
      set((state) => (state.work ? { work: addTheme(state.work, label).work } : {})),
    renameTheme: (id, label) =>
      set((state) => (state.work ? { work: renameTheme(state.work, id, label) } : {})),
    change: (step) => set((state) => (state.work ? { work: step(state.work) } : {})),
    deleteTheme: (id) => set((state) => (state.work ? { work: deleteTheme(state.work, id) } : {})),
  }));

export type StudioStore = ReturnType<typeof createStudioStore>;

export const StudioContext = createContext<StudioStore | null>(null);

/** Reads the studio's state through a selector, like the dashboard's `useDashboard`. */
export function useStudio<T>(selector: (state: StudioState) => T): T {
  const store = useContext(StudioContext);
  if (!store) throw new Error('useStudio needs a StudioContext provider');
  return store(selector);
}

/** The studio store itself, for effects that read or subscribe outside render. */
export function useStudioStore(): StudioStore {
  const store = useContext(StudioContext);
  if (!store) throw new Error('useStudioStore needs a StudioContext provider');
  return store;
}
