import { useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { DRAFT_PARAM_PREFIX } from '../../data/studio-drafts.ts';

type View = 'analyst' | 'screen';

/**
 * The dashboard drawn from the saved draft, in a frame: the app itself loads `?bundle=draft:<id>`
 * through the same validation as any bundle, so the preview is what the wall will show.
 */
export function PreviewPane({ id }: { id: string }) {
  const { t } = useT('studio');
  const [view, setView] = useState<View>();
  const [lang, setLang] = useState<'zh' | 'en'>('zh');
  const [reloads, setReloads] = useState(0);
  const params = new URLSearchParams({ bundle: `${DRAFT_PARAM_PREFIX}${id}`, lang });
  if (view === 'screen') params.set('mode', 'screen');
  const viewName = view === 'screen' ? t('preview.wall') : t('preview.analyst');
  return (
    <section className="studio-preview" aria-labelledby="studio-preview-heading">
      <h2 id="studio-preview-heading">{t('preview.heading')}</h2>
      <div className="studio-preview__controls">
        {(['analyst', 'screen'] as const).map((option) => (
          <button
            key={option}
            type="button"
            className={`button button--small${view === option ? '' : ' button--ghost'}`}
            aria-pressed={view === option}
            onClick={() => setView(view === option ? undefined : option)}
          >
            {option === 'screen' ? t('preview.wall') : t('preview.analyst')}
          </button>
        ))}
        {(['zh', 'en'] as const).map((option) => (
          <button
            key={option}
            type="button"
            className={`button button--small${lang === option ? '' : ' button--ghost'}`}
            aria-pressed={lang === option}
            onClick={() => setLang(option)}
          >
            {t(`preview.${option}`)}
          </button>
        ))}
        {view && (
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() => setReloads((n) => n + 1)}
          >
            {t('preview.refresh')}
          </button>
        )}
      </div>
      {view && (
        <iframe
          key={`${view}-${lang}-${reloads}`}
          className={`studio-preview__frame studio-preview__frame--${view}`}
          title={t('preview.frameTitle', { view: viewName, lang: t(`preview.${lang}`) })}
          src={`/?${params.toString()}`}
          data-testid="studio-preview"
        />
      )}
    </section>
  );
}
