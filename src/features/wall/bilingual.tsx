import type { Lang, Localized } from '../../data/bundle-schema.ts';
import { NoteText } from '../../ui/note-text.tsx';

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
  const zh = keepNotes ? <NoteText text={text.zh} /> : text.zh;
  // One grid item (the label is a grid, its languages stacked), however many pieces the notes make.
  if (!both) return lang === 'zh' && keepNotes ? <span>{zh}</span> : <>{text[lang]}</>;
  return (
    <>
      <span lang="zh-CN">{zh}</span>{' '}
      <span lang="en" className="wall-en">
        {text.en}
      </span>
    </>
  );
}
