import type { ReactNode } from 'react';
import type { Bundle, Lang } from '../../data/bundle-schema.ts';
import { Bilingual } from './bilingual.tsx';
import { Clock } from './clock.tsx';
import { useAppText } from './use-app-text.ts';

/**
 * The title band: the bundle's title and publisher, its period, the date of its data, a clock,
 * and under them `status` (the wall's out-of-date badge), which so never covers the title.
 */
export function WallHeader({
  bundle,
  lang,
  both,
  status,
}: {
  bundle: Bundle;
  lang: Lang;
  both: boolean;
  status?: ReactNode;
}) {
  const text = useAppText();
  const dated = text('wall.dataAsOf');
  const asOfLine = bundle.asOf
    ? { zh: `${dated.zh} ${bundle.asOf}`, en: `${dated.en} ${bundle.asOf}` }
    : // The desk's words: one report, one way of saying its date is not given.
      text('header.asOfUnknown');
  return (
    <header className={`wall-header${bundle.title[lang].length > 36 ? ' wall-header--long' : ''}`}>
      <div className="wall-header__title">
        <h1 data-testid="bundle-title">
          <Bilingual text={bundle.title} lang={lang} both={both} keepNotes />
        </h1>
        <p>
          <Bilingual text={bundle.publisher} lang={lang} both={both} />
        </p>
      </div>
      <div className="wall-header__side">
        <div className="wall-header__meta">
          <span className="wall-period">
            <Bilingual text={bundle.period.label} lang={lang} both={both} />
          </span>
          <span className="wall-asof">
            <Bilingual text={asOfLine} lang={lang} both={both} />
          </span>
          <Clock />
        </div>
        {status}
      </div>
    </header>
  );
}
