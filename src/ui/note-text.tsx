import { Fragment } from 'react';
import { lastWordStart, splitNotes } from '../lib/bracket-note.ts';
import { CJK } from '../lib/cjk.ts';

/**
 * A Chinese label with each bracketed note kept on one line: "城镇新增就业" / "（2025年）", not
 * "城镇新增就业（2025" / "年）". A note moves down whole (and wraps within itself only when wider
 * than the box), and the word before it is kept whole ("…年均" / "增长" rather than "…年均增" /
 * "长" above the note). Other text is given as it is.
 */
export function NoteText({ text }: { text: string }) {
  if (!CJK.test(text)) return <>{text}</>;
  const pieces = splitNotes(text);
  if (!pieces.some((piece) => piece.note)) return <>{text}</>;
  return (
    <>
      {pieces.map((piece, at) => {
        if (piece.note) {
          return (
            <span key={at} className="keep-whole">
              {piece.text}
            </span>
          );
        }
        if (!pieces[at + 1]?.note) return piece.text;
        // The word before a note is never split: no line of one character above the note.
        const start = lastWordStart(piece.text);
        if (start >= piece.text.length) return piece.text;
        return (
          <Fragment key={at}>
            {piece.text.slice(0, start)}
            <span className="no-wrap">{piece.text.slice(start)}</span>
          </Fragment>
        );
      })}
    </>
  );
}
