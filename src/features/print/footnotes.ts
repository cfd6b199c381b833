import type { Indicator } from '../../data/bundle-schema.ts';
import { quoteText } from '../../data/quote-match.ts';

/** One entry of the briefing's source list: the figure and the report's own words for it. */
export interface SourceNote {
  number: number;
  indicator: Indicator;
  /** The quote, its pieces joined with " … ". */
  quote: string;
}

/**
 * Numbers every figure of the briefing in the order a reader meets it (the headline figures,
 * then each panel's): a figure shown twice keeps its first number, so one note serves both marks.
 */
export function numberSources(groups: readonly (readonly Indicator[])[]): {
  notes: SourceNote[];
  numberOf: ReadonlyMap<string, number>;
} {
  const numberOf = new Map<string, number>();
  const notes: SourceNote[] = [];
  for (const group of groups) {
    for (const indicator of group) {
      if (numberOf.has(indicator.id)) continue;
      const number = notes.length + 1;
      numberOf.set(indicator.id, number);
      notes.push({ number, indicator, quote: quoteText(indicator.source) });
    }
  }
  return { notes, numberOf };
}
