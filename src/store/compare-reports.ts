import { unitKey } from '../data/bundle-format.ts';
import type { Bundle, Indicator } from '../data/bundle-schema.ts';
import type { Concept, ConceptKind } from '../data/concept-schema.ts';

/** How figures are put side by side: as stated, per year of their period, per 10,000 people. */
export const NORMS = ['total', 'per-year', 'per-10k'] as const;
export type Norm = (typeof NORMS)[number];

/** One figure of one report: `cmp=<bundleId>:<indicatorId>` in the address. */
export interface FigureRef {
  bundleId: string;
  indicatorId: string;
}

/** A bundle already loaded, with what its catalogue entry adds: how many years its period is. */
export interface LoadedBundle {
  bundle: Bundle;
  catalogYears?: number;
}

/**
 * A `cmp` entry as a figure of a report: `anhui:gdp-2025`, or a plain id, which means the bundle on
 * screen (the form of addresses written before comparisons crossed reports).
 */
export function parseCompareEntry(entry: string, currentBundleId?: string): FigureRef | undefined {
  const [first, second, ...rest] = entry.split(':');
  if (rest.length || !first) return undefined;
  if (second === undefined) {
    return currentBundleId ? { bundleId: currentBundleId, indicatorId: first } : undefined;
  }
  return second ? { bundleId: first, indicatorId: second } : undefined;
}

/** The `cmp` entry that names a figure in any report. */
export const compareEntry = (ref: FigureRef): string => `${ref.bundleId}:${ref.indicatorId}`;

/**
 * The years a figure covers. Its own `period` first; else a cumulative figure covers its bundle's
 * period: `end − start + 1` years from the bundle's start and end, or the catalogue entry's
 * `period.years` when the bundle names no years (过去五年). A figure marked not cumulative is a level
 * at one moment. Anything else says no period: it is never spread over years it may not cover.
 */
export type FigurePeriod =
  | { kind: 'span'; years: number; start?: string; end?: string }
  | { kind: 'point' }
  | { kind: 'unknown' };

/** The years `indicator` covers (see FigurePeriod). */
export function figurePeriod(indicator: Indicator, source: LoadedBundle): FigurePeriod {
  const span = (start: string, end: string) => ({
    kind: 'span' as const,
    years: Number(end) - Number(start) + 1,
    start,
    end,
  });
  if (indicator.period) return span(indicator.period.start, indicator.period.end);
  if (indicator.cumulative === false) return { kind: 'point' };
  if (indicator.cumulative !== true) return { kind: 'unknown' };
  const { start, end } = source.bundle.period;
  if (start && end) return span(start, end);
  return source.catalogYears ? { kind: 'span', years: source.catalogYears } : { kind: 'unknown' };
}

/** One key per kind of period, so "five-year total" and "one year" differ: `span:5`, `point`. */
const periodKey = (period: FigurePeriod) =>
  period.kind === 'span' ? `span:${period.years}` : period.kind;

/** A flow, a stock or a rate: the concept's kind, else read from the unit and `cumulative`. */
export function figureKind(indicator: Indicator, concept?: Concept): ConceptKind {
  if (concept) return concept.kind;
  if (indicator.unit === 'percent') return 'rate';
  return indicator.cumulative === false ? 'stock' : 'flow';
}

const conceptIndexes = new WeakMap<Bundle, Map<string, Indicator[]>>();

/** A bundle's figures by concept, built once per bundle: a lookup in each of 200 bundles stays cheap. */
function byConcept(bundle: Bundle): Map<string, Indicator[]> {
  let index = conceptIndexes.get(bundle);
  if (!index) {
    index = new Map();
    for (const indicator of bundle.indicators) {
      if (!indicator.concept) continue;
      const same = index.get(indicator.concept);
      if (same) same.push(indicator);
      else index.set(indicator.concept, [indicator]);
    }
    conceptIndexes.set(bundle, index);
  }
  return index;
}

/** Every figure of `concept` in `bundles`, report by report, read as the bundles are iterated. */
export function* findConceptFigures(
  concept: string,
  bundles: Iterable<Bundle>,
): Generator<FigureRef> {
  for (const bundle of bundles) {
    for (const indicator of byConcept(bundle).get(concept) ?? []) {
      yield { bundleId: bundle.id, indicatorId: indicator.id };
    }
  }
}

/** The first figure of a denominator concept in a bundle (members on record…), if it has one. */
function denominatorIn(bundle: Bundle, concept: string): Indicator | undefined {
  return byConcept(bundle).get(concept)?.[0];
}

/** Whether figures can be put per 10,000 people: every report must state the same denominator. */
export type PerTenThousand =
  | { ok: true; concept: Concept; byBundle: Map<string, Indicator> }
  | { ok: false; concept?: Concept; missing: string[] };

/**
 * The denominator for `per-10k`: the first denominator concept of the vocabulary that each of
 * `bundles` states as a quoted figure of its own; else why not (which reports lack the first one).
 */
export function perTenThousand(
  bundles: readonly Bundle[],
  concepts: readonly Concept[],
): PerTenThousand {
  const candidates = concepts.filter((concept) => concept.denominator);
  for (const concept of candidates) {
    const found = bundles.map((bundle) => [bundle.id, denominatorIn(bundle, concept.id)] as const);
    if (found.every(([, indicator]) => indicator && indicator.value > 0)) {
      return { ok: true, concept, byBundle: new Map(found as [string, Indicator][]) };
    }
  }
  const [first] = candidates;
  return {
    ok: false,
    concept: first,
    missing: bundles
      .filter((bundle) => !first || !denominatorIn(bundle, first.id))
      .map((bundle) => bundle.id),
  };
}

/** Why a row's figure is as stated, or blank, under the chosen normalisation. */
export type RowNote = 'notDivided' | 'periodUnknown' | 'noDenominator';
/** What differs from the first figure of the same unit: the reader must know before comparing. */
export type RowFlag = 'periodDiffers' | 'definitionDiffers' | 'unknownConcept';

export interface CompareRow {
  ref: FigureRef;
  bundle: Bundle;
  indicator: Indicator;
  concept?: Concept;
  kind: ConceptKind;
  period: FigurePeriod;
  /** The figure under the normalisation; undefined when it cannot honestly be computed. */
  value: number | undefined;
  note?: RowNote;
  flags: RowFlag[];
  /** The unit and measure the row is counted in: one chart per key. */
  unitKey: string;
}

/** The value of one figure under `norm`, with the reason when it is left as stated or blank. */
export function normalise(
  indicator: Indicator,
  kind: ConceptKind,
  period: FigurePeriod,
  norm: Norm,
  denominator?: Indicator,
): { value: number | undefined; note?: RowNote } {
  if (norm === 'total') return { value: indicator.value };
  if (norm === 'per-year') {
    if (kind !== 'flow') return { value: indicator.value, note: 'notDivided' };
    if (period.kind !== 'span') return { value: undefined, note: 'periodUnknown' };
    return { value: indicator.value / period.years };
  }
  if (kind === 'rate') return { value: indicator.value, note: 'notDivided' };
  if (!denominator?.value) return { value: undefined, note: 'noDenominator' };
  return { value: (indicator.value / denominator.value) * 10_000 };
}

/**
 * The rows of a comparison, in the order of `refs`, figures that cannot be found left out. Each
 * row is flagged where its period kind or concept differs from the first row of its unit. Without
 * a vocabulary (`concepts` undefined: it could not be loaded) figures are matched by their concept
 * ids alone and no concept is called unknown.
 */
export function compareRows({
  refs,
  lookup,
  concepts,
  norm,
}: {
  refs: readonly FigureRef[];
  lookup: (bundleId: string) => LoadedBundle | undefined;
  concepts: readonly Concept[] | undefined;
  norm: Norm;
}): CompareRow[] {
  const conceptsById = new Map((concepts ?? []).map((concept) => [concept.id, concept]));
  const found = refs.flatMap((ref) => {
    const source = lookup(ref.bundleId);
    const indicator = source?.bundle.indicators.find((item) => item.id === ref.indicatorId);
    return source && indicator ? [{ ref, source, indicator }] : [];
  });
  const denominators =
    norm === 'per-10k'
      ? perTenThousand([...new Set(found.map(({ source }) => source.bundle))], concepts ?? [])
      : undefined;
  const firstOfUnit = new Map<string, CompareRow>();
  return found.map(({ ref, source, indicator }) => {
    const concept = indicator.concept ? conceptsById.get(indicator.concept) : undefined;
    const kind = figureKind(indicator, concept);
    const period = figurePeriod(indicator, source);
    const denominator = denominators?.ok ? denominators.byBundle.get(ref.bundleId) : undefined;
    const row: CompareRow = {
      ref,
      bundle: source.bundle,
      indicator,
      ...(concept ? { concept } : {}),
      kind,
      period,
      ...normalise(indicator, kind, period, norm, denominator),
      flags: concepts && indicator.concept && !concept ? ['unknownConcept'] : [],
      unitKey: unitKey(indicator),
    };
    const first = firstOfUnit.get(row.unitKey);
    if (!first) firstOfUnit.set(row.unitKey, row);
    else {
      if (periodKey(first.period) !== periodKey(period)) row.flags.push('periodDiffers');
      if (concepts ? !concept || first.concept?.id !== concept.id : !sameConceptId(first, row)) {
        row.flags.push('definitionDiffers');
      }
    }
    return row;
  });
}

/** Whether two figures name the same concept id: all that is known without a vocabulary. */
const sameConceptId = (a: CompareRow, b: CompareRow) =>
  a.indicator.concept !== undefined && a.indicator.concept === b.indicator.concept;

/** Rows by the unit they are counted in, in order of first appearance: one chart each. */
export function groupRowsByUnit(rows: readonly CompareRow[]): CompareRow[][] {
  const groups = new Map<string, CompareRow[]>();
  for (const row of rows) {
    const group = groups.get(row.unitKey);
    if (group) group.push(row);
    else groups.set(row.unitKey, [row]);
  }
  return [...groups.values()];
}
