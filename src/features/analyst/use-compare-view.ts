import { useTranslation } from 'react-i18next';
import type { Lang } from '../../data/bundle-schema.ts';
import type { BundleIndex } from '../../store/bundle-index.ts';
import {
  compareRows,
  groupRowsByUnit,
  parseCompareEntry,
  perTenThousand,
  type CompareRow,
  type FigureRef,
} from '../../store/compare-reports.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { rowText, type ComparedRow } from './compare-rows-text.ts';
import { useComparedBundles } from './use-compared-bundles.ts';

const sameRef = (a: FigureRef | undefined, b: FigureRef) =>
  a?.bundleId === b.bundleId && a.indicatorId === b.indicatorId;

/**
 * Everything the comparison shows, worked out once from the address (`cmp`, `norm`) and the
 * bundles it names: the rows and their words, grouped by unit, whether per 10,000 is possible,
 * the normalisation in words, the entries not found and each entry's chip label.
 */
export function useCompareView(index: BundleIndex, lang: Lang) {
  const { t } = useTranslation();
  const entries = useDashboard((state) => state.compare);
  const norm = useDashboard((state) => state.norm);
  const refs = entries.map((entry) => parseCompareEntry(entry, index.bundle.id));
  const found = refs.filter((ref): ref is FigureRef => ref !== undefined);
  const loading = useComparedBundles(
    index,
    found.map((ref) => ref.bundleId),
  );
  const { loaded, pending, concepts } = loading;
  const rows = compareRows({ refs: found, lookup: (id) => loaded.get(id), concepts, norm });
  const groups = groupRowsByUnit(rows);
  const texts: ComparedRow[] = groups.flatMap((group) =>
    group.map((row) => ({ row, text: rowText(row, group[0] as CompareRow, norm, lang, t) })),
  );
  const bundles = [...new Set(rows.map((row) => row.bundle))];
  const per10k = perTenThousand(bundles, concepts ?? []);
  const denominator = per10k.concept?.label[lang] ?? '';
  const rowOf = (at: number) => rows.find((row) => sameRef(refs[at], row.ref));
  return {
    ...loading,
    norm,
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
