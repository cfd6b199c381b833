// First pass from a Chinese work report to the figures it states. Pure: text in, figures out.
//
// The report may be OCR of a newspaper page: lines break mid-phrase, columns interleave and stray
// spaces sit inside numbers ("52.58 万人"). So the text is read with white space removed and
// full-width forms folded (the same view `bundle:check` matches quotes in), and every position maps
// back to the original so each quote is a span of the report as printed.
import type { Qualifier, Unit } from '../../data/bundle-schema.ts';
import { normalizeForMatch, type NormalizedText } from '../../data/quote-match.ts';
import { scaleFigure } from '../../data/units.ts';

/** How a measure word reads as a unit of bundle v1, and its English when it carries meaning. */
interface MeasureWord {
  unit: Unit;
  /** English for `unitLabel`; absent when the unit alone says it (人, 元, %). */
  en?: string;
}

/** The measure words a figure may end with, longest first so 人次 wins over 人. */
export const MEASURE_WORDS: Readonly<Record<string, MeasureWord>> = {
  人次: { unit: 'person-time' },
  场次: { unit: 'event', en: 'sessions' },
  家次: { unit: 'organization', en: 'organisation-times' },
  人: { unit: 'person' },
  名: { unit: 'person' },
  位: { unit: 'person' },
  场: { unit: 'event' },
  次: { unit: 'event', en: 'times' },
  家: { unit: 'organization' },
  个: { unit: 'item' },
  项: { unit: 'item' },
  件: { unit: 'item', en: 'cases' },
  期: { unit: 'item', en: 'classes' },
  支: { unit: 'item', en: 'teams' },
  份: { unit: 'item', en: 'documents' },
  元: { unit: 'yuan' },
  '%': { unit: 'percent' },
};

const MEASURE_ALTERNATION = Object.keys(MEASURE_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((word) => word.replace(/[%]/g, '\\$&'))
  .join('|');

/** Words before a number that make it approximate. */
const QUALIFIER_BEFORE: Readonly<Record<string, Qualifier>> = {
  近: 'nearly',
  将近: 'nearly',
  超过: 'over',
  超: 'over',
  逾: 'over',
  约: 'about',
};
/** 余 and 多 follow the number: 300余人, 1000多万元. */
const QUALIFIER_AFTER: Readonly<Record<string, Qualifier>> = { 余: 'over', 多: 'over' };

/**
 * One figure in the flat text: qualifier, digits, 余/多, 万/亿, 余/多, then a measure word or some
 * other character. Group names keep the parts apart; the measure word is optional so numbers
 * without one are seen (and set aside) rather than skipped.
 */
const FIGURE = new RegExp(
  '(?<before>将近|超过|近|超|逾|约)?' +
    '(?<digits>\\d+(?:,\\d{3})*(?:\\.\\d+)?)' +
    '(?<after1>余|多)?(?<magnitude>万|亿)?(?<after2>余|多)?' +
    `(?<points>个百分点)?(?<measure>${MEASURE_ALTERNATION})?`,
  'g',
);

/** Brand or framework names built from numbers: "1+5+N", "1+8+N". */
const FORMULA = /[0-9A-Za-z]+(?:\+[0-9A-Za-z]+)+/g;
/** Ordinals in Chinese or Arabic numerals: 第九次, 第3届. */
const ORDINAL = /第(?:[一二三四五六七八九十百千零〇两]+|\d+)(?:次|届|批|个|轮|期)/g;

/** Where a clause ends: sentence and clause punctuation, as folded by `normalizeForMatch`. */
const CLAUSE_END = /[。,;:!?(（)）《》]/;
/** Words that open a clause but are not part of what is counted. */
const LEADING_FILLER = /^(?:累计共|累计|其中|共计|合计|先后|组织开展|开展|举办|共|并|还|、)+/;
/** Words that close a label before its number. */
const TRAILING_FILLER = /(?:均达到|均达|达到|达|均为|为|共计|共|计|了)+$/;

export type SetAsideReason =
  'year' | 'date' | 'ordinal' | 'code' | 'formula' | 'percentage-points' | 'no-measure-word';

export const SET_ASIDE_REASONS: Readonly<Record<SetAsideReason, { zh: string; en: string }>> = {
  year: { zh: '年份，不是统计数字。', en: 'A year, not a figure.' },
  date: {
    zh: '日期或时长（月、日、天），不是统计数字。',
    en: 'A date or a length of time (month, day), not a figure.',
  },
  ordinal: {
    zh: '序数（第几次、第几届），不是统计数字。',
    en: 'An ordinal (the nth survey, session…), not a figure.',
  },
  code: {
    zh: '引号中的编号或品牌名称，不是统计数字。',
    en: 'A code or brand name in quotation marks, not a figure.',
  },
  formula: {
    zh: '体系或模式的名称（如“1+5+N”），不是统计数字。',
    en: 'The name of a framework or model (such as "1+5+N"), not a figure.',
  },
  'percentage-points': {
    zh: '百分点的变化，格式 v1 没有对应单位，请人工判断。',
    en: 'A change in percentage points: format v1 has no unit for it; decide by hand.',
  },
  'no-measure-word': {
    zh: '数字后没有可识别的量词，无法确定单位，请对照原文人工判断。',
    en: 'No measure word the tool knows follows the number, so its unit is unknown; check the report by hand.',
  },
};

export interface DraftFigure {
  value: number;
  unit: Unit;
  /** The report's measure word as printed (folded), e.g. 场次; always set. */
  measureWord: string;
  /** Set when the measure word carries meaning beyond the unit (场次, 家次, 期, 件…). */
  unitLabel?: { zh: string; en: string };
  qualifier?: Qualifier;
  /** Chinese label from the phrase the figure belongs to. */
  label: string;
  /** The report's words that state the figure, white space runs shown as one space. */
  quote: string;
  /** Index into `sections`, or -1 before the first heading. */
  section: number;
  /** Where the figure's digits start in the original text. */
  index: number;
}

export interface SetAsideNumber {
  number: string;
  reason: SetAsideReason;
  quote: string;
  index: number;
}

export interface Extraction {
  /** Section headings in reading order. */
  sections: string[];
  figures: DraftFigure[];
  setAside: SetAsideNumber[];
}

interface Heading {
  text: string;
  /** Flat-text range the heading's line occupies. */
  from: number;
  to: number;
}

/** The index in the flat text of the first character at or after an original position. */
function flatIndexAt(source: NormalizedText, original: number): number {
  let low = 0;
  let high = source.positions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((source.positions[middle] as number) < original) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The original text of flat range [from, to), white space runs collapsed to one space. */
function quoteOf(text: string, source: NormalizedText, from: number, to: number): string {
  const start = source.positions[from] as number;
  const end = (source.positions[to - 1] as number) + 1;
  return text.slice(start, end).replace(/\s+/g, ' ').trim();
}

/**
 * Section headings: a block of one line between blank lines, no sentence punctuation, 6–20 CJK
 * characters. A slogan and heading printed on one line ("压实责任、抓好党建, 党建引领保障成效显著")
 * gives the part after its last comma.
 */
export function findHeadings(text: string, source: NormalizedText): Heading[] {
  const headings: Heading[] = [];
  const blocks = /(?:^|\n[ \t\u3000]*\n)([^\n]+)(?=\n[ \t\u3000]*\n|\n?$)/g;
  for (const match of text.matchAll(blocks)) {
    const line = match[1] as string;
    const lineStart = (match.index ?? 0) + match[0].length - line.length;
    const trimmed = line.trim();
    if (/[。；;！!？?：:"“”]/.test(trimmed) || /[,，、]$/.test(trimmed)) continue;
    const parts = trimmed.split(/[,，]\s*/);
    // With a comma, only the slogan form "A、B, heading" counts.
    if (
      parts.length > 2 ||
      (parts.length === 2 && !/^[\u3400-\u9fff]{2,6}、[\u3400-\u9fff]{2,6}$/.test(parts[0] ?? ''))
    )
      continue;
    const candidate = (parts.at(-1) ?? '').replace(/\s+/g, '');
    if (!/^[\u3400-\u9fff]{6,20}$/.test(candidate)) continue;
    const from = flatIndexAt(source, lineStart);
    const to = flatIndexAt(source, lineStart + line.length);
    headings.push({ text: candidate, from, to });
  }
  return headings;
}

interface Clause {
  /** Flat index where the clause (label and quote) starts. */
  from: number;
  label: string;
}

/** The clause a number at flat index `at` belongs to: back to punctuation, a heading or `floor`. */
function clauseBefore(
  flat: string,
  at: number,
  floor: number,
  isHeading: (index: number) => boolean,
): Clause {
  let from = at;
  while (from > floor && !CLAUSE_END.test(flat[from - 1] as string) && !isHeading(from - 1))
    from -= 1;
  return { from, label: flat.slice(from, at) };
}

function cleanLabel(raw: string): string {
  return raw
    .replace(LEADING_FILLER, '')
    .replace(TRAILING_FILLER, '')
    .replace(/["'“”]/g, '')
    .trim();
}

/**
 * Every figure in a report, every Arabic-digit number that is not one (with why), and the section
 * headings. Values are in base units; the quote of each figure is a span of the original text.
 */
export function extractFigures(text: string): Extraction {
  const source = normalizeForMatch(text);
  const { flat } = source;
  const headings = findHeadings(text, source);
  const headingAt = new Uint8Array(flat.length);
  for (const heading of headings) headingAt.fill(1, heading.from, heading.to);
  const isHeading = (index: number) => headingAt[index] === 1;
  const sectionOf = (index: number) => {
    let section = -1;
    headings.forEach((heading, position) => {
      if (heading.from <= index) section = position;
    });
    return section;
  };

  const taken = new Uint8Array(flat.length);
  const setAside: SetAsideNumber[] = [];
  const setAsideSpan = (from: number, to: number, reason: SetAsideReason, number: string) => {
    taken.fill(1, from, to);
    setAside.push({
      number,
      reason,
      quote: quoteOf(text, source, from, to),
      index: source.positions[from] as number,
    });
  };

  for (const match of flat.matchAll(FORMULA)) {
    if (!/\d/.test(match[0]) || !/\+/.test(match[0])) continue;
    const from = match.index;
    const quoted = flat[from - 1] === '"' && flat[from + match[0].length] === '"';
    const end = from + match[0].length + (quoted ? 1 : 0);
    setAsideSpan(quoted ? from - 1 : from, end, 'formula', match[0]);
  }
  for (const match of flat.matchAll(ORDINAL)) {
    setAsideSpan(match.index, match.index + match[0].length, 'ordinal', match[0]);
  }

  const figures: DraftFigure[] = [];
  /** The last figure's end and label, for a second figure in the same clause ("团组2个、69人"). */
  let previous: { end: number; clauseFrom: number; label: string } | undefined;

  for (const match of flat.matchAll(FIGURE)) {
    const groups = match.groups as Record<string, string | undefined>;
    const digits = groups.digits as string;
    const digitsAt = match.index + (groups.before?.length ?? 0);
    if (taken[digitsAt] === 1) continue;
    const end = match.index + match[0].length;
    const next = flat[end] ?? '';
    const before = flat[match.index - 1] ?? '';

    if (before === '第') {
      setAsideSpan(match.index - 1, end + (/[次届批轮]/.test(next) ? 1 : 0), 'ordinal', digits);
      continue;
    }
    const rangeTo = /^[-—–~～至到](?:19|20)\d\d年/.test(flat.slice(end, end + 6));
    if (
      !groups.magnitude &&
      !groups.measure &&
      /^(19|20)\d\d$/.test(digits) &&
      (next === '年' || rangeTo)
    ) {
      const yearEnd = rangeTo ? end + 6 : flat[end + 1] === '度' ? end + 2 : end + 1;
      const from = clauseBefore(flat, match.index, Math.max(0, match.index - 12), isHeading).from;
      setAsideSpan(from, yearEnd, 'year', digits);
      continue;
    }
    const monthsAt = groups.measure === '个' && next === '月' ? end - 1 : -1;
    if (monthsAt >= 0 || (!groups.magnitude && !groups.measure && /^[月日号天年]/.test(next))) {
      const unitEnd = end + 1;
      const from = clauseBefore(flat, match.index, Math.max(0, match.index - 8), isHeading).from;
      setAsideSpan(from, unitEnd, 'date', digits);
      continue;
    }
    if (before === '"' && next === '"') {
      setAsideSpan(
        match.index - 1,
        end + 1 + Math.min(8, flat.slice(end + 1).search(/[,。;]|$/)),
        'code',
        digits,
      );
      continue;
    }
    if (groups.points) {
      setAsideSpan(
        clauseBefore(flat, match.index, 0, isHeading).from,
        end,
        'percentage-points',
        digits,
      );
      continue;
    }
    const measureWord = groups.measure;
    if (!measureWord) {
      const from = clauseBefore(flat, match.index, Math.max(0, match.index - 12), isHeading).from;
      setAsideSpan(from, digitsAt + digits.length, 'no-measure-word', digits);
      continue;
    }

    // 万元 and 亿元 are yuan with a magnitude; "万" before any other measure word scales it too.
    const measure = MEASURE_WORDS[measureWord] as MeasureWord;
    const value = scaleFigure(digits, groups.magnitude);
    const qualifier =
      (groups.before ? QUALIFIER_BEFORE[groups.before] : undefined) ??
      QUALIFIER_AFTER[groups.after1 ?? groups.after2 ?? ''];

    const sameClause =
      previous !== undefined &&
      previous.end <= match.index &&
      !/[。,;:!?]/.test(flat.slice(previous.end, match.index)) &&
      !headingAt.subarray(previous.end, match.index).includes(1);
    const floor = sameClause && previous ? previous.end : 0;
    const clause = clauseBefore(flat, match.index, floor, isHeading);
    let label = cleanLabel(clause.label);
    let quoteFrom = clause.from;
    let quoteTo = end;
    if (sameClause && previous && label.length <= 3) {
      label = label ? `${previous.label}（${label}）` : previous.label;
      quoteFrom = previous.clauseFrom;
    } else if (label.length <= 2) {
      // "帮助8028名职工追讨欠薪": the words after the figure say what it counts.
      const after = /^[^\d,。;:!?、]{2,14}/.exec(flat.slice(end))?.[0] ?? '';
      const object = after.replace(/^(?:职工|人)?/, '');
      if (after) {
        label = `${label}${after}`.replace(TRAILING_FILLER, '');
        quoteTo = end + after.length;
      }
      if (!object) label = label || measureWord;
    }
    // Still nothing to go on ("培训480人次", "累计达209家"): lean on the figure before it in the sentence.
    const sameSentence =
      previous !== undefined && !/[。;!?]/.test(flat.slice(previous.end, match.index));
    if (label.length <= 2 && sameSentence && previous && label !== previous.label) {
      const own = label === measureWord ? clause.label.replace(/^[,、]+/, '') : label;
      label = own ? `${previous.label}（${own}）` : previous.label;
    }
    // Keep quotes short: at most 16 characters of lead-in, and never a leading 、.
    quoteFrom = Math.max(quoteFrom, match.index - 16);
    while (flat[quoteFrom] === '、') quoteFrom += 1;
    const quote = quoteOf(text, source, quoteFrom, quoteTo);
    const section = sectionOf(match.index);
    const base = {
      value,
      unit: measure.unit,
      measureWord,
      ...(measure.en ? { unitLabel: { zh: measureWord, en: measure.en } } : {}),
      ...(qualifier ? { qualifier } : {}),
      quote,
      section,
      index: source.positions[digitsAt] as number,
    };

    // "及时受理率、按期答复率均达 100%": one number, two figures.
    const shared = /^(.+)均(?:达到|达|为)?$/.exec(clause.label.replace(LEADING_FILLER, ''));
    const subjects = shared
      ? (shared[1] as string).split('、').map(cleanLabel).filter(Boolean)
      : [];
    if (subjects.length > 1) {
      for (const subject of subjects) figures.push({ ...base, label: subject });
    } else {
      figures.push({ ...base, label: label || measureWord });
    }
    taken.fill(1, match.index, end);
    previous = { end, clauseFrom: clause.from, label: label || measureWord };
  }

  setAside.sort((a, b) => a.index - b.index);
  return { sections: headings.map((heading) => heading.text), figures, setAside };
}
