// Splits the report text into runs: each figure's number and the rest of its quote (marked, tied
// to the figure), the other numbers (which a person may make figures), and plain text between them.
import { extractNumbers } from '../../authoring/provenance.ts';
import type { Unit } from '../../data/bundle-format.ts';
import { normalizeForMatch, originalSpan, type NormalizedText } from '../../data/quote-match.ts';

export type TextRun =
  | { kind: 'plain'; start: number; text: string }
  /** A figure's words: `strong` is the number that states its value, the rest is its quote. */
  | { kind: 'figure'; start: number; text: string; figureId: string; strong: boolean }
  | { kind: 'number'; start: number; text: string; value: number };

interface Span {
  start: number;
  end: number;
  figureId: string;
}

export interface MarkedFigure {
  id: string;
  /** One string, or the pieces of a sentence the page printed across columns. */
  quote: string | readonly string[];
  value: number;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

const sameValue = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

let lastSource: { text: string; source: NormalizedText } | undefined;

/** The kept figures as the text marks them. */
export function markedFigures(
  figures: readonly {
    id: string;
    kept?: boolean;
    source: { quote: string | readonly string[] };
    value: number;
  }[],
): MarkedFigure[] {
  return figures
    .filter((figure) => figure.kept !== false)
    .map((figure) => ({ id: figure.id, quote: figure.source.quote, value: figure.value }));
}

/** What the marks of a text depend on: each figure's id, quote and value. */
const marksKey = (figures: readonly MarkedFigure[]) =>
  figures
    .map((figure) => `${figure.id}\u0000${JSON.stringify(figure.quote)}\u0000${figure.value}`)
    .join('\u0001');

let primed: { text: string; key: string; runs: TextRun[] } | undefined;

/**
 * Runs the draft worker already marked for a fresh draft: `markText` of the same text and figures
 * returns them instead of walking 70,000 characters again on the page (some 30 ms at 1x).
 */
export function primeMarks(text: string, figures: readonly MarkedFigure[], runs: TextRun[]): void {
  primed = { text, key: marksKey(figures), runs };
}

/** The text prepared for matching, kept for the last text: marks change far more often than it. */
function sourceOf(text: string): NormalizedText {
  if (lastSource?.text !== text) lastSource = { text, source: normalizeForMatch(text) };
  return lastSource.source;
}

const needles = new Map<string, string>();

/** A quote's piece prepared for matching, once: a long report has hundreds, marked again on edits. */
function needleOf(piece: string): string {
  let needle = needles.get(piece);
  if (needle === undefined) {
    if (needles.size > 20_000) needles.clear();
    needles.set(piece, (needle = normalizeForMatch(piece).flat));
  }
  return needle;
}

/**
 * Where each figure stands in the text: the number that states its value (one per figure, never
 * shared: a 分别 list gives each figure its own number in one quote) and the rest of its quote.
 */
function figureSpans(
  text: string,
  figures: readonly MarkedFigure[],
): { numbers: Span[]; quotes: Span[] } {
  const source = sourceOf(text);
  const numbers: Span[] = [];
  const quotes: Span[] = [];
  const used = new Set<string>();
  for (const figure of figures) {
    const pieces: { start: number; end: number }[] = [];
    for (const piece of typeof figure.quote === 'string'
      ? figure.quote.split(' … ')
      : figure.quote) {
      const needle = needleOf(piece);
      if (!needle) continue;
      // A report states some figures twice: each quote takes the first place that no other quote
      // holds, else the first place not yet taken by the same words, else the first place. The
      // places are walked only as far as the first free one: most quotes take their first.
      let first: { start: number; end: number } | undefined;
      let unused: { start: number; end: number } | undefined;
      let spot: { start: number; end: number } | undefined;
      for (
        let at = source.flat.indexOf(needle);
        at >= 0;
        at = source.flat.indexOf(needle, at + 1)
      ) {
        const span = originalSpan(source, at, at + needle.length);
        first ??= span;
        if (!quotes.some((taken) => overlaps(taken, span))) {
          spot = span;
          break;
        }
        if (!unused && !used.has(`${needle}@${span.start}`)) unused = span;
      }
      spot ??= unused ?? first;
      if (!spot) continue;
      used.add(`${needle}@${spot.start}`);
      pieces.push(spot);
    }
    quotes.push(...pieces.map((span) => ({ ...span, figureId: figure.id })));
    const stated = pieces.flatMap((span) =>
      extractNumbers(text.slice(span.start, span.end)).map((number) => ({
        start: span.start + number.index,
        end: span.start + number.index + number.raw.length,
        value: number.value,
      })),
    );
    const free = (span: { start: number; end: number }) =>
      !numbers.some((taken) => overlaps(taken, span));
    const number =
      stated.find((item) => sameValue(item.value, figure.value) && free(item)) ?? stated.find(free);
    if (number) numbers.push({ start: number.start, end: number.end, figureId: figure.id });
  }
  return { numbers, quotes };
}

/** Runs of `text` in order, covering it whole. */
export function markText(text: string, figures: readonly MarkedFigure[]): TextRun[] {
  if (primed?.text === text && primed.key === marksKey(figures)) return primed.runs;
  const { numbers, quotes } = figureSpans(text, figures);
  // Numbers first; a quote's words fill what no number and no earlier quote holds.
  const marks: (Span & { strong: boolean })[] = numbers.map((span) => ({ ...span, strong: true }));
  for (const quote of quotes.sort((a, b) => a.start - b.start)) {
    let at = quote.start;
    const inside = marks.filter((mark) => overlaps(mark, quote)).sort((a, b) => a.start - b.start);
    for (const mark of inside) {
      if (mark.start > at)
        marks.push({ start: at, end: mark.start, figureId: quote.figureId, strong: false });
      at = Math.max(at, mark.end);
    }
    if (at < quote.end)
      marks.push({ start: at, end: quote.end, figureId: quote.figureId, strong: false });
  }
  marks.sort((a, b) => a.start - b.start);
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
  for (const mark of marks) {
    if (mark.start < at) continue;
    if (mark.start > at) plainWithNumbers(at, mark.start);
    runs.push({
      kind: 'figure',
      start: mark.start,
      text: text.slice(mark.start, mark.end),
      figureId: mark.figureId,
      strong: mark.strong,
    });
    at = mark.end;
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

/**
 * Runs grouped into blocks of about `size` characters, each ending at a line break (a plain run is
 * cut after its last one) unless a line runs on past four times `size`: a long report is drawn a
 * block at a time, never in one task, and a block never ends in the middle of a line it can avoid.
 */
export function textBlocks(runs: readonly TextRun[], size: number): TextRun[][] {
  const blocks: TextRun[][] = [];
  let block: TextRun[] = [];
  let length = 0;
  const close = () => {
    if (block.length) blocks.push(block);
    block = [];
    length = 0;
  };
  for (const run of runs) {
    const lineEnd = run.kind === 'plain' ? run.text.lastIndexOf('\n') : -1;
    if (lineEnd >= 0 && length + lineEnd + 1 >= size) {
      block.push({ kind: 'plain', start: run.start, text: run.text.slice(0, lineEnd + 1) });
      close();
      const rest = run.text.slice(lineEnd + 1);
      if (rest) block.push({ kind: 'plain', start: run.start + lineEnd + 1, text: rest });
      length = rest.length;
      continue;
    }
    block.push(run);
    length += run.text.length;
    if (length >= 4 * size) close();
  }
  close();
  return blocks;
}
