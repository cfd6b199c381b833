import { useT } from '../../i18n/use-t.ts';
import type { Bundle, Lang } from '../../data/bundle-schema.ts';
import { BundleNotes } from '../../ui/bundle-notes.tsx';
import { BundleText } from '../../ui/bundle-text.tsx';
import { LanguageSwitch } from '../../ui/language-switch.tsx';
import { ReportPicker } from './report-picker.tsx';

function wallHref(): string {
  // Rendered at build time too (the page's first screen), where there is no window.
  const params = new URLSearchParams(typeof window === 'undefined' ? '' : window.location.search);
  params.set('mode', 'screen');
  for (const name of ['cat', 'theme', 'unit', 'q', 'view', 'ind', 'cmp']) params.delete(name);
  return `?${params.toString()}`;
}

/** Title, period, publisher and the date the figures stand at. */
export function AnalystHeader({ bundle, lang }: { bundle: Bundle; lang: Lang }) {
  const { t } = useT();
  return (
    <header className="analyst-header">
      <div className="analyst-header__titles">
        <h1 data-testid="bundle-title">
          <BundleText text={bundle.title} lang={lang} keepNotes />
        </h1>
        <p className="analyst-header__meta">
          <span>{t('header.publisher', { name: bundle.publisher[lang] })}</span>
          <span>{t('header.period', { label: bundle.period.label[lang] })}</span>
          <span>
            {bundle.asOf ? t('header.asOf', { date: bundle.asOf }) : t('header.asOfUnknown')}
          </span>
        </p>
      </div>
      <nav className="analyst-header__actions" aria-label={t('header.language')}>
        <ReportPicker bundle={bundle} lang={lang} />
        <a className="button button--ghost" href={wallHref()}>
          {t('header.openWall')}
        </a>
        <BundleNotes bundle={bundle} />
        <LanguageSwitch />
      </nav>
    </header>
  );
}
