// First pass from a Chinese work report to the figures it states. Pure: text in, figures out.
//
// The report may be OCR of a newspaper page: lines break mid-phrase, columns interleave and stray
// spaces sit inside numbers ("52.58 万人"). So the text is read with white space removed and
// full-width and traditional forms folded, and every position maps back to the original so each
// quote is a span of the report as printed.
import type { Qualifier, Unit } from '../../data/bundle-format.ts';
import { normalizeForMatch, occurrences } from '../../data/quote-match.ts';
import { claimOrphan, endsLine, orphanMeasureWords } from './columns.ts';
import { mergeDuplicates } from './dedupe.ts';
import { findHeadings, flatIndexAt, type Heading, planParts, sectionIndex } from './headings.ts';
import { partsOf, partWords } from './parts.ts';
import { labelFigure, type PreviousFigure } from './label-figure.ts';
import { detectPeriod, type PeriodSuggestion, singleYears } from './period.ts';
import { type Measure, MEASURE_WORDS, measureOf } from './measures.ts';
import { FORMULA, notAFigure, ORDINAL, quotedSpans, type SetAsideReason } from './not-figures.ts';
import { foldTraditional, type NumberToken, scanNumbers } from './numbers.ts';
import {
  CHANGE_VERBS,
  clauseStart,
  HOUSEHOLDS,
  PEOPLE,
  PER_PERIOD,
  SENTENCE_END,
  THRESHOLD,
} from './labels.ts';

export { SET_ASIDE_REASONS, type SetAsideReason } from './not-figures.ts';

/** What a figure counts in: a unit of bundle v1, or a measure the format does not have yet. */
export type FigureUnit =
  { unit: Unit; measure?: undefined } | { unit?: undefined; measure: Measure };

export type DraftFigure = FigureUnit & {
  /** In base units: yuan, persons, kW… (万千瓦 → kW). */
  value: number;
  /** The report's measure word as printed (folded), e.g. 场次; absent for "2800万" alone. */
  measureWord?: string;
  /** Set when the measure word carries meaning beyond the unit (场次, 家次, 期, 件…). */
  unitLabel?: { zh: string; en: string };
  qualifier?: Qualifier;
  /** A percent that is a growth rate or a share. */
  aspect?: 'growth' | 'share';
  /** Chinese label from the words that say what the number counts. */
  label: string;
  /** The report's words that state the figure, one piece per column it spans, white space runs as one space. */
  quote: string[];
  /** Index into `sections`, or -1 before the first heading. */
  section: number;
  /** A target or plan the report sets out ("力争…", a part of 重点工作 or 目标任务), not a result. */
  target?: true;
  /**
   * The level a change started from ("从60.2%提高到65.2%"), where no year is printed before it:
   * the start of the period the text describes, neither a result nor a target of its own.
   */
  start?: true;
  /**
   * The one year the figure is of: the year printed right before it ("从2020年的10.5万元"), else the
   * one its paragraph reports on, in a report of several ("2025年是…").
   */
  year?: number;
  /** Where the figure's digits start in the original text. */
  index: number;
};

/** Words that say the sentence sets a target or a plan: 力争, 预期目标, 拟安排… */
const TARGET_WORDS = /力争|预期目标|目标是|拟(?:安排|新增|发行|投入)|计划(?:安排|新增|投资)/;

/**
 * "今年我们要…", "今年将…": this year's plan, not this year so far (今年以来, 今年上半年). 要 as a
 * verb only: in 主要, 重要 it is part of a word, and "今年发展主要预期目标是：…" plans its own
 * sentence (TARGET_WORDS), not the results around it.
 */
const THIS_YEAR_PLAN =
  /今年(?!以来|上半年|前|[一二三四1-4]季度)[^。]{0,8}?(?:(?<![主重纪摘提概])要|将|力争|确保)/;

/** Words only a review uses: a text with none of them that plans this year is a plan throughout. */
const REVIEW_WORDS = /去年|上年|过去一年|过去五年|一年来|五年来|以来|刚刚过去/;

/** A title that calls the text a plan: "市总工会2026年工作要点", "…三年行动计划". */
const PLAN_TITLE = /(?:工作要点|工作计划|工作安排|工作思路|工作打算|行动计划|实施方案)$/;

/** Whether one of the text's first three lines is a short title that calls it a plan. */
function plansItself(text: string): boolean {
  // The opening only: the whole of a long report split into lines was a cost of its own.
  return text
    .slice(0, 600)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ''))
    .filter(Boolean)
    .slice(0, 3)
    .some((line) => line.length <= 40 && PLAN_TITLE.test(line.replace(/[（(][^）)]*[）)]$/, '')));
}

/** A list of targets after a colon, its items parted by semicolons: "主要预期目标是：…；…；…。" */
const TARGET_LIST = /(?:预期目标|目标是|目标为)[^。!?:]*:[^。!?]*$/;

/** How far back a semicolon list of targets may open: a paragraph of targets runs to 200 characters. */
const TARGET_LIST_REACH = 300;

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

function unitOf(
  measureWord: string | undefined,
  value: number,
): { unit: FigureUnit; value: number; unitLabel?: { zh: string; en: string } } {
  const reading = measureWord ? MEASURE_WORDS[measureWord] : undefined;
  if (!reading) return { unit: { unit: 'item' }, value };
  if ('measure' in reading) {
    const scaled = Number((value * reading.scale).toPrecision(12));
    return { unit: { measure: measureOf(reading.measure) }, value: scaled };
  }
  return {
    unit: { unit: reading.unit },
    value,
    ...(reading.en && measureWord ? { unitLabel: { zh: measureWord, en: reading.en } } : {}),
  };
}

/**
 * Where a numbered section turns from one year to the years together or back ("（六）…" of the
 * five years, then "刚刚过去的2025年…"), a heading of its own: "2025年", or the report's period.
 * Its figures are not the section's, and a category of their own says which time they are of.
 */
function yearHeadings(
  headings: readonly Heading[],
  yearAt: Uint16Array,
  together: readonly { at: number; words: string }[],
  period: PeriodSuggestion,
): Heading[] {
  if (!headings[0]?.numbered) return [];
  const single = period.start && period.start === period.end ? Number(period.end) : 0;
  const era = (at: number) => (yearAt[at] === single ? 0 : (yearAt[at] ?? 0));
  const added: Heading[] = [];
  headings.forEach((heading, index) => {
    const end = headings[index + 1]?.from ?? yearAt.length;
    let current = era(heading.from);
    for (let at = heading.to; at < end; at += 1) {
      const now = era(at);
      if (now === current) continue;
      current = now;
      // The years together, as the paragraph that turned to them calls them.
      const words = together.findLast((entry) => entry.at <= at)?.words;
      const text = now ? `${now}年` : (words ?? period.label.zh);
      added.push({ text, level: 2, from: at, to: at, numbered: true });
    }
  });
  return added;
}

/** How far back a quote's start may move to the start of its clause, not to cut a word. */
const QUOTE_BACK = 12;

/**
 * Where a figure's quote starts, its words whole: after a full stop or semicolon its reach crossed
 * ("…政策举措。地区生产总值…" quoted from "策举措。"), or back at its clause's start where the reach
 * ended inside one ("PM2.5年均浓度…" quoted from "2.5"), if that start is near. `from` is where the
 * reach ended, `at` where the figure's digits start.
 */
function quoteStart(
  flat: string,
  from: number,
  at: number,
  isBreak: (index: number) => boolean,
): number {
  for (let index = at - 1; index >= from; index -= 1) {
    if (SENTENCE_END.test(flat[index] as string)) return index + 1;
  }
  const whole = (index: number) =>
    index === 0 || isBreak(index - 1) || /[。!?;:,、]/.test(flat[index - 1] as string);
  for (let start = from; start >= Math.max(0, from - QUOTE_BACK); start -= 1) {
    if (whole(start)) return start;
  }
  return from;
}

/** A change to another level: "提高到", "减少至", "跃升至", or 到 alone. */
const TO_LEVEL = new RegExp(`^(?:${CHANGE_VERBS}|跃升|扩大|缩小|压减|降|升|增)?(?:到|至)`);

/**
 * Whether a figure is the level a change started from: 从 or 由 stands right before it and a
 * change to another level right after ("从60类减少到10类", "由67.9%上升到87.9%").
 */
function isStartLevel(flat: string, from: number, end: number): boolean {
  return (
    /[从由]$/.test(flat.slice(Math.max(0, from - 1), from)) &&
    TO_LEVEL.test(flat.slice(end, end + 4))
  );
}

/**
 * The year printed right before a figure dates it, whatever year its paragraph reports on:
 * "从2020年的10.5万元提高到2025年的14万元", "2020年末的3.2万户".
 */
function datedYear(flat: string, from: number): number | undefined {
  const year = /(?<!\d)((?:19|20)\d\d)年(?:末|底)?的?$/.exec(
    flat.slice(Math.max(0, from - 8), from),
  )?.[1];
  return year ? Number(year) : undefined;
}

/**
 * Every figure in a report, every Arabic-digit number that is not one (with why), and the section
 * headings. Values are in base units; each quote is a span of the original text.
 */
export function extractFigures(text: string): Extraction {
  const source = normalizeForMatch(text);
  const flat = foldTraditional(source.flat);
  const period = detectPeriod(text);
  const { years: yearAt, together } = singleYears(
    text,
    source,
    period.end && period.start !== period.end ? Number(period.end) : undefined,
  );
  const printed = findHeadings(text, source);
  const headings = [...printed, ...yearHeadings(printed, yearAt, together, period)].sort(
    (a, b) => a.from - b.from,
  );
  const headingAt = new Uint8Array(flat.length);
  for (const heading of headings) headingAt.fill(1, heading.from, heading.to);
  const isBreak = (index: number) => headingAt[index] === 1;
  const sectionAt = sectionIndex(headings, flat.length);
  const planAt = planParts(headings, flat.length);
  // An excerpt of a plan part without its heading ("（八）着力…" to the year's 民生实事) says
  // 今年…要 and never looks back; a year's 工作要点 says what it is in its title.
  const planText = (THIS_YEAR_PLAN.test(flat) || plansItself(text)) && !REVIEW_WORDS.test(flat);
  const isTarget = (at: number) => {
    if (planText || planAt[at] === 1) return true;
    let start = at;
    while (start > 0 && start > at - 120 && !SENTENCE_END.test(flat[start - 1] as string))
      start -= 1;
    const before = flat.slice(start, at);
    if (TARGET_WORDS.test(before) || THIS_YEAR_PLAN.test(before)) return true;
    // "…目标是：A；B；C。": the colon's targets run over the semicolons to the full stop.
    let open = start;
    while (open > 0 && open > at - TARGET_LIST_REACH && !/[。!?]/.test(flat[open - 1] as string))
      open -= 1;
    return open < start && TARGET_LIST.test(flat.slice(open, at));
  };
  const quoted = quotedSpans(flat);
  const quoteOf = (from: number, to: number) =>
    text
      .slice(source.positions[from] as number, (source.positions[to - 1] as number) + 1)
      .replace(/\s+/g, ' ')
      .trim();

  const taken = new Uint8Array(flat.length);
  const setAside: SetAsideNumber[] = [];
  const setAsideSpan = (from: number, to: number, reason: SetAsideReason, number: string) => {
    taken.fill(1, from, to);
    setAside.push({
      number,
      reason,
      quote: quoteOf(from, to),
      index: source.positions[from] as number,
    });
  };
  for (const match of flat.matchAll(FORMULA)) {
    if (!/\d/.test(match[0])) continue;
    const from = match.index;
    const isQuoted = flat[from - 1] === '"' && flat[from + match[0].length] === '"';
    setAsideSpan(
      isQuoted ? from - 1 : from,
      from + match[0].length + (isQuoted ? 1 : 0),
      'formula',
      match[0],
    );
  }
  for (const match of flat.matchAll(ORDINAL)) {
    if (taken[match.index] !== 1)
      setAsideSpan(match.index, match.index + match[0].length, 'ordinal', match[0]);
  }

  const lineStart = new Uint8Array(flat.length + 1);
  for (const match of text.matchAll(/\n\s*(?=\S)/g)) {
    lineStart[flatIndexAt(source, match.index + match[0].length)] = 1;
  }
  // "1.新建基层工会：64家；": the number that opens a line of a list numbers its item, and the
  // item's words start after it, not on the line before.
  for (const match of text.matchAll(/^[ \t\u3000]*(\d{1,2})[.．、](?!\d)/gm)) {
    const from = flatIndexAt(
      source,
      match.index + match[0].length - (match[1] as string).length - 1,
    );
    const to = flatIndexAt(source, match.index + match[0].length);
    if (taken[from] === 1) continue;
    setAsideSpan(from, to, 'ordinal', match[1] as string);
    headingAt.fill(1, from, to);
  }
  const orphans = orphanMeasureWords(text, source, flat);
  const usedOrphans = new Set<number>();
  const figures: DraftFigure[] = [];
  let previous: PreviousFigure | undefined;
  let perBefore: { end: number; word: string } | undefined;

  for (const scanned of scanNumbers(flat)) {
    let token: NumberToken = scanned;
    if (taken[token.digitsAt] === 1) continue;
    const afterDigits = token.digitsAt + token.digits.length;
    let verdict = notAFigure(flat, token, quoted);
    let piece: { from: number; to: number; measureWord: string } | undefined;
    if (
      verdict?.reason === 'no-measure-word' &&
      endsLine(text, (source.positions[afterDigits - 1] as number) + 1)
    ) {
      const orphan = claimOrphan(orphans, usedOrphans, token.digitsAt);
      if (orphan) {
        headingAt.fill(1, orphan.at, orphan.at + orphan.measureWord.length);
        piece = {
          from: orphan.at,
          to: orphan.at + orphan.measureWord.length,
          measureWord: orphan.measureWord,
        };
        token = { ...token, measureWord: orphan.measureWord };
        verdict = undefined;
      }
    }
    if (verdict) {
      let lead =
        verdict.reason === 'ordinal' || verdict.reason === 'code' || verdict.reason === 'name'
          ? token.from
          : clauseStart(
              flat,
              token.from,
              Math.max(0, token.from - 12),
              // A lead-in stops at a line break and at numbers already read.
              (index) => isBreak(index) || lineStart[index + 1] === 1 || taken[index] === 1,
            );
      while (verdict.reason === 'code' && quoted[lead - 1] === 1 && lead > token.from - 14)
        lead -= 1;
      while (verdict.reason === 'name' && /[A-Za-z]/.test(flat[lead - 1] ?? '')) lead -= 1;
      setAsideSpan(
        verdict.reason === 'ordinal' ? token.digitsAt - 1 : lead,
        verdict.to,
        verdict.reason,
        token.digits,
      );
      continue;
    }
    const reading = unitOf(token.measureWord, token.value);
    const { value, unitLabel } = reading;
    const label = labelFigure(flat, token, {
      previous,
      isBreak,
      isPercent: reading.unit.unit === 'percent',
      piece,
    });
    if (!token.measureWord && label.labels.some((each) => THRESHOLD.test(each))) {
      setAsideSpan(label.quoteFrom, token.end, 'no-measure-word', token.digits);
      continue;
    }
    // A bare "420万" before 困难群众 or after 参保人数 counts people; before 农户, households.
    const named = (words: RegExp) =>
      !token.measureWord && label.labels.some((each) => words.test(each));
    // "每人每月800元", "每年1000元": an amount a month or a year, a rate rather than a sum; the
    // next number of a list ("…800元和650元") is one too.
    const perWord =
      token.measureWord === '元'
        ? (PER_PERIOD.exec(flat.slice(Math.max(0, token.from - 5), token.from))?.[1] ??
          (perBefore && /^[和、及]$/.test(flat.slice(perBefore.end, token.from))
            ? perBefore.word
            : undefined))
        : undefined;
    perBefore = perWord ? { end: token.end, word: perWord } : undefined;
    // "人均地区生产总值14万元", "人均增收1200元": an amount per person, which a chart must not set
    // beside totals of billions (its bar would not show).
    const perHead = token.measureWord === '元' && label.labels.some((each) => /人均/.test(each));
    const unit: FigureUnit = perWord
      ? { measure: measureOf(perWord === '月' ? 'yuan-month' : 'yuan-year') }
      : perHead
        ? { measure: measureOf('yuan-person') }
        : named(PEOPLE)
          ? { unit: 'person' }
          : named(HOUSEHOLDS)
            ? { measure: measureOf('household') }
            : reading.unit;
    const quote = [quoteOf(quoteStart(flat, label.quoteFrom, token.from, isBreak), label.quoteTo)];
    if (piece) {
      // A piece must say where it stands: it grows along the text until the text holds it once
      // ("家" alone is everywhere; "家用人单位开展" is not).
      let to = Math.max(piece.to, label.pieceTo ?? piece.to);
      while (to < piece.from + 24 && occurrences(flat, flat.slice(piece.from, to)).length > 1)
        to += 1;
      quote.push(quoteOf(piece.from, to));
    }
    const dated = datedYear(flat, token.from);
    const start = !dated && isStartLevel(flat, token.from, token.end);
    const year = dated ?? (start ? undefined : yearAt[token.from]);
    const base = {
      ...unit,
      value,
      ...(token.measureWord ? { measureWord: token.measureWord } : {}),
      ...(unitLabel ? { unitLabel } : {}),
      ...(token.qualifier ? { qualifier: token.qualifier } : {}),
      ...(label.aspect ? { aspect: label.aspect } : {}),
      quote,
      section: sectionAt[token.from] ?? -1,
      ...(start ? { start: true } : isTarget(token.from) ? { target: true } : {}),
      ...(year ? { year } : {}),
      index: source.positions[token.digitsAt] as number,
    } as Omit<DraftFigure, 'label'>;
    for (const each of label.labels) figures.push({ ...base, label: each } as DraftFigure);
    taken.fill(1, token.from, token.end);
    previous = label.next;
  }

  const merged = mergeDuplicates(figures);
  // A page without numbered headings may print a paragraph far from its part: match instead.
  if (headings.length > 0 && !headings[0]?.numbered) {
    const parts = partsOf(
      text,
      headings.map((heading) => ({
        words: partWords(heading.text, heading.slogan),
        at: source.positions[heading.from] as number,
        end: (source.positions[heading.to - 1] as number) + 1,
      })),
      merged.kept.map((figure) => ({ at: figure.index, positional: figure.section })),
    );
    merged.kept.forEach((figure, index) => (figure.section = parts[index] as number));
  }
  for (const duplicate of merged.duplicates) {
    setAside.push({
      number: String(duplicate.value),
      reason: 'duplicate',
      quote: duplicate.quote[0] ?? '',
      index: duplicate.index,
    });
  }
  setAside.sort((a, b) => a.index - b.index);
  return { sections: headings.map((heading) => heading.text), figures: merged.kept, setAside };
}
