// Section headings, the source of the draft's categories. Government reports number their parts
// (一、二、…) and sections ((一)(二)…); a newspaper page sets its part headings apart on lines of
// their own, sometimes after a slogan ("压实责任、抓好党建, 党建引领保障成效显著").
import type { NormalizedText } from '../../data/quote-match.ts';

export interface Heading {
  text: string;
  /** 1 for a part (一、), 2 for a section within it ((一)); unnumbered headings are parts. */
  level: 1 | 2;
  /** Flat-text range the heading occupies. */
  from: number;
  to: number;
  /** The slogan printed with the heading ("依法维权、竭诚服务"), if any. */
  slogan?: string;
  /** Numbered (一、, (一)): the text's order can be trusted to put figures under it. */
  numbered: boolean;
  /**
   * Where the heading stops applying, for the lead of one paragraph ("——经济发展再上新台阶。…"):
   * the text after that paragraph is the enclosing heading's again.
   */
  until?: number;
}

/** The index in the flat text of the first character at or after an original position. */
export function flatIndexAt(source: NormalizedText, original: number): number {
  let low = 0;
  let high = source.positions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((source.positions[middle] as number) < original) low = middle + 1;
    else high = middle;
  }
  return low;
}

const NUMERAL = '[一二三四五六七八九十]{1,3}';
const PART = new RegExp(`^${NUMERAL}[、.．]`);
const SECTION = new RegExp(`^[（(]${NUMERAL}[）)]`);
/** "1.医疗卫生方面。…": the areas of a numbered list ("十方面民生实事"), each a short name. */
const ITEM = /^\d{1,2}[.．、](?!\d)/;
/** How long an item's name may be to head its area: a measure ("1.加快建设…。") is longer. */
const ITEM_NAME = 12;

/** Headings numbered 一、 or (一): the text up to the first full stop, numbering dropped. */
function numberedHeadings(text: string, source: NormalizedText): Heading[] {
  const headings: Heading[] = [];
  for (const match of text.matchAll(/^[ \t\u3000]*(\S[^\n]*)$/gm)) {
    const line = match[1] as string;
    const item = ITEM.test(line);
    const level = PART.test(line) ? 1 : SECTION.test(line) || item ? 2 : 0;
    if (level === 0) continue;
    const stop = line.search(/[。！？!?]/);
    const heading = stop < 0 ? line : line.slice(0, stop);
    // A part heading is short; a numbered list item in running text is not a heading.
    if (heading.length > 40 || (level === 1 && stop >= 0 && stop < line.length - 1)) continue;
    if (item && (stop < 0 || /[，,、；;]/.test(heading) || heading.length > ITEM_NAME)) continue;
    const start = (match.index ?? 0) + match[0].length - line.length;
    const words = heading
      .replace(level === 1 ? PART : item ? ITEM : SECTION, '')
      .replace(/\s+/g, '')
      .replace(/[，,]$/, '');
    headings.push({
      text: words,
      numbered: true,
      level,
      from: flatIndexAt(source, start),
      to: flatIndexAt(source, start + heading.length),
    });
  }
  return headings;
}

/** A slogan of two four-character phrases, "依法维权、竭诚服务": printed before a part's heading. */
const SLOGAN = /^[\u3400-\u9fff]{2,6}、[\u3400-\u9fff]{2,6}$/;

/**
 * Unnumbered headings: a block of one line between blank lines, no sentence punctuation, 6–20 CJK
 * characters. A slogan and heading printed on one line gives the part after its comma. A slogan on
 * a line of its own (the OCR split it from its heading) belongs to the next heading that has none;
 * a slogan no heading takes stands for its part itself (the heading was lost).
 */
function pageHeadings(text: string, source: NormalizedText): Heading[] {
  const headings: Heading[] = [];
  const slogans: { text: string; from: number; to: number }[] = [];
  const blocks = /(?:^|\n[ \t\u3000]*\n)([^\n]+)(?=\n[ \t\u3000]*\n|\n?$)/g;
  for (const match of text.matchAll(blocks)) {
    const line = match[1] as string;
    const lineStart = (match.index ?? 0) + match[0].length - line.length;
    const trimmed = line.trim();
    const range = {
      from: flatIndexAt(source, lineStart),
      to: flatIndexAt(source, lineStart + line.length),
    };
    const slogan = trimmed.replace(/\s+/g, '').replace(/[,，]$/, '');
    if (/[,，]$/.test(trimmed) && SLOGAN.test(slogan)) {
      slogans.push({ text: slogan, ...range });
      continue;
    }
    if (/[。；;！!？?：:"“”]/.test(trimmed) || /[,，、]$/.test(trimmed)) continue;
    const parts = trimmed.split(/[,，]\s*/);
    if (parts.length > 2 || (parts.length === 2 && !SLOGAN.test(parts[0] ?? ''))) continue;
    const candidate = (parts.at(-1) ?? '').replace(/\s+/g, '');
    if (!/^[\u3400-\u9fff]{6,20}$/.test(candidate)) continue;
    // The slogan waiting for a heading: this one's, unless it printed its own.
    const waiting = parts.length === 1 ? slogans.shift() : undefined;
    for (const orphan of slogans.splice(0)) headings.push(sloganHeading(orphan));
    headings.push({
      text: candidate,
      ...((parts.length === 2 ? parts[0] : waiting?.text)
        ? { slogan: parts.length === 2 ? parts[0] : waiting?.text }
        : {}),
      numbered: false,
      level: 1,
      ...range,
    });
  }
  for (const orphan of slogans) headings.push(sloganHeading(orphan));
  return headings.sort((a, b) => a.from - b.from);
}

/** A slogan that stands for a part whose heading the page lost. */
function sloganHeading(slogan: { text: string; from: number; to: number }): Heading {
  return { ...slogan, slogan: slogan.text, numbered: false, level: 1 };
}

/**
 * "——经济发展再上新台阶。国内生产总值…": a paragraph that opens on a dash and a short sentence
 * without figures, the way a review lists its areas. A dated line ("——2023年3月5日在…") is none.
 */
const DASH_LEAD = /^[ \t\u3000]*——([^。\n\d]{4,28})。(?=[^\n]*\S)/gm;
/** What the lead says of time only ("这五年，综合实力大幅跃升…"): not what the area is. */
const LEAD_TIME = /^(?:这五年|五年来|过去五年|这一年|一年来|过去一年)[，,]/;

/** The dash leads of a review, each heading its own paragraph only. */
function dashLeads(text: string, source: NormalizedText): Heading[] {
  // Paragraphs end at a blank line where the text has any (lines wrapped by OCR run on), else
  // at the end of the line.
  const paragraphEnd = /\n[ \t\u3000]*\n/.test(text)
    ? /\n[ \t\u3000]*\n|\n(?=[ \t\u3000]*(?:——|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]))/g
    : /\n/g;
  const leads: Heading[] = [];
  for (const match of text.matchAll(DASH_LEAD)) {
    const lead = match[1] as string;
    const start = (match.index ?? 0) + match[0].indexOf(lead);
    paragraphEnd.lastIndex = start;
    const end = paragraphEnd.exec(text)?.index ?? text.length;
    leads.push({
      text: lead.replace(/\s+/g, '').replace(LEAD_TIME, ''),
      level: 2,
      numbered: true,
      from: flatIndexAt(source, start),
      to: flatIndexAt(source, start + lead.length),
      until: flatIndexAt(source, end),
    });
  }
  return leads;
}

/** `headings` with the dash leads of the parts that number no sections of their own. */
function withLeads(headings: Heading[], leads: readonly Heading[]): Heading[] {
  const parts = headings.filter((heading) => heading.level === 1);
  const partOf = (at: number) => parts.findLast((part) => part.from <= at);
  const sectioned = new Set(
    headings.filter((heading) => heading.level === 2).map((heading) => partOf(heading.from)),
  );
  const kept = leads.filter((lead) => !sectioned.has(partOf(lead.from)));
  return [...headings, ...kept].sort((a, b) => a.from - b.from);
}

/** The report's headings in reading order: numbered ones when it has them, else the page's. */
export function findHeadings(text: string, source: NormalizedText): Heading[] {
  const numbered = numberedHeadings(text, source);
  const leads = dashLeads(text, source);
  if (numbered.length >= 2) return withLeads(numbered, leads);
  // A review that lists its areas as dash leads is headed by them (and by its one part heading).
  if (leads.length >= 2) return withLeads(numbered, leads);
  // One numbered heading is trusted where the page sets none apart: a part pasted on its own
  // ("二、2026年主要目标" and its text).
  const page = pageHeadings(text, source);
  return numbered.length === 1 && page.length === 0 ? numbered : page;
}

/**
 * For each flat index, the heading its figure falls under: the last section heading of the current
 * part, or the part itself when it has none. -1 before the first heading.
 */
export function sectionIndex(headings: readonly Heading[], length: number): Int32Array {
  const under = new Int32Array(length).fill(-1);
  let outer = -1;
  headings.forEach((heading, index) => {
    under.fill(index, heading.from);
    if (heading.until === undefined) outer = index;
    else if (heading.until < length) under.fill(outer, heading.until);
  });
  return under;
}

/** A part that sets out what is to come ("三、2026年重点工作", "二、对今年政府工作的建议"). */
const PLAN_PART = /目标|重点工作|建议|任务|总体要求|安排|打算|展望|今后|未来五年|下一步/;
/**
 * A part that looks back, whatever else its heading says ("一、2025年主要工作和…发展成就"); a part
 * that reports how work went ("二、重点工作开展情况", "主要目标任务完成情况").
 */
const REVIEW_PART = /回顾|成就|成绩|进展|总结|过去|情况/;

/** For each flat index, 1 where the part it falls in sets out targets and plans, not results. */
export function planParts(headings: readonly Heading[], length: number): Uint8Array {
  const plan = new Uint8Array(length);
  headings.forEach((heading, index) => {
    if (heading.level !== 1) return;
    const next = headings.slice(index + 1).find((later) => later.level === 1);
    const isPlan = PLAN_PART.test(heading.text) && !REVIEW_PART.test(heading.text);
    plan.fill(isPlan ? 1 : 0, heading.from, next?.from ?? length);
  });
  return plan;
}
