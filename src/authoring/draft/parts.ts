// Which part of a report a figure belongs to, when the page's reading order cannot say. A newspaper
// page set in columns comes out of OCR with its columns interleaved: a paragraph may sit far from
// its part's heading, even under another part's heading. Work reports write each paragraph as a
// bold lead sentence ("职工维权体系更加健全。") and then its body, and parts are headed by a phrase
// that names what they are about; so a figure goes with the paragraph it sits in, and a paragraph
// with the part whose heading shares most words with it, the lead sentence counting most.

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
 * The part of each figure (by its position in the text): the heading its paragraph's lead sentence
 * names (most shared words, and only one such heading); else the heading above it as printed
 * (`positional`); above every heading, the heading its own block of text names, if one does. The
 * body of a paragraph does not vote: it mentions many parts' words (职工, 服务, 保障) in passing.
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
  const partOfParagraph = paragraphs.map((paragraph) => bestHeading(headings, paragraph.lead, ''));
  return figures.map((figure) => {
    const index = paragraphs.findLastIndex((paragraph) => paragraph.at <= figure.at);
    const named = index >= 0 ? (partOfParagraph[index] as number) : -1;
    if (named >= 0) return named;
    // Else position rules; only a figure above every heading has none, and its words decide.
    if (figure.positional >= 0) return figure.positional;
    const best = bestHeading(headings, '', blockAround(plain, figure.at));
    return best >= 0 ? best : figure.positional;
  });
}
