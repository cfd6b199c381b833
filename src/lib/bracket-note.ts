// A bracketed note in a label: "（2025年）", "（期初）", "(万人)". Chinese labels end in them, and
// they are what sets one figure apart from its neighbour, so none is broken across two lines.

/** A note, as a regular expression's source: a bracket, up to 16 characters with no space, its close. */
export const BRACKET_NOTE = String.raw`[（(][^（）()\s]{1,16}[）)]`;

const NOTES = new RegExp(BRACKET_NOTE, 'g');

/** `text` in pieces, each a note or the text between notes, in order; no piece is empty. */
export function splitNotes(text: string): { text: string; note: boolean }[] {
  const pieces: { text: string; note: boolean }[] = [];
  let from = 0;
  for (const match of text.matchAll(NOTES)) {
    if (match.index > from) pieces.push({ text: text.slice(from, match.index), note: false });
    pieces.push({ text: match[0], note: true });
    from = match.index + match[0].length;
  }
  if (from < text.length) pieces.push({ text: text.slice(from), note: false });
  return pieces;
}

const CJK_END = /\p{Script=Han}$/u;
const words =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter('zh', { granularity: 'word' })
    : undefined;

/**
 * Where the last word of `text` starts, when `text` ends in Chinese characters: a note after it
 * keeps that word with it on a line of its own, or the word stays whole on the line before, so no
 * line holds one character ("地区生产总值年均增" / "长" / "（2021—2025年）"). At least two
 * characters, at most six (a longer word keeps its last two); `text.length` when there is nothing
 * to keep, and 0 when the whole text is that short.
 */
export function lastWordStart(text: string): number {
  if (!CJK_END.test(text)) return text.length;
  let start = Math.max(0, text.length - 2);
  if (words) {
    const segments = [...words.segment(text)];
    let at = segments.length - 1;
    start = segments[at]?.index ?? start;
    while (text.length - start < 2 && at > 0 && CJK_END.test(segments[at - 1]?.segment ?? '')) {
      at -= 1;
      start = segments[at]?.index ?? start;
    }
    if (text.length - start > 6) start = text.length - 2;
  }
  return Math.max(0, Math.min(start, text.length - 2));
}
