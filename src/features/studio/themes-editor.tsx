import { useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { useStudio } from './studio-store.ts';
import { themesOf } from './studio-themes.ts';

/** The work's themes: each renamed in place or deleted (with its uses), and new ones added. */
export function ThemesEditor() {
  const { t } = useT('studio');
  const work = useStudio((state) => state.work);
  const addTheme = useStudio((state) => state.addTheme);
  const renameTheme = useStudio((state) => state.renameTheme);
  const deleteTheme = useStudio((state) => state.deleteTheme);
  const [zh, setZh] = useState('');
  const [en, setEn] = useState('');
  if (!work) return null;
  const themes = themesOf(work);
  const add = () => {
    if (!zh.trim()) return;
    addTheme({ zh: zh.trim(), en: en.trim() });
    setZh('');
    setEn('');
  };
  return (
    <fieldset className="studio-themes" data-testid="studio-themes">
      <legend>{t('themes.heading')}</legend>
      {themes.length === 0 && <p className="studio-hint">{t('themes.none')}</p>}
      <ul className="studio-themes__list">
        {themes.map((theme) => {
          const name = theme.label.zh || theme.id;
          return (
            <li key={theme.id} className="studio-themes__item">
              <input
                lang="zh-CN"
                aria-label={t('themes.labelZhOf', { name })}
                value={theme.label.zh}
                onChange={(event) =>
                  renameTheme(theme.id, { ...theme.label, zh: event.target.value })
                }
              />
              <input
                lang="en"
                aria-label={t('themes.labelEnOf', { name })}
                value={theme.label.en}
                onChange={(event) =>
                  renameTheme(theme.id, { ...theme.label, en: event.target.value })
                }
              />
              <button
                type="button"
                className="button button--small button--ghost"
                aria-label={t('themes.deleteOf', { name })}
                onClick={() => deleteTheme(theme.id)}
              >
                {t('themes.delete')}
              </button>
            </li>
          );
        })}
      </ul>
      <form
        className="studio-themes__add"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <input
          lang="zh-CN"
          aria-label={t('themes.newZh')}
          placeholder={t('themes.newZh')}
          value={zh}
          onChange={(event) => setZh(event.target.value)}
        />
        <input
          lang="en"
          aria-label={t('themes.newEn')}
          placeholder={t('themes.newEn')}
          value={en}
          onChange={(event) => setEn(event.target.value)}
        />
        <button type="submit" className="button button--small" disabled={!zh.trim()}>
          {t('themes.add')}
        </button>
      </form>
    </fieldset>
  );
}
