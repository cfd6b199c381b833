import { BRACKET_NOTE } from '../../lib/bracket-note.ts';
import { CJK, CJK_RANGE } from '../../lib/cjk.ts';
import type { ChartMode } from '../theme.ts';
import { WALL_LABEL_SIZE } from './wall-rows.ts';

/** One bar, gauge or slice: the label and numbers already in the reader's language. */
export interface ChartRow {
  id: string;
  label: string;
  value: number;
  /** The figure as people read it: "52.58万人", "525,800 people". */
  display: string;
  /** The exact value with grouping: "525,800". */
  exact: string;
}

/** Sizes that differ between the desk and the wall (design pixels). */
export interface ChartScale {
  mode: ChartMode;
  label: number;
  value: number;
  axis: number;
}

export const SCALES: Record<ChartMode, ChartScale> = {
  analyst: { mode: 'analyst', label: 13, value: 13, axis: 12 },
  wall: { mode: 'wall', label: WALL_LABEL_SIZE, value: 26, axis: 22 },
  print: { mode: 'print', label: 11, value: 11, axis: 10 },
};

/**
 * Text a tooltip shows for a row; rich-text tooltips never interpret HTML. The brackets around
 * the exact value follow the figure's script: full-width in Chinese, plain in English.
 */
export function tooltipText(row: Pick<ChartRow, 'label' | 'display' | 'exact'>): string {
  if (row.display.includes(row.exact)) return `${row.label}\n${row.display}`;
  const exact = CJK.test(row.display) ? `（${row.exact}）` : ` (${row.exact})`;
  return `${row.label}\n${row.display}${exact}`;
}

/**
 * Rough width of a line of text in pixels: CJK characters are one em wide, Latin about 0.6 em
 * (bold digits a little wider). Good enough to reserve room for value labels at the bar ends.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += CJK.test(char) ? 1 : 0.62;
  return Math.ceil(ems * fontSize);
}

/** Characters a line may not start with (closing brackets and quotes, punctuation, %). */
const NO_LINE_START = new Set([...'）】」』》〉〕］｝、。，．：；！？％‰・…～)]}»,.:;!?%”’']);
/** Characters a line may not end with (opening brackets and quotes). */
const NO_LINE_END = new Set([...'（【「『《〈〔［｛“‘(']);

const ENDS_WITH_NOTE = new RegExp(`${BRACKET_NOTE}\\s*$`);
/**
 * What an English label ends in where a Chinese one ends in a note: a short qualifier after its
 * last comma (", 2025", ", start of the period"), the words that set it apart from its neighbour.
 * Not after the comma of a number ("per 10,000 people"), which starts no clause.
 */
const ENDS_WITH_QUALIFIER = /(?:,(?!\d{3})|，)\s*[^,，\s][^,，]{0,23}$/;
const HAS_NOTE = new RegExp(BRACKET_NOTE);
/** Marks that open a note or a quotation: a label cut short never ends just after one. */
const OPENERS = new Set([...'（(“‘《【「『']);
/** How many characters of a label, at least, stand before a kept note's ellipsis. */
const MIN_BEFORE_NOTE = 2;
/** A CJK character, or a run of other characters, with the spaces after it; or spaces alone. */
const PIECE = String.raw`[${CJK_RANGE}]\s*|[^\s${CJK_RANGE}]+\s*|\s+`;
/** The same, a bracketed note ("（2025年）", "(万人)") being one piece. */
const PIECES = new RegExp(String.raw`${BRACKET_NOTE}\s*|${PIECE}`, 'g');
const PIECES_NO_NOTES = new RegExp(PIECE, 'g');

/**
 * The pieces of `text` that may not be parted, each with the spaces after it: a bracketed note
 * (where `notes`), a CJK character, or a run of other characters; a closing mark joins the
 * piece before it, an opening one the next.
 */
function unbreakablePieces(text: string, notes: boolean): string[] {
  const pieces: string[] = [];
  let glueNext = false;
  for (const piece of text.match(notes ? PIECES : PIECES_NO_NOTES) ?? []) {
    const first = [...piece][0] ?? '';
    if ((glueNext || NO_LINE_START.has(first)) && pieces.length > 0) {
      pieces[pieces.length - 1] += piece;
    } else {
      pieces.push(piece);
    }
    glueNext = NO_LINE_END.has([...piece.trimEnd()].at(-1) ?? '');
  }
  return pieces;
}

/** A bracketed note or one character: the units a word no line holds is broken between. */
const NOTE_OR_CHAR = new RegExp(String.raw`${BRACKET_NOTE}|[\s\S]`, 'gu');

/**
 * A piece no line holds, in parts that each fit one, broken where the line is full by the rules
 * wrapLines keeps: a note that fits a line stays whole ("Telecommunication" / "(2025)"), a
 * closing mark or punctuation never starts a part (the character before it goes down with it),
 * an opening bracket never ends one, and spaces stay with what they follow.
 */
function breakWord(piece: string, fits: (part: string) => boolean): string[] {
  const units = (piece.match(NOTE_OR_CHAR) ?? []).flatMap((unit) =>
    unit.length > 1 && !fits(unit) ? [...unit] : [unit],
  );
  const parts: string[] = [];
  let part = '';
  for (const unit of units) {
    if (part.trim() === '' || unit.trim() === '' || fits(part + unit)) {
      part += unit;
      continue;
    }
    const chars = [...part];
    let cut = chars.length;
    if (NO_LINE_START.has(unit)) {
      // Not a closing mark alone at the start: the character it follows goes down with it.
      const last = chars[cut - 1] ?? '';
      if (cut > 1 && !NO_LINE_START.has(last) && !NO_LINE_END.has(last)) cut -= 1;
      else cut = 0;
    }
    // Nor an opening bracket at the end, spaces after it or not: it goes down with what it opens.
    const endsOpen = (at: number) =>
      NO_LINE_END.has(chars.slice(0, at).join('').trimEnd().at(-1) ?? '');
    while (cut > 1 && endsOpen(cut)) cut -= 1;
    if (cut === 0 || endsOpen(cut)) {
      part += unit;
      continue;
    }
    parts.push(chars.slice(0, cut).join(''));
    part = chars.slice(cut).join('') + unit;
  }
  if (part !== '') parts.push(part);
  return parts;
}

/**
 * `text` in lines of at most `width` pixels, broken as ECharts breaks with `overflow: 'break'`
 * (Latin at spaces, CJK between any two characters) but by the rules of Chinese typesetting: a
 * closing bracket or punctuation mark never starts a line, an opening bracket never ends one
 * (ECharts had put "）" alone on a line: "地区生产总值增长（2025年" / "）"), and a bracketed
 * note that fits a line stays whole ("（2025年）", not "（2025" / "年）"). A word longer than the
 * line is broken where it reaches the edge, as ECharts and CSS's `overflow-wrap` break it: kept
 * whole, it ran past the chart's edge, and ECharts broke it again into lines no one had counted.
 * `measure` gives a line's width; estimateTextWidth where none is.
 *
 * A last line of one character, or of less than a third of the width ("Foreign investment used,
 * 2021–2025" / "total"), is evened out: the lines are broken at the narrowest width that gives as
 * many lines, so no word is left alone and the label takes no more lines than before. A note
 * alone on the last line stays there.
 */
export function wrapLines(
  text: string,
  width: number,
  fontSize: number,
  measure: (line: string, fontSize: number) => number = estimateTextWidth,
): string[] {
  const lines = greedyLines(text, width, fontSize, measure);
  const last = lines.at(-1) ?? '';
  // A note alone on the last line ("城镇新增就业" / "（2025年）") is how a label should break.
  const short = [...last].length === 1 || measure(last, fontSize) < width / 3;
  if (lines.length < 2 || !short || /^[（(]/.test(last)) return lines;
  // The narrowest whole pixel width that keeps the count: each try is a greedy wrap.
  let [low, high] = [Math.floor(width / 2), Math.floor(width)];
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (greedyLines(text, mid, fontSize, measure).length <= lines.length) high = mid;
    else low = mid + 1;
  }
  const even = greedyLines(text, high, fontSize, measure);
  return even.length === lines.length ? even : lines;
}

/** `text` broken as wrapLines breaks it, each line filled as far as it goes. */
function greedyLines(
  text: string,
  width: number,
  fontSize: number,
  measure: (line: string, fontSize: number) => number,
): string[] {
  const fits = (piece: string) => measure(piece.trimEnd(), fontSize) <= width;
  // A bracketed note wider than the line is broken as any other text.
  const pieces = unbreakablePieces(text, true).flatMap((piece) =>
    HAS_NOTE.test(piece) && !fits(piece) ? unbreakablePieces(piece, false) : [piece],
  );
  const lines: string[] = [];
  let line = '';
  // Only a piece that starts a line can be wider than one: it is measured there, and broken.
  const startLine = (piece: string) => {
    const parts = fits(piece) ? [piece] : breakWord(piece.trimStart(), fits);
    for (const part of parts.slice(0, -1)) lines.push(part.trimEnd());
    line = parts.at(-1) ?? '';
  };
  for (const piece of pieces) {
    const joined = line + piece;
    if (line.trim() === '') {
      startLine(joined);
    } else if (measure(joined.trimEnd(), fontSize) > width) {
      lines.push(line.trimEnd());
      startLine(piece.trimStart());
    } else {
      line = joined;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/**
 * `text` wrapped as wrapLines wraps it, in at most `maxLines` lines: cut short, the last line ends
 * in an ellipsis. A bracketed note that ends the text ("（2025年）") goes whole rather than leave
 * a piece of it ("（20…"), unless `keepNote`: then it ends the last line after the ellipsis
 * ("社会物流总费用…（期初）"), where the line holds it. With `keepNote`, a label without such a
 * note keeps its closing qualifier the same way ("Share of the six…, 2025").
 */
export function fitLines(
  text: string,
  width: number,
  fontSize: number,
  maxLines: number,
  measure: (line: string, fontSize: number) => number = estimateTextWidth,
  keepNote = false,
): string[] {
  const lines = wrapLines(text, width, fontSize, measure);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(0, maxLines - 1));
  // What the kept lines leave of the text, its spaces as they were: each line is a stretch of it.
  let end = 0;
  for (const line of kept) end = text.indexOf(line, end) + line.length;
  const rest = text.slice(end).trim();
  const noteAt = rest.search(ENDS_WITH_NOTE);
  let note = noteAt > 0 ? rest.slice(noteAt).trimEnd() : '';
  let head = [...(note ? rest.slice(0, noteAt) : rest)];
  // Kept, a closing qualifier plays the note's part; cut alone, it is cut like other words.
  const qualifierAt = keepNote && !note ? rest.search(ENDS_WITH_QUALIFIER) : -1;
  if (qualifierAt > 0) {
    note = rest.slice(qualifierAt);
    head = [...rest.slice(0, qualifierAt)];
  }
  const fit = (tail: string) => {
    let fitted = head.length;
    while (fitted > 0 && measure(head.slice(0, fitted).join('') + tail, fontSize) > width) {
      fitted -= 1;
    }
    // A cut inside a note or a quotation goes back to before it opens: not "（亿…" nor "“…".
    const open = head.slice(0, fitted).findLastIndex((char, at) => {
      if (!OPENERS.has(char)) return false;
      const closer = head.slice(at + 1, fitted).join('');
      return !/[）)”’》】」』]/.test(closer);
    });
    return open >= 0 ? open : fitted;
  };
  let tail = '…';
  let fitted = fit(tail);
  // The note after the ellipsis only where a few of the label's own characters stay before it.
  if (keepNote && note) {
    const withNote = fit(`…${note}`);
    if (withNote >= Math.min(MIN_BEFORE_NOTE, head.length)) {
      tail = `…${note}`;
      fitted = withNote;
    }
  }
  return [...kept, head.slice(0, fitted).join('').trimEnd() + tail];
}

/**
 * The labels of one chart fitted by `fit`, told apart: those that come out the same keep the
 * notes that end them. On the wall, labels of one report often differ only there (the year, "at
 * the start"), and two bars cut to the same words could not be told apart.
 */
export function fitApart(
  labels: readonly string[],
  fit: (label: string, keepNote: boolean) => string[],
): Map<string, string[]> {
  const shown = (lines: readonly string[]) => lines.join('\n');
  const plain = new Map(labels.map((label) => [label, fit(label, false)]));
  const timesOf = (fitted: Map<string, string[]>) => {
    const times = new Map<string, number>();
    for (const lines of fitted.values())
      times.set(shown(lines), (times.get(shown(lines)) ?? 0) + 1);
    return times;
  };
  const plainTimes = timesOf(plain);
  const fitted = new Map(
    [...plain].map(([label, lines]) => [
      label,
      (plainTimes.get(shown(lines)) ?? 0) > 1 ? fit(label, true) : lines,
    ]),
  );
  // A note kept in vain (the labels still read the same) only took words: they go back.
  const times = timesOf(fitted);
  for (const [label, lines] of fitted) {
    if ((times.get(shown(lines)) ?? 0) > 1) fitted.set(label, plain.get(label) ?? lines);
  }
  return fitted;
}

/** How many lines `text` takes, wrapped as wrapLines wraps it. */
export function wrappedLineCount(
  text: string,
  width: number,
  fontSize: number,
  measure?: (line: string, fontSize: number) => number,
): number {
  return wrapLines(text, width, fontSize, measure).length;
}

export interface LabelPlacement {
  /** The grid's right margin: room for the labels printed past their bars' ends. */
  right: number;
  /** Per bar, largest first: whether its label fits inside the bar. */
  inside: boolean[];
}

/**
 * Where the value labels of a horizontal bar chart go once the chart's width is known. A label
 * goes inside its bar when the bar holds it with `pad` on both sides, past the bar's end
 * otherwise, and the right margin is only as wide as those labels need. Reserving room for the
 * longest label at every bar's end instead left an English chart on a narrow card a plot of 60 px
 * ("1,481,000 person-times" is 160 px). `ratios` are the values over the largest, the axis
 * ending at the largest value; `room` is the chart's width less its left margin.
 */
export function placeValueLabels({
  ratios,
  labelWidths,
  room,
  minRight,
  gap = 6,
  pad = 6,
}: {
  ratios: readonly number[];
  labelWidths: readonly number[];
  room: number;
  minRight: number;
  gap?: number;
  pad?: number;
}): LabelPlacement {
  // With every label past its bar's end this margin always suffices: no bar ends past the plot.
  const allOutside = Math.max(minRight, gap + Math.max(0, ...labelWidths));
  const insideAt = (right: number) =>
    ratios.map((ratio, index) => (room - right) * ratio >= (labelWidths[index] ?? 0) + 2 * pad);
  let right = minRight;
  // A wider margin shortens the bars, which may push more labels out or move a label past a
  // shorter bar's end; the margin only grows, so this settles, at the latest at `allOutside`.
  while (right < allOutside) {
    const plot = room - right;
    const inside = insideAt(right);
    const needed = Math.max(
      minRight,
      ...ratios.map((ratio, index) =>
        inside[index] ? 0 : Math.ceil(plot * ratio + gap + (labelWidths[index] ?? 0) - plot),
      ),
    );
    if (needed <= right) return { right, inside };
    right = Math.min(needed, allOutside);
  }
  // A margin that holds every label past its bar's end still leaves inside the bars that hold
  // theirs (a wide margin for the axis name had put even the largest bar's label outside).
  return { right: allOutside, inside: insideAt(allOutside) };
}
