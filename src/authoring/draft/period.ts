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
  const span = /(?:过去([一两三四五十])年|([一两三四五十])年来)/.exec(text);
  if (span) {
    const years = CHINESE_YEARS[(span[1] ?? span[2]) as string] as string;
    return { label: { zh: span[0], en: `The past ${years}` } };
  }
  const year = /((?:19|20)\d\d)\s*年(?:工作|主要工作|的工作)/.exec(text);
  if (year) {
    const [, value = ''] = year;
    return { label: { zh: `${value}年`, en: value }, start: value, end: value };
  }
  return { label: { zh: '', en: '' } };
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
