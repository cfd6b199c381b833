import { splitNotes } from '../lib/bracket-note.ts';
import { CJK } from '../lib/cjk.ts';

/**
 * A Chinese label with each bracketed note kept on one line: "城镇新增就业" / "（2025年）", not
 * "城镇新增就业（2025" / "年）". A note moves down whole (and wraps within itself only when wider
 * than the box). Other text is given as it is.
 */
export function NoteText({ text }: { text: string }) {
  if (!CJK.test(text)) return <>{text}</>;
  const pieces = splitNotes(text);
  if (!pieces.some((piece) => piece.note)) return <>{text}</>;
  return (
    <>
      {pieces.map((piece, at) =>
        piece.note ? (
          <span key={at} className="keep-whole">
            {piece.text}
          </span>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
