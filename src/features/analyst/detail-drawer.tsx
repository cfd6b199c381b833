import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../i18n/use-t.ts';
import { BundleText } from '../../ui/bundle-text.tsx';
import type { Indicator, Lang } from '../../data/bundle-schema.ts';
import {
  findQuotePieces,
  PIECE_SEPARATOR,
  quotePieces,
  type Quote,
} from '../../data/quote-match.ts';
import { sourceTextQueryOptions } from '../../data/source-text-query.ts';
import { formatExact, unitWord } from '../../lib/format/number.ts';
import type { BundleIndex } from '../../store/bundle-index.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { CompareAcrossButton } from './compare-across-button.tsx';
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

/** A stretch of the report around one or more pieces of a quote; `marked` parts are the quote. */
export type ContextExcerpt = { text: string; marked: boolean }[];

/**
 * The quote inside the text around it, tidied: one excerpt per stretch of the report, pieces
 * close together sharing one, in the order the text prints them. Nothing when the text or a
 * piece of the quote is not found.
 */
export function quoteInContext(text: string, quote: Quote): ContextExcerpt[] | undefined {
  const spans = findQuotePieces(text, quote)?.sort((a, b) => a.start - b.start);
  if (!spans) return undefined;
  const groups: { start: number; end: number }[][] = [];
  for (const span of spans) {
    const group = groups.at(-1);
    const last = group?.at(-1);
    if (group && last && span.start - last.end <= 2 * CONTEXT_CHARS) group.push(span);
    else groups.push([span]);
  }
  return groups.map((group) => {
    const first = group[0] as { start: number };
    const last = group.at(-1) as { end: number };
    let window = text.slice(Math.max(0, first.start - CONTEXT_CHARS), first.start);
    group.forEach((span, index) => {
      // Pieces that overlap (a list naming the same words twice) are marked once.
      const from = Math.max(span.start, index > 0 ? (group[index - 1] as { end: number }).end : 0);
      const next = group[index + 1];
      window += `${START}${text.slice(from, span.end)}${END}`;
      window += next ? text.slice(span.end, Math.max(span.end, next.start)) : '';
    });
    window += text.slice(last.end, last.end + CONTEXT_CHARS);
    const parts: ContextExcerpt = [];
    tidyReportText(window)
      .split(START)
      .forEach((chunk, index) => {
        const [marked = '', after] = index === 0 ? [undefined, chunk] : chunk.split(END);
        if (index > 0) parts.push({ text: marked, marked: true });
        if (after) parts.push({ text: after, marked: false });
      });
    const head = parts[0];
    if (head && !head.marked) head.text = head.text.trimStart();
    const tail = parts.at(-1);
    if (tail && !tail.marked) tail.text = tail.text.trimEnd();
    return parts;
  });
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
  const { t } = useT();
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
  const pieces = quotePieces(indicator.source.quote);
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
        <h2 id="detail-title">
          <BundleText text={indicator.label} lang={lang} />
        </h2>
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
        <dd>
          {unitWord({
            unit: indicator.unit,
            lang,
            unitLabel: indicator.unitLabel,
            measure: indicator.measure,
          })}
        </dd>
        {indicator.qualifier && (
          <>
            <dt>{t('detail.qualifier')}</dt>
            <dd>{t(`qualifier.${indicator.qualifier}`)}</dd>
          </>
        )}
        <dt>{t('detail.category')}</dt>
        <dd>{category && <BundleText text={category.label} lang={lang} />}</dd>
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
        {pieces.map((piece) => tidyReportText(piece)).join(PIECE_SEPARATOR)}
      </blockquote>
      {pieces.length > 1 && (
        <p className="muted" data-testid="detail-quote-pieces">
          {t('detail.quotePieces')}
        </p>
      )}
      {sourcePath && (
        <>
          <h3>{t('detail.context')}</h3>
          {context ? (
            <div data-testid="detail-context">
              {context.map((excerpt, excerptIndex) => (
                <p key={excerptIndex} lang="zh-CN" className="detail-drawer__context">
                  …
                  {excerpt.map((part, partIndex) =>
                    part.marked ? (
                      <mark key={partIndex}>{part.text}</mark>
                    ) : (
                      <span key={partIndex}>{part.text}</span>
                    ),
                  )}
                  …
                </p>
              ))}
            </div>
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
      <CompareAcrossButton bundle={index.bundle} indicator={indicator} lang={lang} />
    </aside>
  );
}
