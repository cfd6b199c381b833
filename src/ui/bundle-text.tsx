import { useT } from '../i18n/use-t.ts';
import type { Lang, Localized } from '../data/bundle-schema.ts';
import { isUntranslated } from '../data/bundle-format.ts';
import { NoteText } from './note-text.tsx';

/**
 * A bundle's text in the page's language. English not yet written shows the Chinese, marked as
 * Chinese (for screen readers too, by `lang`) with a small "(Chinese)" after it.
 */
export function BundleText({
  text,
  lang,
  keepNotes = false,
}: {
  text: Localized;
  lang: Lang;
  /** A label's bracketed notes each kept on one line (NoteText): for labels, not titles. */
  keepNotes?: boolean;
}) {
  const { t } = useT();
  if (lang === 'en' && isUntranslated(text)) {
    return (
      <>
        <span lang="zh">{keepNotes ? <NoteText text={text.zh} /> : text.zh}</span>{' '}
        <small className="untranslated-mark">{t('notes.untranslated')}</small>
      </>
    );
  }
  return keepNotes ? <NoteText text={text[lang]} /> : <>{text[lang]}</>;
}

/** A category's label by id, marked like any bundle text; the id itself when it is unknown. */
export function CategoryText({
  index,
  id,
  lang,
}: {
  index: { categoriesById: ReadonlyMap<string, { label: Localized }> };
  id: string;
  lang: Lang;
}) {
  const category = index.categoriesById.get(id);
  return category ? <BundleText text={category.label} lang={lang} /> : <>{id}</>;
}
