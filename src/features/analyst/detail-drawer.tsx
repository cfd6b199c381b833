import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Indicator, Lang } from '../../data/bundle-schema.ts';
import { findQuote } from '../../data/quote-match.ts';
import { sourceTextQueryOptions } from '../../data/source-text-query.ts';
import { formatExact, unitWord } from '../../lib/format/number.ts';
import type { BundleIndex } from '../../store/bundle-index.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { displayValue } from '../../ui/indicator-text.ts';
import { focusAfterChange } from '../../ui/keep-focus.ts';

const CONTEXT_CHARS = 120;

/** Han characters and CJK punctuation, between which Chinese text has no spaces. */
const CJK = '\\u2e80-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
/** Marks where the quote starts and ends while the window around it is tidied. */
const START = '\ue000';
const END = '\ue001';
const BETWEEN_CJK = new RegExp(
  `(?<=[${CJK}][${START}${END}]?)\\s+(?=[${START}${END}]?[${CJK}])`,
  'g',
);

/**
 * Report text as it was printed: the OCR breaks lines, and puts spaces, in the middle of Chinese
 * words ("资金物\n\n资", "绩 效"); those go, and other runs of white space become one space.
 */
export function tidyReportText(text: string): string {
  return text.replace(BETWEEN_CJK, '').replace(/\s+/g, ' ');
}

/** The quote inside the text around it, tidied, or nothing when the text or quote is not found. */
export function quoteInContext(
  text: string,
  quote: string,
): { before: string; match: string; after: string } | undefined {
  const found = findQuote(text, quote);
  if (!found) return undefined;
  const window = [
    text.slice(Math.max(0, found.start - CONTEXT_CHARS), found.start),
    START,
    text.slice(found.start, found.end),
    END,
    text.slice(found.end, found.end + CONTEXT_CHARS),
  ].join('');
  const [before = '', rest = ''] = tidyReportText(window).split(START);
  const [match = '', after = ''] = rest.split(END);
  return { before: before.trimStart(), match, after: after.trimEnd() };
}

/** Everything about one figure: how it reads, what it measures, and where the report says it. */
export function DetailDrawer({
  index,
  indicator,
  lang,
  onClose,
}: {
  index: BundleIndex;
  indicator: Indicator;
  lang: Lang;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const compare = useDashboard((state) => state.compare);
  const toggleCompare = useDashboard((state) => state.toggleCompare);
  const sourcePath = index.bundle.source.text;
  const sourceText = useQuery(sourceTextQueryOptions(sourcePath));
  const closeButton = useRef<HTMLButtonElement>(null);
  // Focus goes back where it came from when the panel closes: the headline figure or table row
  // that opened it, or the main region if that was a chart's bar. Only once the panel has gone:
  // React's development checks unmount and mount it again without taking it off the page.
  const panel = useRef<HTMLElement>(null);
  const [opener] = useState(() => {
    const active = document.activeElement;
    return active instanceof HTMLElement && active !== document.body ? active : null;
  });
  useEffect(() => {
    const element = panel.current;
    return () => focusAfterChange(opener, () => !element?.isConnected);
  }, [opener]);
  useEffect(() => {
    closeButton.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [indicator.id, onClose]);
  const context = sourceText.data
    ? quoteInContext(sourceText.data, indicator.source.quote)
    : undefined;
  const category = index.categoriesById.get(indicator.category);
  const themes = (indicator.themes ?? []).map((id) => index.themesById.get(id)?.label[lang] ?? id);
  const inCompare = compare.includes(indicator.id);
  const url = index.bundle.source.url;
  return (
    <aside
      ref={panel}
      className="detail-drawer"
      role="dialog"
      aria-modal="false"
      aria-labelledby="detail-title"
      data-testid="detail"
    >
      <header className="detail-drawer__header">
        <p className="detail-drawer__eyebrow">{t('detail.title')}</p>
        <h2 id="detail-title">{indicator.label[lang]}</h2>
        <button ref={closeButton} type="button" className="button button--ghost" onClick={onClose}>
          {t('detail.close')}
        </button>
      </header>
      <p className="detail-drawer__figure" data-testid="detail-figure">
        {displayValue(indicator, lang)}
      </p>
      <dl className="detail-drawer__facts">
        <dt>{t('detail.exact')}</dt>
        <dd>{formatExact({ value: indicator.value, lang })}</dd>
        <dt>{t('detail.unit')}</dt>
        <dd>{unitWord({ unit: indicator.unit, lang, unitLabel: indicator.unitLabel })}</dd>
        {indicator.qualifier && (
          <>
            <dt>{t('detail.qualifier')}</dt>
            <dd>{t(`qualifier.${indicator.qualifier}`)}</dd>
          </>
        )}
        <dt>{t('detail.category')}</dt>
        <dd>{category?.label[lang]}</dd>
        {themes.length > 0 && (
          <>
            <dt>{t('detail.themes')}</dt>
            <dd>{themes.join(lang === 'zh' ? '、' : ', ')}</dd>
          </>
        )}
        {indicator.cumulative !== undefined && (
          <>
            <dt>{t('detail.cumulative')}</dt>
            <dd>{indicator.cumulative ? t('detail.cumulativeYes') : t('detail.cumulativeNo')}</dd>
          </>
        )}
        {indicator.note && (
          <>
            <dt>{t('detail.note')}</dt>
            <dd>{indicator.note[lang]}</dd>
          </>
        )}
      </dl>
      <h3>{t('detail.quote')}</h3>
      <blockquote lang="zh-CN" className="detail-drawer__quote" data-testid="detail-quote">
        {tidyReportText(indicator.source.quote)}
      </blockquote>
      {sourcePath && (
        <>
          <h3>{t('detail.context')}</h3>
          {context ? (
            <p lang="zh-CN" className="detail-drawer__context" data-testid="detail-context">
              …{context.before}
              <mark>{context.match}</mark>
              {context.after}…
            </p>
          ) : (
            <p className="muted">
              {sourceText.isPending ? t('app.loading') : t('detail.contextUnavailable')}
            </p>
          )}
          <p>
            <a href={sourcePath} target="_blank" rel="noopener noreferrer">
              {t('detail.fullSource')}
            </a>
            {url && (
              <>
                {' · '}
                <a href={url} target="_blank" rel="noopener noreferrer">
                  {index.bundle.source.title[lang]}
                </a>
              </>
            )}
          </p>
        </>
      )}
      {/* What the bundle says of the part of the report the figure comes from, such as where the
          OCR lost text around it. */}
      {category?.description && (
        <>
          <h3>{t('detail.aboutCategory', { category: category.label[lang] })}</h3>
          <p className="detail-drawer__about" data-testid="detail-category-about">
            {category.description[lang]}
          </p>
        </>
      )}
      <button
        type="button"
        className="button"
        onClick={() => toggleCompare(indicator.id)}
        aria-pressed={inCompare}
      >
        {inCompare ? t('detail.uncompare') : t('detail.compare')}
      </button>
    </aside>
  );
}
