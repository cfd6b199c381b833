import { Fragment, type ReactNode } from 'react';
import { lastWordStart, splitNotes } from '../lib/bracket-note.ts';
import { CJK } from '../lib/cjk.ts';

/**
 * Runs of text that are no place for a line break: a range of numbers ("2021–2025", "2021—2025"),
 * and a separating dot with the word after it ("The economy · In" / "US dollars", not "The
 * economy ·" / "In US dollars"; "经济运行 · 以美元计").
 */
const WHOLE_RUNS =
  /\d+(?:[.,]\d+)*[–—-]\d+(?:[.,]\d+)*|(?<= )[·•] (?:\p{Script=Han}{1,6}|[^\s\p{Script=Han}]+)/gu;

/** `text` with each run that must not break (WHOLE_RUNS) in an unbreakable box. */
export function keepRunsWhole(text: string): ReactNode {
  const runs = [...text.matchAll(WHOLE_RUNS)];
  if (!runs.length) return text;
  const nodes: ReactNode[] = [];
  let from = 0;
  for (const run of runs) {
    nodes.push(text.slice(from, run.index));
    nodes.push(
      <span key={run.index} className="no-wrap">
        {run[0]}
      </span>,
    );
    from = run.index + run[0].length;
  }
  nodes.push(text.slice(from));
  return nodes;
}

/**
 * A Chinese label with each bracketed note kept on one line: "城镇新增就业" / "（2025年）", not
 * "城镇新增就业（2025" / "年）". A note moves down whole (and wraps within itself only when wider
 * than the box), and the word before it is kept whole ("…年均" / "增长" rather than "…年均增" /
 * "长" above the note). In any language, the runs keepRunsWhole names are not broken.
 */
export function NoteText({ text }: { text: string }) {
  if (!CJK.test(text)) return <>{keepRunsWhole(text)}</>;
  const pieces = splitNotes(text);
  if (!pieces.some((piece) => piece.note)) return <>{keepRunsWhole(text)}</>;
  return (
    <>
      {pieces.map((piece, at) => {
        if (piece.note) {
          return (
            <span key={at} className="keep-whole">
              {keepRunsWhole(piece.text)}
            </span>
          );
        }
        // The word before a note is never split: no line of one character above the note.
        const start = pieces[at + 1]?.note ? lastWordStart(piece.text) : piece.text.length;
        return (
          <Fragment key={at}>
            {keepRunsWhole(piece.text.slice(0, start))}
            {start < piece.text.length && (
              <span className="no-wrap">{piece.text.slice(start)}</span>
            )}
          </Fragment>
        );
      })}
    </>
  );
}
