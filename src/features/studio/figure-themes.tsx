import { useT } from '../../i18n/use-t.ts';
import type { StudioTheme } from './studio-themes.ts';

interface Props {
  figureId: string;
  themes: readonly StudioTheme[];
  chosen: readonly string[];
  onChange: (themes: string[]) => void;
}

/** A figure's themes: a one-line summary that opens into a box per theme of the work. */
export function FigureThemes({ figureId, themes, chosen, onChange }: Props) {
  const { t, i18n } = useT('studio');
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const name = (theme: StudioTheme) => theme.label[lang] || theme.label.zh || theme.id;
  const picked = themes.filter((theme) => chosen.includes(theme.id));
  // Order follows the work's theme list, so the exported list does not depend on click order.
  const toggle = (id: string, on: boolean) =>
    onChange(
      themes
        .map((theme) => theme.id)
        .filter((theme) => (theme === id ? on : chosen.includes(theme))),
    );
  return (
    <details className="studio-figure__themes" data-testid={`figure-themes-${figureId}`}>
      <summary>
        {t('figures.themesSummary', {
          names: picked.length
            ? picked.map(name).join(lang === 'en' ? ', ' : '、')
            : t('figures.themesNone'),
        })}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{t('figures.themes')}</legend>
        {themes.map((theme) => (
          <label key={theme.id} className="studio-check">
            <input
              type="checkbox"
              checked={chosen.includes(theme.id)}
              onChange={(event) => toggle(theme.id, event.target.checked)}
            />
            {name(theme)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
