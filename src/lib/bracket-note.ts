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
