// The work's panels. By default a bundle has none and the dashboard groups figures by category and
// unit itself; a person may instead lay out panels: each a title, a chart and figures of one unit
// (one measure), as the bundle format asks.
import { unitKey, type ChartKind } from '../../data/bundle-format.ts';
import type { StudioFigure, StudioText, StudioWork } from './studio-model.ts';

export interface StudioPanel {
  id: string;
  title: StudioText;
  chart: ChartKind;
  indicators: string[];
}

/** The work with explicit panels (kept as they were, or none yet), or back to the default. */
export function setExplicitPanels(work: StudioWork, explicit: boolean): StudioWork {
  if (explicit) return { ...work, panels: work.panels ?? [] };
  const next = { ...work };
  delete next.panels;
  return next;
}

/** The work with a new, empty panel at the end. */
export function addPanel(work: StudioWork, title: StudioText): StudioWork {
  const panels = work.panels ?? [];
  const ids = new Set(panels.map((panel) => panel.id));
  let n = panels.length + 1;
  while (ids.has(`panel-${n}`)) n += 1;
  return {
    ...work,
    panels: [...panels, { id: `panel-${n}`, title, chart: 'bar', indicators: [] }],
  };
}

/** The work with one panel changed: its title or chart. */
export function patchPanel(
  work: StudioWork,
  id: string,
  patch: Partial<Pick<StudioPanel, 'title' | 'chart'>>,
): StudioWork {
  return {
    ...work,
    panels: work.panels?.map((panel) => (panel.id === id ? { ...panel, ...patch } : panel)),
  };
}

/** The work with a figure put in or taken out of a panel; figures keep the text's order. */
export function togglePanelFigure(
  work: StudioWork,
  id: string,
  figureId: string,
  on: boolean,
): StudioWork {
  return {
    ...work,
    panels: work.panels?.map((panel) => {
      if (panel.id !== id) return panel;
      const chosen = new Set(panel.indicators);
      if (on) chosen.add(figureId);
      else chosen.delete(figureId);
      const order = work.figures.map((figure) => figure.id).filter((each) => chosen.has(each));
      return { ...panel, indicators: order };
    }),
  };
}

/** The work with a panel moved one place up (-1) or down (+1). */
export function movePanel(work: StudioWork, id: string, step: -1 | 1): StudioWork {
  const panels = [...(work.panels ?? [])];
  const from = panels.findIndex((panel) => panel.id === id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= panels.length) return work;
  [panels[from], panels[to]] = [panels[to] as StudioPanel, panels[from] as StudioPanel];
  return { ...work, panels };
}

/** The work without a panel (its figures stay). */
export function removePanel(work: StudioWork, id: string): StudioWork {
  return { ...work, panels: work.panels?.filter((panel) => panel.id !== id) };
}

/** The unit (and measure) a panel's figures are in, from its first figure; none when empty. */
export function panelUnit(
  panel: StudioPanel,
  figures: readonly StudioFigure[],
): string | undefined {
  const first = figures.find((figure) => panel.indicators.includes(figure.id));
  return first ? unitKey(first) : undefined;
}

/**
 * The panels the bundle gets: none by default; else each with its kept figures, a panel left
 * with none (its figures dropped) is not written, since a bundle panel holds at least one.
 */
export function exportedPanels(work: StudioWork, kept: ReadonlySet<string>) {
  if (!work.panels) return undefined;
  const panels = work.panels
    .map((panel) => ({ ...panel, indicators: panel.indicators.filter((id) => kept.has(id)) }))
    .filter((panel) => panel.indicators.length > 0);
  return panels.length ? panels : undefined;
}
