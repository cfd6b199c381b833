// A draft indicator bundle v1 from a report's text and the terminal summary. Pure functions;
// `src/cli/bundle-draft.ts` is the shell around them.
import { SCHEMA_VERSION, type Qualifier, type Unit, UNITS } from '../../data/bundle-format.ts';
import { localizedTexts } from '../../data/localized-texts.ts';
import { normalizeForMatch } from '../../data/quote-match.ts';
import {
  type DraftFigure,
  extractFigures,
  type Extraction,
  SET_ASIDE_REASONS,
  type SetAsideReason,
} from './extract-figures.ts';
import { MEASURE_WORDS } from './measures.ts';
import { detectPeriod, type PeriodSuggestion } from './period.ts';

export { compareDrafts, type DraftComparison } from './compare.ts';
export { detectPeriod } from './period.ts';

/** Text for both readers; in a draft the English may be empty until a person writes it. */
interface DraftText {
  zh: string;
  en: string;
}

export interface DraftIndicator {
  id: string;
  category: string;
  label: DraftText;
  value: number;
  unit: Unit;
  unitLabel?: DraftText;
  /** With the unit `measure`: what the value counts, in the measure's base unit. */
  measure?: { id: string; label: DraftText };
  qualifier?: Qualifier;
  /** The one year a figure reports on, in a report of several. */
  period?: { start: string; end: string };
  /** Set by a person (the draft never guesses them), and kept when a bundle is opened again. */
  cumulative?: boolean;
  concept?: string;
  /** `target` for a target or plan the report sets out, not a result. */
  themes?: string[];
  /** Why the pieces of a quote are listed in another order than the text prints them, and
   * that a figure is a target. */
  note?: DraftText;
  source: { quote: string | string[]; order?: 'as-read' };
}

/** The shape of bundle v1, English left empty where only a person can write it. */
export interface DraftBundle {
  schemaVersion: typeof SCHEMA_VERSION;
  id: string;
  title: DraftText;
  publisher: DraftText;
  period: PeriodSuggestion;
  source: { title: DraftText; text: string };
  categories: { id: string; label: DraftText }[];
  themes?: { id: string; label: DraftText }[];
  indicators: DraftIndicator[];
  uncited: { quote: string; reason: DraftText }[];
}

export interface DraftOptions {
  id: string;
  titleZh: string;
  titleEn?: string;
  publisherZh?: string;
  publisherEn?: string;
  /** Same-origin path the app and `bundle:check` will read the report from. */
  sourcePath: string;
}

/** The theme of figures a report sets out to reach: what a reader must not take for results. */
const TARGET_THEME = { id: 'target', label: { zh: '目标与计划', en: 'Targets and plans' } };
const TARGET_NOTE: DraftText = {
  zh: '报告提出的目标或计划，不是已取得的成绩。',
  en: 'A target or plan the report sets out, not a result achieved.',
};

/** Whether a figure's one year differs from the report's period (a 2025 figure in 2021–2025). */
function ownYear(figure: DraftFigure, period: PeriodSuggestion): boolean {
  return (
    figure.year !== undefined &&
    !(period.start === period.end && period.end === String(figure.year))
  );
}

/** Said of the level a change started from, where the text names no year for it. */
const START_NOTE: DraftText = {
  zh: '原文“从……到……”，未写明起始年份：所述时期期初的数。',
  en: 'The report says "from … to …" without naming the first year: the level at the start of the period it describes.',
};

/**
 * What a label adds to say a figure is a target, of one year, or the level a change started
 * from: （目标）, （2025年）, （2026年目标）, （期初）.
 */
function suffixOf(figure: DraftFigure, period: PeriodSuggestion): string {
  if (figure.start) return '（期初）';
  const year = ownYear(figure, period) ? `${figure.year}年` : '';
  if (figure.target) return `（${year}目标）`;
  return year ? `（${year}）` : '';
}

/** A label without what the draft added to it: （目标）, （2025年）, （2026年目标）, （期初）. */
export function labelWithoutSuffix(label: string): string {
  return label.replace(/（(?:\d{4}年)?目标）$|（\d{4}年）$|（期初）$/, '');
}

/** Figures before the first heading go to this category. */
const LEAD_CATEGORY = { id: 'lead', label: { zh: '开篇', en: 'Opening' } };

/** The piece that states the number: how summaries and set-aside lists quote a figure. */
const quoteOf = (figure: DraftFigure) => figure.quote[0] ?? '';

/** Where a piece starts in the text, white space ignored; -1 when it is not there. */
const flatIndex = (flat: string, piece: string) => flat.indexOf(normalizeForMatch(piece).flat);

/**
 * A figure's quote as the bundle holds it: one string, or its pieces where the engine joined a
 * number to a measure word the OCR put in another column. The pieces are listed as the sentence
 * reads (number first); when the text prints them the other way round, `order: "as-read"` and a
 * note say so, as `bundle:check` asks.
 */
function sourceOf(figure: DraftFigure, flat: string): Pick<DraftIndicator, 'source' | 'note'> {
  const pieces = figure.quote.filter(Boolean);
  if (pieces.length < 2) return { source: { quote: pieces[0] ?? '' } };
  const at = pieces.map((piece) => flatIndex(flat, piece));
  const inOrder = at.every((index, i) => i === 0 || index > (at[i - 1] as number));
  if (inOrder) return { source: { quote: pieces } };
  return {
    source: { quote: pieces, order: 'as-read' },
    note: {
      zh: '该句分栏印刷：数字与量词不在同一栏，引文按阅读顺序排列。',
      en: 'The sentence is printed across columns: the number and its measure word stand in different columns; the quote lists them as the sentence reads.',
    },
  };
}

/**
 * A figure whose measure word was converted to its base (500米 → 0.5 km, 3兆瓦 → 3000 kW): its quote
 * does not state its value as the figure check reads it (万 and 亿 only), so a person adds it.
 */
function isConverted(figure: DraftFigure): boolean {
  const reading = figure.measureWord ? MEASURE_WORDS[figure.measureWord] : undefined;
  return reading !== undefined && 'scale' in reading && reading.scale !== 1;
}

/** Why a figure in a converted measure word is listed as uncited, in both languages. */
function convertedReason(figure: DraftFigure): DraftText {
  const label = figure.measure?.label ?? { zh: '', en: '' };
  const word = figure.measureWord ?? '';
  return {
    zh: `单位已换算（${word} → ${label.zh}），原文数字与数值不同，请人工核对后添加（${figure.label}）`,
    en: `measure word converted (${word} → ${label.en}): the quote does not state the value; add it by hand`,
  };
}

/**
 * Builds the draft bundle: every figure an indicator, in a unit of v1 or in a measure (unit
 * `measure`); a figure whose measure word was converted, and every number that is not a figure,
 * listed as uncited with the reason, so nothing is lost.
 */
export function draftBundle(
  text: string,
  options: DraftOptions,
): { bundle: DraftBundle; extraction: Extraction } {
  const extraction = extractFigures(text);
  const flat = normalizeForMatch(text).flat;
  const categoryId = (section: number) =>
    section < 0 ? LEAD_CATEGORY.id : `section-${section + 1}`;
  const period = detectPeriod(text);
  const inUnits = extraction.figures.filter((figure) => !isConverted(figure));
  const used = new Set(inUnits.map((figure) => figure.section));
  const categories = [
    ...(used.has(-1) ? [LEAD_CATEGORY] : []),
    ...extraction.sections
      .map((heading, index) => ({ id: categoryId(index), label: { zh: heading, en: '' }, index }))
      .filter((category) => used.has(category.index))
      .map(({ id, label }) => ({ id, label })),
  ];
  const width = Math.max(2, String(inUnits.length).length);
  const indicators = inUnits.map((figure, index): DraftIndicator => {
    const { source, note } = sourceOf(figure, flat);
    const notes = [
      note,
      figure.target ? TARGET_NOTE : undefined,
      figure.start ? START_NOTE : undefined,
    ].filter((text): text is DraftText => text !== undefined);
    return {
      id: `figure-${String(index + 1).padStart(width, '0')}`,
      category: categoryId(figure.section),
      // A target, and a figure of one year in a report of several, say so in the label too: a
      // chart or the wall shows the label, not the theme or the period.
      label: { zh: `${figure.label}${suffixOf(figure, period)}`, en: '' },
      value: figure.value,
      ...(figure.measure
        ? {
            unit: 'measure' as const,
            measure: { id: figure.measure.id, label: figure.measure.label },
          }
        : { unit: figure.unit }),
      ...(figure.unitLabel ? { unitLabel: figure.unitLabel } : {}),
      ...(figure.qualifier ? { qualifier: figure.qualifier } : {}),
      ...(ownYear(figure, period)
        ? { period: { start: String(figure.year), end: String(figure.year) } }
        : {}),
      ...(figure.target ? { themes: [TARGET_THEME.id] } : {}),
      ...(notes.length > 0
        ? {
            note: {
              zh: notes.map((text) => text.zh).join(''),
              en: notes.map((text) => text.en).join(' '),
            },
          }
        : {}),
      source,
    };
  });
  const converted = extraction.figures.filter(isConverted);
  const bundle: DraftBundle = {
    schemaVersion: SCHEMA_VERSION,
    id: options.id,
    title: { zh: options.titleZh, en: options.titleEn ?? '' },
    publisher: { zh: options.publisherZh ?? '', en: options.publisherEn ?? '' },
    period,
    source: { title: { zh: options.titleZh, en: options.titleEn ?? '' }, text: options.sourcePath },
    categories,
    ...(indicators.some((indicator) => indicator.themes)
      ? { themes: [{ id: TARGET_THEME.id, label: { ...TARGET_THEME.label } }] }
      : {}),
    indicators,
    uncited: [
      ...converted.map((figure) => ({ quote: quoteOf(figure), reason: convertedReason(figure) })),
      ...extraction.setAside.map((entry) => ({
        quote: entry.quote,
        reason: { ...SET_ASIDE_REASONS[entry.reason] },
      })),
    ],
  };
  return { bundle, extraction };
}

/** Every `{ zh, en }` in the draft whose English is still empty, by path. */
export function untranslated(bundle: DraftBundle): string[] {
  return localizedTexts(bundle)
    .filter((text) => text.en === '')
    .map((text) => `${text.path}.en`);
}

/** The terminal summary: figures by unit and measure, numbers set aside and why, English to write. */
export function summarizeDraft(bundle: DraftBundle, extraction: Extraction): string[] {
  const byUnit = UNITS.map(
    (unit) =>
      [unit, bundle.indicators.filter((indicator) => indicator.unit === unit).length] as const,
  ).filter(([, count]) => count > 0);
  const lines = [
    `Figures found: ${bundle.indicators.length} (${byUnit.map(([unit, count]) => `${unit} ${count}`).join(', ')})`,
  ];
  const measures = bundle.indicators.filter((indicator) => indicator.measure);
  if (measures.length > 0) {
    lines.push(`Figures in measures: ${measures.length}`);
    for (const indicator of measures) {
      lines.push(
        `  ${indicator.label.zh}: ${indicator.value} ${indicator.measure?.label.en ?? ''} 「${indicator.source.quote}」`,
      );
    }
  }
  const converted = extraction.figures.filter(isConverted);
  if (converted.length > 0) {
    lines.push(`Figures in converted measure words (listed as uncited): ${converted.length}`);
    for (const figure of converted) {
      lines.push(
        `  ${figure.label}: ${figure.value} ${figure.measure?.label.en ?? ''} 「${quoteOf(figure)}」`,
      );
    }
  }
  const reasons = new Map<SetAsideReason, string[]>();
  for (const entry of extraction.setAside) {
    reasons.set(entry.reason, [...(reasons.get(entry.reason) ?? []), entry.quote]);
  }
  lines.push(`Numbers set aside: ${extraction.setAside.length}`);
  for (const [reason, quotes] of reasons) {
    lines.push(
      `  ${reason} (${quotes.length}): ${quotes.map((quote) => `「${quote}」`).join(' ')}`,
    );
  }
  const qualified = bundle.indicators.filter((indicator) => indicator.qualifier).length;
  if (qualified > 0)
    lines.push(
      `Approximate figures, floors and ceilings (近/超/余/多/逾/约/以上/不少于/左右/以内/以下/不超过): ${qualified}`,
    );
  const english = untranslated(bundle);
  lines.push(
    `English left for a person to write: ${english.length} text${english.length === 1 ? '' : 's'} ` +
      `(${english.filter((path) => path.startsWith('indicators')).length} indicator labels)`,
  );
  return lines;
}
