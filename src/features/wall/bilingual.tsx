import type { Lang, Localized } from '../../data/bundle-schema.ts';
import { keepRunsWhole, NoteText } from '../../ui/note-text.tsx';

/**
 * Text in the wall's language; `both` puts the English under the Chinese. `keepNotes` keeps each
 * bracketed note of a label on one line (NoteText): for labels, not titles.
 */
export function Bilingual({
  text,
  lang,
  both,
  keepNotes = false,
}: {
  text: Localized;
  lang: Lang;
  both: boolean;
  keepNotes?: boolean;
}) {
  // NoteText leaves English as it is, and keeps the notes of English not yet translated.
  // Without: number ranges and a title's "· word" are still kept whole (keepRunsWhole).
  const zh = keepNotes ? <NoteText text={text.zh} /> : keepRunsWhole(text.zh);
  const en = keepNotes ? <NoteText text={text.en} /> : keepRunsWhole(text.en);
  // One grid item (the label is a grid, its languages stacked), however many pieces the notes make.
  if (!both) {
    const shown = lang === 'zh' ? zh : en;
    return keepNotes || typeof shown !== 'string' ? <span>{shown}</span> : <>{shown}</>;
  }
  return (
    <>
      <span lang="zh-CN">{zh}</span>{' '}
      <span lang="en" className="wall-en">
        {en}
      </span>
    </>
  );
}
