// The studio's working copy of a bundle, and the pure steps that change it. Every figure stays
// tied to the report's words: a figure comes from the draft engine or from a number the person
// picked in the text, and its quote is the text around it.
import {
  type DraftBundle,
  type DraftIndicator,
  labelWithoutSuffix,
} from '../../authoring/draft/draft-bundle.ts';
import { labelSimilarity } from '../../authoring/draft/labels.ts';
import { unitKey, type Qualifier, type Unit } from '../../data/bundle-format.ts';
import type { Bundle } from '../../data/bundle-schema.ts';
import { exportedPanels, type StudioPanel } from './studio-panels.ts';
import type { StudioTheme } from './studio-themes.ts';

export interface StudioText {
  zh: string;
  en: string;
}

/** A drafted figure with the person's decisions on it. */
export interface StudioFigure extends DraftIndicator {
  /** Dropped figures stay listed (greyed), so a drop can be undone; export leaves them out. */
  kept: boolean;
  headline: boolean;
  /** Ids of the work's themes this figure belongs to. */
  themes?: string[];
}

export interface StudioWork {
  id: string;
  text: string;
  title: StudioText;
  publisher: StudioText;
  period: DraftBundle['period'];
  categories: (DraftBundle['categories'][number] & { description?: StudioText })[];
  /** Absent in works saved before themes could be edited. */
  themes?: StudioTheme[];
  /** What a bundle opened again held besides its figures, exported as it was. */
  asOf?: string;
  source?: { title: StudioText; url?: string };
  /** The headline's order in a bundle opened again; figures marked later follow it. */
  headlineOrder?: string[];
  /** Explicit panels; absent means the dashboard groups figures by unit itself. */
  panels?: StudioPanel[];
  figures: StudioFigure[];
  uncited: DraftBundle['uncited'];
}

/** The path the exported bundle names for its report text, under public/data/sources/. */
export const sourcePathFor = (id: string) => `/data/sources/${id}.zh.txt`;

/** A work from a fresh draft of `text`: every figure kept, none in the headline yet. */
export function workFromDraft(draft: DraftBundle, text: string): StudioWork {
  return {
    id: draft.id,
    text,
    title: draft.title,
    publisher: draft.publisher,
    period: draft.period,
    categories: draft.categories,
    // The draft's own themes (targets and plans): its figures already name them.
    ...(draft.themes ? { themes: draft.themes.map(({ id, label }) => ({ id, label })) } : {}),
    figures: draft.indicators.map((indicator) => ({ ...indicator, kept: true, headline: false })),
    uncited: draft.uncited,
  };
}

/** A work from an existing bundle and its report text, to edit it. */
export function workFromBundle(bundle: Bundle, text: string): StudioWork {
  const headline = new Set(bundle.headline ?? []);
  return {
    id: bundle.id,
    text,
    title: bundle.title,
    publisher: bundle.publisher,
    period: bundle.period,
    categories: bundle.categories.map(({ id, label, description }) => ({
      id,
      label,
      ...(description ? { description } : {}),
    })),
    themes: (bundle.themes ?? []).map(({ id, label }) => ({ id, label })),
    ...(bundle.asOf ? { asOf: bundle.asOf } : {}),
    source: {
      title: bundle.source.title,
      ...(bundle.source.url ? { url: bundle.source.url } : {}),
    },
    ...(bundle.headline ? { headlineOrder: [...bundle.headline] } : {}),
    ...(bundle.panels
      ? {
          panels: bundle.panels.map(({ id, title, chart, indicators }) => ({
            id,
            title,
            chart,
            indicators: [...indicators],
          })),
        }
      : {}),
    figures: bundle.indicators.map((indicator) => ({
      id: indicator.id,
      category: indicator.category,
      ...(indicator.themes?.length ? { themes: [...indicator.themes] } : {}),
      label: indicator.label,
      value: indicator.value,
      unit: indicator.unit,
      ...(indicator.unitLabel ? { unitLabel: indicator.unitLabel } : {}),
      ...(indicator.measure ? { measure: indicator.measure } : {}),
      ...(indicator.qualifier ? { qualifier: indicator.qualifier } : {}),
      ...(indicator.cumulative !== undefined ? { cumulative: indicator.cumulative } : {}),
      ...(indicator.concept ? { concept: indicator.concept } : {}),
      ...(indicator.period ? { period: { ...indicator.period } } : {}),
      ...(indicator.note ? { note: indicator.note } : {}),
      source: {
        quote:
          typeof indicator.source.quote === 'string'
            ? indicator.source.quote
            : [...indicator.source.quote],
        ...(indicator.source.order ? { order: indicator.source.order } : {}),
      },
      kept: true,
      headline: headline.has(indicator.id),
    })),
    uncited: (bundle.uncited ?? []).map(({ quote, reason }) => ({ quote, reason })),
  };
}

/** A quote as one string: pieces of a sentence split across columns are joined with " … ". */
export function quoteOf(quote: string | readonly string[]): string {
  return typeof quote === 'string' ? quote : quote.join(' … ');
}

/**
 * A figure as the bundle holds it: the person's keep and headline marks are not part of it, nor
 * is a measure the figure keeps only so that switching back to the unit `measure` restores it.
 */
function withoutDecisions(figure: StudioFigure): DraftIndicator {
  const indicator: Partial<StudioFigure> = { ...figure };
  delete indicator.kept;
  delete indicator.headline;
  if (!figure.themes?.length) delete indicator.themes;
  if (figure.unit !== 'measure') delete indicator.measure;
  return indicator as DraftIndicator;
}

/** The bundle the work exports now: kept figures only, categories that hold one. */
export function toBundle(work: StudioWork): Record<string, unknown> {
  const kept = work.figures.filter((figure) => figure.kept);
  const used = new Set(kept.map((figure) => figure.category));
  const marked = kept.filter((figure) => figure.headline).map((figure) => figure.id);
  const order = (work.headlineOrder ?? []).filter((id) => marked.includes(id));
  const headline = [...order, ...marked.filter((id) => !order.includes(id))];
  const themes = work.themes ?? [];
  const panels = exportedPanels(work, new Set(kept.map((figure) => figure.id)));
  return {
    schemaVersion: 1,
    id: work.id,
    title: work.title,
    publisher: work.publisher,
    period: work.period,
    ...(work.asOf ? { asOf: work.asOf } : {}),
    source: {
      title: work.source?.title ?? work.title,
      ...(work.source?.url ? { url: work.source.url } : {}),
      text: sourcePathFor(work.id),
    },
    categories: work.categories.filter((category) => used.has(category.id)),
    ...(themes.length ? { themes } : {}),
    indicators: kept.map(withoutDecisions),
    ...(headline.length ? { headline } : {}),
    ...(panels ? { panels } : {}),
    uncited: work.uncited,
  };
}

export type FigurePatch = Partial<{
  label: StudioText;
  value: number;
  unit: Unit;
  qualifier: Qualifier | undefined;
  category: string;
  kept: boolean;
  headline: boolean;
  themes: string[];
}>;

/** The work with one figure changed. */
export function updateFigure(work: StudioWork, id: string, patch: FigurePatch): StudioWork {
  return {
    ...work,
    figures: work.figures.map((figure) => {
      if (figure.id !== id) return figure;
      const next: StudioFigure = { ...figure, ...patch };
      if ('qualifier' in patch && patch.qualifier === undefined) delete next.qualifier;
      return next;
    }),
  };
}

/**
 * How alike two labels must be (see labelSimilarity) for figures of one value and unit to be
 * offered as one: less than the draft asks before it merges on its own, since here a person decides.
 * Rates often coincide: 5.5% growth of output and 5.5% growth of incomes are two figures.
 */
const SIMILAR_FOR_MERGE = 0.3;

/**
 * Kept figures that state the same value in the same unit under alike labels: most likely one
 * figure said twice. A figure joins the first group whose first figure it is alike to, so a group
 * never chains through a middle figure to one unlike its first, and its figures stay in the
 * report's order: a merge keeps the first statement.
 */
export function duplicateGroups(work: Pick<StudioWork, 'figures'>): string[][] {
  const byValue = new Map<string, StudioFigure[]>();
  for (const figure of work.figures) {
    if (!figure.kept) continue;
    // A target and a result, or figures of two years, are never one figure said twice.
    const target = figure.themes?.includes('target') ? 'target' : '';
    const key = `${unitKey(figure)}:${figure.value}:${target}:${figure.period?.start ?? ''}`;
    byValue.set(key, [...(byValue.get(key) ?? []), figure]);
  }
  const groups: string[][] = [];
  for (const figures of byValue.values()) {
    const joined: StudioFigure[][] = [];
    for (const figure of figures) {
      const group = joined.find(
        ([first]) =>
          first !== undefined &&
          labelSimilarity(
            labelWithoutSuffix(first.label.zh),
            labelWithoutSuffix(figure.label.zh),
          ) >= SIMILAR_FOR_MERGE,
      );
      if (group) group.push(figure);
      else joined.push([figure]);
    }
    for (const group of joined) if (group.length > 1) groups.push(group.map((figure) => figure.id));
  }
  return groups;
}

/**
 * Merges duplicates into the first: the others are dropped, and their quotes stay cited as
 * `uncited` entries so the check still finds every number of the text accounted for.
 */
export function mergeFigures(work: StudioWork, ids: readonly string[]): StudioWork {
  const [keep, ...others] = ids;
  const merged = new Set(others);
  const droppedQuotes = work.figures
    .filter((figure) => merged.has(figure.id))
    .flatMap((figure) =>
      typeof figure.source.quote === 'string' ? [figure.source.quote] : figure.source.quote,
    )
    .map((quote) => ({
      quote,
      reason: {
        zh: `与指标 ${keep} 为同一数字，已合并。`,
        en: `The same figure as indicator ${keep}; merged.`,
      },
    }));
  return {
    ...work,
    figures: work.figures.filter((figure) => !merged.has(figure.id)),
    uncited: [...work.uncited, ...droppedQuotes],
  };
}

/** A new figure id that no figure of the work has. */
function freshId(work: StudioWork): string {
  const ids = new Set(work.figures.map((figure) => figure.id));
  for (let n = work.figures.length + 1; ; n += 1) {
    const id = `figure-${String(n).padStart(2, '0')}`;
    if (!ids.has(id)) return id;
  }
}

/**
 * Makes a number of the text a figure: `quote` is the text around it, which states it. The unit
 * and label are the person's to set; the figure starts in the category of the nearest figure
 * before it in the text, or the first category.
 */
export function addFigure(
  work: StudioWork,
  {
    value,
    quote,
    unit,
    nearCategory,
  }: { value: number; quote: string; unit: Unit; nearCategory?: string },
): { work: StudioWork; id: string } {
  const id = freshId(work);
  const figure: StudioFigure = {
    id,
    category: nearCategory ?? work.categories[0]?.id ?? 'general',
    label: { zh: '', en: '' },
    value,
    unit,
    source: { quote },
    kept: true,
    headline: false,
  };
  const categories = work.categories.length
    ? work.categories
    : [{ id: 'general', label: { zh: '综合', en: 'General' } }];
  return { work: { ...work, categories, figures: [...work.figures, figure] }, id };
}
