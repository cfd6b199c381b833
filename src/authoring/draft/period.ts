// The period a report covers, as a suggestion for the bundle's `period`, and the single year a
// paragraph of a longer review speaks of.
import type { NormalizedText } from '../../data/quote-match.ts';
import { flatIndexAt } from './headings.ts';

export interface PeriodSuggestion {
  label: { zh: string; en: string };
  start?: string;
  end?: string;
}

const CHINESE_YEARS: Readonly<Record<string, string>> = {
  一: 'year',
  两: 'two years',
  三: 'three years',
  四: 'four years',
  五: 'five years',
  十: 'ten years',
};

/** The parts of a year a report may cover, in English. */
const YEAR_PARTS: Readonly<Record<string, string>> = {
  上半年: 'First half of',
  下半年: 'Second half of',
  前三季度: 'First three quarters of',
  一季度: 'First quarter of',
  二季度: 'Second quarter of',
  三季度: 'Third quarter of',
  四季度: 'Fourth quarter of',
};

/** Five-year plans by their Chinese ordinal: 十四五 → 2021–2025. */
const PLANS: Readonly<Record<string, { ordinal: string; start: number }>> = {
  十三五: { ordinal: '13th', start: 2016 },
  十四五: { ordinal: '14th', start: 2021 },
  十五五: { ordinal: '15th', start: 2026 },
};

/**
 * The period a report covers, when it says so, most precise first: a year range ("2021—2025年"),
 * a five-year plan period ("十四五"时期), "过去五年"/"五年来", or the year its review opens with.
 */
export function detectPeriod(text: string): PeriodSuggestion {
  const range = /((?:19|20)\d\d)\s*年?\s*[-—–~～至到]\s*((?:19|20)\d\d)\s*年/.exec(text);
  if (range) {
    const [, start = '', end = ''] = range;
    return { label: { zh: `${start}—${end}年`, en: `${start}–${end}` }, start, end };
  }
  const plan = /[“"]?(十[三四五]五)[”"]?\s*(?:时期|期间|发展回顾|发展成就|工作回顾)/.exec(text);
  if (plan) {
    const { ordinal, start } = PLANS[plan[1] as string] as { ordinal: string; start: number };
    return {
      label: {
        zh: `“${plan[1] as string}”时期`,
        en: `The ${ordinal} Five-Year Plan period (${start}–${start + 4})`,
      },
      start: String(start),
      end: String(start + 4),
    };
  }
  // "2025年是极不平凡的一年", "2024年，全市…": a paragraph that opens on a year is about that year.
  const openingYear = /^\s*((?:19|20)\d\d)\s*年(?:是|[，,])/m.exec(text);
  const span = reviewSpan(text);
  // "2022年是…的一年。过去一年，我国经济…": the past year is the year named, which says more.
  if (span && !(span.count === '一' && openingYear)) {
    return { label: { zh: span.words, en: `The past ${CHINESE_YEARS[span.count] as string}` } };
  }
  const year =
    /((?:19|20)\d\d)\s*年度?(上半年|下半年|前三季度|第?[一二三四]季度)?(?:工作|主要工作|的工作|重点工作|(?:发展)?主要(?:预期)?目标)/.exec(
      text,
    );
  const opening = year ?? openingYear;
  if (opening) {
    const [, value = '', part] = opening;
    // "2025年上半年工作情况汇报": a part of the year, which the label keeps.
    const partEn = part ? YEAR_PARTS[part.replace(/^第/, '')] : undefined;
    return {
      label: {
        zh: `${value}年${part ?? ''}`,
        en: partEn ? `${partEn} ${value}` : value,
      },
      start: value,
      end: value,
    };
  }
  return { label: { zh: '', en: '' } };
}

const SPAN = /过去([一两三四五十])年(?:[和及与、]([一两三四五十])年)?|([一两三四五十])年来/g;
const YEAR_COUNT: Readonly<Record<string, number>> = { 一: 1, 两: 2, 三: 3, 四: 4, 五: 5, 十: 10 };
/** A line that is a heading: numbered ("一、…"), or short and without a sentence's commas. */
const HEADING_LINE = /^(?:[一二三四五六七八九十]+、[^\n]*|[^，,。；\n]{2,30})$/;

/**
 * How many years the report looks back on, in its own words. A heading says it first
 * ("一、过去一年和五年工作回顾": the longer, since paragraphs about the last year are dated on
 * their own); else a paragraph or sentence that opens with it ("过去五年，…", "。五年来，…").
 * A span inside a sentence ("为近三年来最大降幅", "。十年来我国居民消费价格涨幅…") is what
 * one figure is compared with, not the report's period.
 */
function reviewSpan(text: string): { words: string; count: string } | undefined {
  // "过去一年和五年": the longer of the two.
  const spans = (line: string) =>
    [...line.matchAll(SPAN)].map((match) => ({
      match,
      count: [match[1], match[2], match[3]]
        .filter((count): count is string => count !== undefined)
        .sort((a, b) => (YEAR_COUNT[b] ?? 0) - (YEAR_COUNT[a] ?? 0))[0] as string,
    }));
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!HEADING_LINE.test(line)) continue;
    const longest = spans(line).sort(
      (a, b) => (YEAR_COUNT[b.count] ?? 0) - (YEAR_COUNT[a.count] ?? 0),
    )[0];
    if (longest) return { words: wordsOf(longest.match[0], longest.count), count: longest.count };
  }
  for (const raw of text.split('\n')) {
    const line = raw.trim().replace(/^各位代表[，,！!]/, '');
    for (const { match, count } of spans(line)) {
      const at = match.index;
      const before = line[at - 1];
      const after = line[at + match[0].length] ?? '';
      if (at === 0 || (/[。！；!;]/.test(before ?? '') && /[，,、是]/.test(after))) {
        return { words: wordsOf(match[0], count), count };
      }
    }
  }
  return undefined;
}

/** The span in the report's words; of two joined ("过去一年和五年"), the longer ("过去五年"). */
function wordsOf(words: string, count: string): string {
  return words.endsWith('年来') ? words : `过去${count}年`;
}

/** A paragraph about one year: "2025年是极不平凡的一年", "各位代表，刚刚过去的2025年，…", "过去一年，…". */
const YEAR_OPENING =
  /^(?:各位代表[，,！!])?(?:刚刚过去的|过去的)?((?:19|20)\d\d)年(?:[，,]|是|我们|全[省市区县国])/;
const LAST_YEAR_OPENING = /^(?:各位代表[，,！!])?(?:过去一年|一年来|去年)[，,]/;
/** A paragraph about the years together, whatever year it names first: "五年来", "——这五年",
 * "2025年是“十四五”收官之年。回望…", or a part heading. */
const YEARS_OPENING = /五年来|过去五年|过去的五年|这五年|十年来|[“"]?十[三四五]五[”"]?/;
const PART_HEADING = /^[一二三四五六七八九十]+、/;

/**
 * For each index of the flat text, the one year its paragraph reports on, or 0. A review of
 * several years ("十四五" and 2025) gives some paragraphs to the last year; the paragraphs after
 * one ("——…", "(三)…") go on with it until a paragraph about the years together or a part
 * heading. `lastYear` is the year "过去一年" means, when the report's period says; without it,
 * "过去一年" goes on with the year a paragraph before named ("2022年是…。过去一年，…").
 */
export function singleYears(
  text: string,
  source: NormalizedText,
  lastYear: number | undefined,
): { years: Uint16Array; together: { at: number; words: string }[] } {
  const years = new Uint16Array(source.flat.length);
  const together: { at: number; words: string }[] = [];
  let year = 0;
  for (const match of text.matchAll(/[^\n]+/g)) {
    const line = match[0].trim();
    if (!line) continue;
    const opening = YEAR_OPENING.exec(line);
    const several = YEARS_OPENING.exec(line.slice(0, 30));
    const from = flatIndexAt(source, match.index);
    if (PART_HEADING.test(line)) year = 0;
    else if (several) {
      year = 0;
      together.push({ at: from, words: yearsWords(several[0]) });
    } else if (opening) year = Number(opening[1]);
    else if (LAST_YEAR_OPENING.test(line)) year = lastYear ?? year;
    if (year === 0) continue;
    years.fill(year, from, flatIndexAt(source, match.index + match[0].length));
  }
  return { years, together };
}

/** What a paragraph about the years together calls them: "“十四五”时期", "过去五年", "过去十年". */
function yearsWords(opening: string): string {
  const plan = /十[三四五]五/.exec(opening);
  if (plan) return `“${plan[0]}”时期`;
  return opening.includes('十年') ? '过去十年' : '过去五年';
}
