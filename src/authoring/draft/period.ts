// The period a report covers, as a suggestion for the bundle's `period`.

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
