// A draft indicator bundle v1 from a report's text, the comparison with a hand-made bundle, and the
// terminal summary. Pure functions; `src/cli/bundle-draft.ts` is the shell around them.
import { SCHEMA_VERSION, type Qualifier, type Unit, UNITS } from '../../data/bundle-schema.ts';
import { localizedTexts } from '../../data/localized-texts.ts';
import { quoteText, type Quote } from '../../data/quote-match.ts';
import {
  extractFigures,
  type Extraction,
  SET_ASIDE_REASONS,
  type SetAsideReason,
} from './extract-figures.ts';

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
  qualifier?: Qualifier;
  source: { quote: string };
}

/** The shape of bundle v1, English left empty where only a person can write it. */
export interface DraftBundle {
  schemaVersion: typeof SCHEMA_VERSION;
  id: string;
  title: DraftText;
  publisher: DraftText;
  period: { label: DraftText; start?: string; end?: string };
  source: { title: DraftText; text: string };
  categories: { id: string; label: DraftText }[];
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

const CHINESE_YEARS: Readonly<Record<string, string>> = {
  一: 'year',
  两: 'two years',
  三: 'three years',
  四: 'four years',
  五: 'five years',
  十: 'ten years',
};

/** The period a report covers, when it says so: "2021—2025年" or "过去五年". */
export function detectPeriod(text: string): DraftBundle['period'] {
  const range = /((?:19|20)\d\d)\s*年?\s*[-—–~～至到]\s*((?:19|20)\d\d)\s*年/.exec(text);
  if (range) {
    const [, start = '', end = ''] = range;
    return { label: { zh: `${start}—${end}年`, en: `${start}–${end}` }, start, end };
  }
  const span = /过去([一两三四五十])年/.exec(text);
  if (span) {
    const years = CHINESE_YEARS[span[1] as string] as string;
    return { label: { zh: span[0], en: `The past ${years}` } };
  }
  return { label: { zh: '', en: '' } };
}

/** Figures before the first heading go to this category. */
const LEAD_CATEGORY = { id: 'lead', label: { zh: '开篇', en: 'Opening' } };

/** Builds the draft bundle: every figure an indicator, every other number uncited with its reason. */
export function draftBundle(
  text: string,
  options: DraftOptions,
): { bundle: DraftBundle; extraction: Extraction } {
  const extraction = extractFigures(text);
  const categoryId = (section: number) =>
    section < 0 ? LEAD_CATEGORY.id : `section-${section + 1}`;
  const used = new Set(extraction.figures.map((figure) => figure.section));
  const categories = [
    ...(used.has(-1) ? [LEAD_CATEGORY] : []),
    ...extraction.sections.map((heading, index) => ({
      id: categoryId(index),
      label: { zh: heading, en: '' },
    })),
  ];
  const width = String(extraction.figures.length).length;
  const indicators = extraction.figures.map((figure, index): DraftIndicator => ({
    id: `figure-${String(index + 1).padStart(Math.max(2, width), '0')}`,
    category: categoryId(figure.section),
    label: { zh: figure.label, en: '' },
    value: figure.value,
    unit: figure.unit,
    ...(figure.unitLabel ? { unitLabel: figure.unitLabel } : {}),
    ...(figure.qualifier ? { qualifier: figure.qualifier } : {}),
    source: { quote: figure.quote },
  }));
  const bundle: DraftBundle = {
    schemaVersion: SCHEMA_VERSION,
    id: options.id,
    title: { zh: options.titleZh, en: options.titleEn ?? '' },
    publisher: { zh: options.publisherZh ?? '', en: options.publisherEn ?? '' },
    period: detectPeriod(text),
    source: { title: { zh: options.titleZh, en: options.titleEn ?? '' }, text: options.sourcePath },
    categories,
    indicators,
    uncited: extraction.setAside.map((entry) => ({
      quote: entry.quote,
      reason: { ...SET_ASIDE_REASONS[entry.reason] },
    })),
  };
  return { bundle, extraction };
}

interface Comparable {
  id: string;
  value: number;
  unit: string;
  source: { quote: Quote };
}

export interface DraftComparison {
  /** Reference indicators the draft found with the same value and unit. */
  matched: { reference: string; draft: string }[];
  /** Reference indicators the draft did not find. */
  missed: Comparable[];
  /** Draft indicators that match nothing in the reference. */
  extra: Comparable[];
  /** matched / reference indicators. */
  recall: number;
  /** matched / draft indicators. */
  precision: number;
}

/** Characters two quotes share, white space ignored: how to pick between equal values. */
function overlap(a: string, b: string): number {
  const flatA = a.replace(/\s+/g, '');
  const flatB = b.replace(/\s+/g, '');
  let best = 0;
  for (let start = 0; start < flatA.length; start += 1) {
    for (let end = start + best + 1; end <= flatA.length; end += 1) {
      if (flatB.includes(flatA.slice(start, end))) best = end - start;
      else break;
    }
  }
  return best;
}

/**
 * Matches a draft against a hand-made bundle, one to one, on value and unit; among equal values the
 * pairs whose quotes share most are taken first.
 */
export function compareDrafts(
  draft: readonly Comparable[],
  reference: readonly Comparable[],
): DraftComparison {
  const pairs: { wanted: number; candidate: number; shared: number }[] = [];
  reference.forEach((wanted, wantedIndex) => {
    draft.forEach((candidate, candidateIndex) => {
      if (candidate.unit !== wanted.unit) return;
      if (Math.abs(candidate.value - wanted.value) > 1e-9 * Math.max(1, wanted.value)) return;
      pairs.push({
        wanted: wantedIndex,
        candidate: candidateIndex,
        shared: overlap(quoteText(candidate.source), quoteText(wanted.source)),
      });
    });
  });
  // Closest quotes first; ties keep reading order.
  pairs.sort((a, b) => b.shared - a.shared || a.wanted - b.wanted || a.candidate - b.candidate);
  const pickFor = new Map<number, number>();
  const picked = new Set<number>();
  for (const pair of pairs) {
    if (pickFor.has(pair.wanted) || picked.has(pair.candidate)) continue;
    pickFor.set(pair.wanted, pair.candidate);
    picked.add(pair.candidate);
  }
  const matched: DraftComparison['matched'] = [];
  const missed: Comparable[] = [];
  reference.forEach((wanted, index) => {
    const pick = pickFor.get(index);
    if (pick === undefined) missed.push(wanted);
    else matched.push({ reference: wanted.id, draft: (draft[pick] as Comparable).id });
  });
  const extra = draft.filter((_, index) => !picked.has(index));
  return {
    matched,
    missed,
    extra,
    recall: reference.length === 0 ? 1 : matched.length / reference.length,
    precision: draft.length === 0 ? 1 : matched.length / draft.length,
  };
}

/** Every `{ zh, en }` in the draft whose English is still empty, by path. */
export function untranslated(bundle: DraftBundle): string[] {
  return localizedTexts(bundle)
    .filter((text) => text.en === '')
    .map((text) => `${text.path}.en`);
}

/** The terminal summary: figures by unit, numbers set aside and why, English still to write. */
export function summarizeDraft(bundle: DraftBundle, extraction: Extraction): string[] {
  const byUnit = UNITS.map(
    (unit) =>
      [unit, bundle.indicators.filter((indicator) => indicator.unit === unit).length] as const,
  ).filter(([, count]) => count > 0);
  const lines = [
    `Figures found: ${bundle.indicators.length} (${byUnit.map(([unit, count]) => `${unit} ${count}`).join(', ')})`,
  ];
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
  if (qualified > 0) lines.push(`Approximate figures (近/超/余/多/逾/约): ${qualified}`);
  const english = untranslated(bundle);
  lines.push(
    `English left for a person to write: ${english.length} text${english.length === 1 ? '' : 's'} ` +
      `(${english.filter((path) => path.startsWith('indicators')).length} indicator labels)`,
  );
  return lines;
}
