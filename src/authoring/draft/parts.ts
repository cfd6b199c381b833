// Which part of a report a figure belongs to, when the page's reading order cannot say. A newspaper
// page set in columns comes out of OCR with its columns interleaved: a paragraph may sit far from
// its part's heading, even under another part's heading. Work reports write each paragraph as a
// bold lead sentence ("职工维权体系更加健全。") and then its body, and parts are headed by a phrase
// that names what they are about; so a figure goes with the paragraph it sits in, and a paragraph
// with the part whose heading its lead sentence names. A paragraph whose lead names none
// ("和谐劳动关系积极构建。" in a part headed 维权) is read whole, words and genre topics, against
// each part's vocabulary; only a clear likeness moves it, else reading order stands.

/** A part heading as the matcher reads it: the words it is about, and where it stands. */
export interface PartHeading {
  /** Heading and slogan together ("依法维权、竭诚服务, 职工权益保障更加充分"). */
  words: string;
  /** Where it stands in the original text, from `at` to `end`. */
  at: number;
  end: number;
}

/**
 * The topic of a heading or lead sentence: parts and paragraphs are headed "topic + four-character
 * verdict" (工人阶级主力军作用 + 更加彰显, 工会对外形象 + 充分彰显); the verdicts repeat across parts
 * and say nothing about which part a paragraph is in.
 */
export const topicOf = (phrase: string) => (phrase.length >= 8 ? phrase.slice(0, -4) : phrase);

/** What a part is about: its slogan whole, and its heading's topic (a lone slogan is both). */
export const partWords = (heading: string, slogan?: string) =>
  slogan === heading ? heading : `${slogan ?? ''}${topicOf(heading)}`;

interface Paragraph {
  at: number;
  lead: string;
  body: string;
}

/**
 * A lead sentence: a line that opens with a short clause of 4–16 characters ended by 。 and goes on
 * with the paragraph's body (a short sentence alone on its line ends a paragraph instead).
 */
const LEAD = /(?:^|\n)[ \t\u3000]*([\u3400-\u9fff“”"·]{4,16})。(?=[ \t\u3000]*[^\s])/g;

/** The paragraphs that open with a lead sentence, each running to the next one. */
export function findParagraphs(text: string): Paragraph[] {
  const starts = [...text.matchAll(LEAD)].map((match) => ({
    at: (match.index ?? 0) + match[0].length - (match[1] as string).length - 1,
    lead: match[1] as string,
  }));
  return starts.map((start, index) => ({
    ...start,
    body: text.slice(start.at, starts[index + 1]?.at ?? text.length),
  }));
}

/** The two-character words of a text, CJK only (the unit a heading and a sentence share). */
function pairsOf(text: string): string[] {
  const cjk = text.replace(/[^\u3400-\u9fff]+/g, '|');
  const pairs: string[] = [];
  for (let index = 0; index + 1 < cjk.length; index += 1) {
    const pair = cjk.slice(index, index + 2);
    if (!pair.includes('|')) pairs.push(pair);
  }
  return pairs;
}

/**
 * How much a paragraph is about each heading: every word it shares with a heading counts, less
 * when many headings hold it (更加, 职工); a word of the lead sentence counts twice, more the
 * earlier it comes (the lead names its subject first), a word of the body once.
 */
function scores(headings: readonly PartHeading[], lead: string, body: string): number[] {
  const words = headings.map((heading) => new Set(pairsOf(heading.words)));
  const spread = new Map<string, number>();
  for (const set of words) for (const word of set) spread.set(word, (spread.get(word) ?? 0) + 1);
  const leadPairs = pairsOf(topicOf(lead));
  const bodyPairs = new Set(pairsOf(body));
  return words.map((set) => {
    let score = 0;
    leadPairs.forEach((word, index) => {
      if (set.has(word)) score += (2 - index / leadPairs.length) / (spread.get(word) ?? 1);
    });
    for (const word of bodyPairs) if (set.has(word)) score += 1 / (spread.get(word) ?? 1);
    return score;
  });
}

/** The heading a text is clearly most about, or -1 when none is, or two are alike. */
function bestHeading(headings: readonly PartHeading[], lead: string, body: string): number {
  const all = scores(headings, lead, body);
  const top = Math.max(...all);
  if (top <= 0) return -1;
  const winners = all.filter((score) => score > top - 1e-9);
  return winners.length === 1 ? all.indexOf(top) : -1;
}

/** The block of text between blank lines around a position: a leadless figure's context. */
function blockAround(text: string, at: number): string {
  const before = text.lastIndexOf('\n\n', at);
  const after = text.indexOf('\n\n', at);
  return text.slice(before < 0 ? 0 : before, after < 0 ? text.length : after);
}

/**
 * Words of the genre that name one topic between them: a work report says 劳动关系 or 欠薪 under a
 * heading that says 维权, 书屋 or 文体 under one that says 思想 or 文化. A text that holds any of a
 * topic's words also holds the topic, so a paragraph and a heading that share no word may still
 * share what they are about. What work reports of any place write, not what one report writes.
 */
const GENRE_TOPICS: readonly (readonly string[])[] = [
  // Rights, law and labour relations.
  '维权 权益 劳动关系 劳动争议 法律 法治 普法 仲裁 欠薪 讨薪 集体协商 集体合同 民主管理 厂务公开 信访',
  // Help and welfare; 权益 (rights and interests) is both.
  '权益 帮扶 慰问 困难 救助 送温暖 互助 疗休养 就业 婚恋 关爱 普惠 助学 体检 社保 养老 医保',
  // Skills, talent and the workforce.
  '技能 工匠 劳模 劳动模范 竞赛 人才 产业工人 创新工作室 技术 职业',
  // Ideas, education and culture.
  '思想 宣传 宣讲 理论 文化 文体 文艺 书屋 文明 舆论 意识形态',
  // Party building, integrity and officials.
  '党建 党的建设 党风 廉政 廉洁 纪律 作风 巡察 审计 党组 干部',
  // Building the organisation.
  '建会 入会 会员 基层组织 组织建设 规范化 数字化 智慧 数据库',
].map((words) => words.split(' '));

/** Every topic word, longest first, and the topics each names (权益 names two). */
const TOPIC_WORD = new RegExp(
  [...new Set(GENRE_TOPICS.flat())].sort((a, b) => b.length - a.length).join('|'),
  'g',
);
const TOPICS_OF = new Map<string, number[]>();
GENRE_TOPICS.forEach((words, topic) => {
  for (const word of words) TOPICS_OF.set(word, [...(TOPICS_OF.get(word) ?? []), topic]);
});

/** A genre topic counts as much as this many shared words: it is the surer sign. */
const TOPIC_WEIGHT = 3;
/** A part's heading counts this many times the paragraphs its lead sentences gathered. */
const HEADING_WEIGHT = 2;
/** A lead sentence's words count this many times the body's. */
const LEAD_WEIGHT = 2;
/**
 * Leaving reading order: the best part must read this many times more like the paragraph than the
 * part printed above it, and at least `LEAVE_ORDER_FLOOR` alike (cosine, 0–1).
 */
const LEAVE_ORDER_MARGIN = 1.5;
const LEAVE_ORDER_FLOOR = 0.05;
/**
 * How far from the heading printed above it a paragraph may move, in parts: columns interleave
 * with their neighbours, and a report that comes back to a topic (the year's review, then the
 * plan) must not lose a paragraph to the part that comes back to it.
 */
const REACH = 1;
/**
 * How much of a paragraph's body is read, in characters. A work report's paragraph runs a few
 * hundred; text that runs on for thousands between two lead sentences has crossed into other
 * parts, and reading it all would cost time for nothing.
 */
const PARAGRAPH_READ = 600;

/** Words and topics by number, for speed: a pair of CJK characters, or a topic below zero. */
type Vector = Map<number, number>;

const add = (vector: Vector, key: number, value: number) =>
  vector.set(key, (vector.get(key) ?? 0) + value);

/**
 * A text's vocabulary: its two-character words (line breaks and OCR spaces closed up) and the genre
 * topics it names, the latter looked for in `topicsIn` (the whole lead, verdict and all).
 */
function vocabularyOf(text: string, topicsIn = text): Vector {
  const vector: Vector = new Map();
  const joined = text.replace(/\s+/g, '');
  let previous = -1;
  for (let index = 0; index < joined.length; index += 1) {
    const code = joined.charCodeAt(index) - 0x3400;
    const cjk = code >= 0 && code < 0x6c00;
    if (cjk && previous >= 0) add(vector, previous * 0x6c00 + code, 1);
    previous = cjk ? code : -1;
  }
  for (const [word] of topicsIn.replace(/\s+/g, '').matchAll(TOPIC_WORD))
    for (const topic of TOPICS_OF.get(word) ?? []) add(vector, -1 - topic, TOPIC_WEIGHT);
  return vector;
}

/** A vector with each value multiplied by `weight(key)`, then scaled to length 1. */
function scaled(vector: Vector, weight: (key: number) => number = () => 1): Vector {
  let norm = 0;
  for (const [key, value] of vector) norm += (value * weight(key)) ** 2;
  norm = Math.sqrt(norm);
  const result: Vector = new Map();
  if (norm > 0) for (const [key, value] of vector) result.set(key, (value * weight(key)) / norm);
  return result;
}

function dot(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [key, value] of small) sum += value * (large.get(key) ?? 0);
  return sum;
}

/**
 * The second pass, for the paragraphs whose lead sentence named no part: the part whose
 * vocabulary a paragraph's is clearly most like, or -1 to keep reading order. A part's vocabulary
 * is its heading's and that of the paragraphs whose lead sentences named it in the first pass
 * (TF-IDF: a word that many paragraphs hold says little); a paragraph is compared by all its
 * words. It moves only to a neighbour of the part printed above it (`REACH`), only when its lead
 * sentence leans to that part's heading more than to any other, and only when it reads clearly
 * more like that part than its own (`LEAVE_ORDER_MARGIN`, `LEAVE_ORDER_FLOOR`).
 */
function byVocabulary(
  headings: readonly PartHeading[],
  paragraphs: readonly Paragraph[],
  above: readonly number[],
  named: readonly number[],
): number[] {
  const leads = paragraphs.map((paragraph) =>
    vocabularyOf(topicOf(paragraph.lead), paragraph.lead),
  );
  const documents = paragraphs.map((paragraph, index) => {
    const document = vocabularyOf(
      paragraph.body.slice(paragraph.lead.length, paragraph.lead.length + PARAGRAPH_READ),
    );
    for (const [key, value] of leads[index] as Vector) add(document, key, LEAD_WEIGHT * value);
    return document;
  });
  const headingWords = headings.map((heading) => vocabularyOf(heading.words));
  const spread: Vector = new Map();
  for (const vector of [...documents, ...headingWords])
    for (const key of vector.keys()) add(spread, key, 1);
  const count = documents.length + headingWords.length;
  const weigh = (vector: Vector) =>
    scaled(vector, (key) => Math.log((count + 1) / (spread.get(key) ?? 1)));
  const paragraphVectors = documents.map(weigh);
  const headingVectors = headingWords.map(weigh);
  // A part's vocabulary, built when a paragraph near it asks.
  const partVectors = new Map<number, Vector>();
  const partVector = (part: number): Vector => {
    const known = partVectors.get(part);
    if (known) return known;
    const vector: Vector = new Map();
    for (const [key, value] of headingVectors[part] as Vector)
      add(vector, key, HEADING_WEIGHT * value);
    const members = paragraphVectors.filter((_, index) => named[index] === part);
    for (const member of members)
      for (const [key, value] of member) add(vector, key, value / members.length);
    partVectors.set(part, scaled(vector));
    return partVectors.get(part) as Vector;
  };
  return paragraphs.map((_, index) => {
    const own = above[index] as number;
    if ((named[index] as number) >= 0) return -1;
    const paragraph = paragraphVectors[index] as Vector;
    const likeness = headings.map((_, part) =>
      Math.abs(part - own) <= REACH ? dot(paragraph, partVector(part)) : 0,
    );
    const best = likeness.indexOf(Math.max(...likeness));
    const top = likeness[best] as number;
    const stay = own >= 0 ? (likeness[own] as number) : 0;
    if (best === own || top < LEAVE_ORDER_FLOOR || top <= stay * LEAVE_ORDER_MARGIN) return -1;
    // The lead sentence names the paragraph's subject: it must lean the same way.
    const lead = weigh(leads[index] as Vector);
    const leaning = headingVectors.map((heading) => dot(lead, heading));
    const leans = leaning.every(
      (value, part) => part === best || value < (leaning[best] as number),
    );
    return leans ? best : -1;
  });
}

/**
 * The part of each figure (by its position in the text), in two passes. First, the heading its
 * paragraph's lead sentence names (most shared words, and only one such heading). Else, the part
 * whose vocabulary the whole paragraph clearly shares (`byVocabulary`), as far as the first
 * heading printed inside the paragraph. Else the heading above it as printed (`positional`);
 * above every heading, the heading its own block of text names, if one does.
 */
export function partsOf(
  text: string,
  headings: readonly PartHeading[],
  figures: readonly { at: number; positional: number }[],
): number[] {
  if (headings.length < 2) return figures.map((figure) => figure.positional);
  // A heading printed inside a paragraph (columns interleave) is not part of its words.
  let plain = text;
  for (const heading of headings)
    plain =
      plain.slice(0, heading.at) + ' '.repeat(heading.end - heading.at) + plain.slice(heading.end);
  const paragraphs = findParagraphs(plain);
  const above = paragraphs.map((paragraph) =>
    headings.findLastIndex((heading) => heading.at <= paragraph.at),
  );
  const named = paragraphs.map((paragraph) => bestHeading(headings, paragraph.lead, ''));
  const alike = byVocabulary(headings, paragraphs, above, named);
  return figures.map((figure) => {
    const index = paragraphs.findLastIndex((paragraph) => paragraph.at <= figure.at);
    if (index >= 0 && (named[index] as number) >= 0) return named[index] as number;
    // Moved by its vocabulary: the paragraph up to a heading printed inside it, not past it.
    if (index >= 0 && (alike[index] as number) >= 0 && figure.positional === above[index])
      return alike[index] as number;
    // Else position rules; only a figure above every heading has none, and its words decide.
    if (figure.positional >= 0) return figure.positional;
    const best = bestHeading(headings, '', blockAround(plain, figure.at));
    return best >= 0 ? best : figure.positional;
  });
}
