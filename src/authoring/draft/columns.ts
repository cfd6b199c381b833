// OCR of a page set in columns can part a number from its measure word: "对 1163" ends a line of
// one column and "家、职工 25.3 万人" starts a line of the next block. The engine pairs such a
// number with the nearest line that starts with an unclaimed measure word, and quotes both pieces.
import type { NormalizedText } from '../../data/quote-match.ts';
import { flatIndexAt } from './headings.ts';
import { measureWordAt } from './measures.ts';

/** A measure word that opens a line with no number before it, in flat coordinates. */
export interface Orphan {
  at: number;
  measureWord: string;
}

/** Lines that open with a measure word followed by punctuation, no number before them. */
export function orphanMeasureWords(text: string, source: NormalizedText, flat: string): Orphan[] {
  const orphans: Orphan[] = [];
  for (const match of text.matchAll(/\n[ \t\u3000]*(?=\S)/g)) {
    const at = flatIndexAt(source, match.index + match[0].length);
    const measureWord = measureWordAt(flat, at);
    if (!measureWord || /[\d余多万亿]/.test(flat[at - 1] ?? '')) continue;
    if (!/[、,。;)]/.test(flat[at + measureWord.length] ?? '')) continue;
    orphans.push({ at, measureWord });
  }
  return orphans;
}

/** Whether the number ending at original position `end` is the last thing on its line. */
export function endsLine(text: string, end: number): boolean {
  return /^[ \t\u3000]*\n/.test(text.slice(end, end + 8));
}

/** The nearest unused orphan after `at` (or else before it) within `reach` characters, claimed. */
export function claimOrphan(
  orphans: Orphan[],
  used: Set<number>,
  at: number,
  reach = 3000,
): Orphan | undefined {
  const free = orphans.filter(
    (orphan) => !used.has(orphan.at) && Math.abs(orphan.at - at) <= reach,
  );
  const pick = free.find((orphan) => orphan.at > at) ?? free.at(-1);
  if (pick) used.add(pick.at);
  return pick;
}
