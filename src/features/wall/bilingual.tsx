import type { Lang, Localized } from '../../data/bundle-schema.ts';

/** Text in the wall's language; `both` puts the English under the Chinese. */
export function Bilingual({ text, lang, both }: { text: Localized; lang: Lang; both: boolean }) {
  if (!both) return <>{text[lang]}</>;
  return (
    <>
      <span lang="zh-CN">{text.zh}</span>{' '}
      <span lang="en" className="wall-en">
        {text.en}
      </span>
    </>
  );
}
