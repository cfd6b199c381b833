import type { CatalogEntry } from '../../data/catalog-schema.ts';

/** Lower case, no spaces, full-width letters and digits folded: 'ＡＮＨＵＩ 2026' → 'anhui2026'. */
function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-–—·・:：,，]+/g, '');
}

// Folded once per entry: a catalogue of hundreds is searched at every key.
const folded = new WeakMap<CatalogEntry, string>();

function searchableText(entry: CatalogEntry): string {
  const known = folded.get(entry);
  if (known !== undefined) return known;
  const texts = [entry.title, entry.publisher, entry.period].flatMap((text) =>
    text ? [text.zh, text.en] : [],
  );
  const text = fold([entry.id, ...texts].join('|'));
  folded.set(entry, text);
  return text;
}

/**
 * The catalogue entries a search names, in catalogue order: every word of the query must occur
 * in the entry's id, title, publisher or period, in either language ("浙江 2021", "anhui report").
 */
export function searchReports(entries: readonly CatalogEntry[], query: string): CatalogEntry[] {
  const words = query
    .split(/\s+/)
    .map(fold)
    .filter((word) => word.length > 0);
  if (words.length === 0) return [...entries];
  return entries.filter((entry) => {
    const text = searchableText(entry);
    return words.every((word) => text.includes(word));
  });
}
