// Splits the report text into runs: the quotes of figures (marked, each tied to its figure), the
// other numbers (which a person may make figures), and plain text between them.
import { extractNumbers } from '../../authoring/provenance.ts';
import type { Unit } from '../../data/bundle-schema.ts';
import { normalizeForMatch, occurrences, originalSpan } from '../../data/quote-match.ts';

export type TextRun =
  | { kind: 'plain'; start: number; text: string }
  | { kind: 'figure'; start: number; text: string; figureId: string }
  | { kind: 'number'; start: number; text: string; value: number };

interface Span {
  start: number;
  end: number;
  figureId: string;
}

/** Where each figure's quote (or each piece of it) stands in the text. */
function figureSpans(text: string, figures: readonly { id: string; quote: string }[]): Span[] {
  const source = normalizeForMatch(text);
  const spans: Span[] = [];
  const taken: { start: number; end: number }[] = [];
  const free = (start: number, end: number) =>
    taken.every((span) => end <= span.start || start >= span.end);
  for (const figure of figures) {
    for (const piece of figure.quote.split(' … ')) {
      const needle = normalizeForMatch(piece).flat;
      // A report states some figures twice: each quote takes the first place not yet taken.
      const spots = occurrences(source.flat, needle).map((at) =>
        originalSpan(source, at, at + needle.length),
      );
      const spot = spots.find((span) => free(span.start, span.end)) ?? spots[0];
      if (!spot) continue;
      taken.push(spot);
      spans.push({ ...spot, figureId: figure.id });
    }
  }
  // Overlapping quotes: the earlier keeps its place, the later starts where it ends.
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const placed: Span[] = [];
  for (const span of spans) {
    const last = placed[placed.length - 1];
    const start = last ? Math.max(span.start, last.end) : span.start;
    if (start < span.end) placed.push({ ...span, start });
  }
  return placed;
}

/** Runs of `text` in order, covering it whole. */
export function markText(
  text: string,
  figures: readonly { id: string; quote: string }[],
): TextRun[] {
  const runs: TextRun[] = [];
  const plainWithNumbers = (from: number, to: number) => {
    const part = text.slice(from, to);
    let at = 0;
    for (const number of extractNumbers(part)) {
      if (number.index > at)
        runs.push({ kind: 'plain', start: from + at, text: part.slice(at, number.index) });
      runs.push({
        kind: 'number',
        start: from + number.index,
        text: number.raw,
        value: number.value,
      });
      at = number.index + number.raw.length;
    }
    if (at < part.length) runs.push({ kind: 'plain', start: from + at, text: part.slice(at) });
  };
  let at = 0;
  for (const span of figureSpans(text, figures)) {
    if (span.start > at) plainWithNumbers(at, span.start);
    runs.push({
      kind: 'figure',
      start: span.start,
      text: text.slice(span.start, span.end),
      figureId: span.figureId,
    });
    at = span.end;
  }
  if (at < text.length) plainWithNumbers(at, text.length);
  return runs;
}

/** A first guess of a picked number's unit from the words right after it; the person confirms. */
export function guessUnit(after: string): Unit {
  const next = after.trimStart();
  if (/^(%|％)/.test(next)) return 'percent';
  if (/^(万|亿)?(余|多)?(万|亿)?元/.test(next)) return 'yuan';
  if (/^(万|亿)?(余|多)?(万|亿)?人次/.test(next)) return 'person-time';
  if (/^(万|亿)?(余|多)?(万|亿)?(人|名)/.test(next)) return 'person';
  if (/^(万|亿)?(余|多)?(万|亿)?(场|次)/.test(next)) return 'event';
  if (/^(万|亿)?(余|多)?(万|亿)?(家|户)/.test(next)) return 'organization';
  return 'item';
}

/** The text around position `start` that states a number: the clause it stands in. */
export function clauseAround(text: string, start: number, length: number): string {
  const stops = /[。；;！!？?\n，,、：:]/;
  let from = start;
  while (from > 0 && !stops.test(text[from - 1] as string) && start - from < 30) from -= 1;
  let to = start + length;
  while (to < text.length && !stops.test(text[to] as string) && to - start < 30) to += 1;
  return text.slice(from, to).trim();
}
