import { useDeferredValue, useState } from 'react';
import type { TFunction } from 'i18next';
import { useT } from '../../i18n/use-t.ts';
import type { Lang } from '../../data/bundle-schema.ts';
import type { BundleIndex } from '../../store/bundle-index.ts';
import {
  compareEntry,
  compareRows,
  groupRowsByUnit,
  parseCompareEntry,
  perTenThousand,
  type CompareRow,
  type FigureRef,
  type LoadedBundle,
  type Norm,
} from '../../store/compare-reports.ts';
import type { Concept } from '../../data/concept-schema.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { rowText, type ComparedRow, type RowText } from './compare-rows-text.ts';
import { useComparedBundles } from './use-compared-bundles.ts';

/** What a row's words depend on besides the language and normalisation: its figure and flags. */
interface KeptText {
  row: CompareRow;
  first: CompareRow;
  key: string;
  text: RowText;
}

const periodWords = (row: CompareRow) => JSON.stringify(row.period);

/** Whether the words kept for a row still say it: same figure, value, note, flags and first row. */
const stillSays = (kept: KeptText | undefined, row: CompareRow, first: CompareRow, key: string) =>
  kept !== undefined &&
  kept.key === key &&
  kept.row.indicator === row.indicator &&
  kept.row.bundle === row.bundle &&
  kept.row.value === row.value &&
  kept.row.note === row.note &&
  kept.row.flags.join() === row.flags.join() &&
  periodWords(kept.row) === periodWords(row) &&
  periodWords(kept.first) === periodWords(first) &&
  kept.row.indicator.concept === row.indicator.concept;

/**
 * Everything the comparison shows, worked out once from the address (`cmp`, `norm`) and the
 * bundles it names: the rows and their words, grouped by unit, whether per 10,000 is possible,
 * the normalisation in words, the entries not found and each entry's chip label.
 */
export function useCompareView(index: BundleIndex, lang: Lang) {
  const { t } = useT();
  // The comparison follows the address in a render of its own, which React may interrupt: a
  // comparison growing by a few reports never holds the page while it is worked out again.
  const entries = useDeferredValue(useDashboard((state) => state.compare));
  const norm = useDashboard((state) => state.norm);
  const refs = entries.map((entry) => parseCompareEntry(entry, index.bundle.id));
  const found = refs.filter((ref): ref is FigureRef => ref !== undefined);
  const loading = useComparedBundles(
    index,
    found.map((ref) => ref.bundleId),
  );
  const { loaded, pending, concepts } = loading;
  // Worked out again only when what it reads has changed: the urgent render that precedes the
  // deferred one, or one for an unrelated query, reuses the last result.
  const [cache] = useState(() => new Map<'last', { deps: unknown[]; view: View }>());
  const [kept] = useState(() => new Map<string, KeptText>());
  const deps: unknown[] = [entries, norm, concepts, lang, t, pending];
  for (const source of loaded.values()) deps.push(source.bundle, source.catalogYears);
  const last = cache.get('last');
  const same =
    last !== undefined &&
    last.deps.length === deps.length &&
    last.deps.every((dep, at) => dep === deps[at]);
  const view = same
    ? last.view
    : workOut({ entries, refs, found, loaded, concepts, norm, lang, t, pending, kept });
  if (!same) cache.set('last', { deps, view });
  return { ...loading, norm, ...view };
}

type View = ReturnType<typeof workOut>;

/** The comparison's rows, words, charts' groups and chips, from the bundles loaded so far. */
function workOut({
  entries,
  refs,
  found,
  loaded,
  concepts,
  norm,
  lang,
  t,
  pending,
  kept,
}: {
  entries: readonly string[];
  refs: readonly (FigureRef | undefined)[];
  found: readonly FigureRef[];
  loaded: ReadonlyMap<string, LoadedBundle>;
  concepts: readonly Concept[] | undefined;
  norm: Norm;
  lang: Lang;
  t: TFunction;
  pending: boolean;
  kept: Map<string, KeptText>;
}) {
  const rows = compareRows({ refs: found, lookup: (id) => loaded.get(id), concepts, norm });
  const groups = groupRowsByUnit(rows);
  // Each row's words are worked out once and kept while they hold, so a comparison that grows
  // report by report words only the rows it gains (hundreds of rows, several words each).
  // (A cache: an entry that no longer holds is worked out again, so a render React throws away
  // leaves nothing wrong behind.)
  const key = `${lang}|${norm}`;
  const texts: ComparedRow[] = groups.flatMap((group) =>
    group.map((row) => {
      const first = group[0] as CompareRow;
      const id = compareEntry(row.ref);
      const before = kept.get(id);
      const text = stillSays(before, row, first, key)
        ? (before as KeptText).text
        : rowText(row, first, norm, lang, t);
      kept.set(id, { row, first, key, text });
      return { row, text };
    }),
  );
  if (kept.size > 2 * rows.length + 100) {
    const shown = new Set(rows.map((row) => compareEntry(row.ref)));
    for (const id of kept.keys()) if (!shown.has(id)) kept.delete(id);
  }
  const bundles = [...new Set(rows.map((row) => row.bundle))];
  const per10k = perTenThousand(bundles, concepts ?? []);
  const denominator = per10k.concept?.label[lang] ?? '';
  const rowsByEntry = new Map(rows.map((row) => [compareEntry(row.ref), row]));
  const rowOf = (at: number) => {
    const ref = refs[at];
    return ref ? rowsByEntry.get(compareEntry(ref)) : undefined;
  };
  return {
    groups,
    texts,
    per10k,
    denominator,
    normLabel: t(`compareReports.norm.${norm}`, { denominator }),
    /** The reports lacking the denominator, by publisher, for the reason per 10,000 is off. */
    per10kMissing: per10k.ok
      ? []
      : per10k.missing.map((id) => loaded.get(id)?.bundle.publisher[lang] ?? id),
    sources: bundles.map((bundle) => bundle.source.title[lang]).join(lang === 'zh' ? '；' : '; '),
    missing: pending ? [] : entries.filter((_entry, at) => !rowOf(at)),
    chips: entries.map((entry, at) => {
      const row = rowOf(at);
      return {
        entry,
        label: row ? `${row.bundle.publisher[lang]} · ${row.indicator.label[lang]}` : entry,
      };
    }),
  };
}
