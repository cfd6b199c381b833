import { useT } from '../../i18n/use-t.ts';
import { QUALIFIERS, UNITS, type Qualifier, type Unit } from '../../data/bundle-format.ts';

/** The words every figure row shows, translated once per language rather than once per row. */
export interface RowTexts {
  lang: 'zh' | 'en';
  kept: string;
  headline: string;
  labelZh: string;
  labelEn: string;
  value: string;
  unit: string;
  measure: string;
  qualifier: string;
  qualifierNone: string;
  category: string;
  quote: string;
  units: Record<Unit, string>;
  qualifiers: Record<Qualifier, string>;
}

type Translate = ReturnType<typeof useT<'studio'>>['t'];
type I18n = ReturnType<typeof useT>['i18n'];
// By language alone: the words come from the locale files, the same for every i18n instance.
const cache = new Map<string, RowTexts>();

function byKey<K extends string>(keys: readonly K[], text: (key: K) => string): Record<K, string> {
  const texts = {} as Record<K, string>;
  for (const key of keys) texts[key] = text(key);
  return texts;
}

function rowTexts(t: Translate, i18n: I18n): RowTexts {
  const common = i18n.getFixedT(null, 'common');
  const language = i18n.language;
  return {
    lang: language === 'en' ? 'en' : 'zh',
    kept: t('figures.kept'),
    headline: t('figures.headline'),
    labelZh: t('figures.labelZh'),
    labelEn: t('figures.labelEn'),
    value: t('figures.value'),
    unit: t('figures.unit'),
    measure: t('figures.measure'),
    qualifier: t('figures.qualifier'),
    qualifierNone: t('figures.qualifierNone'),
    category: t('figures.category'),
    quote: t('figures.quote'),
    units: byKey(UNITS, (unit) => common(`units.${unit}`)),
    qualifiers: byKey(QUALIFIERS, (qualifier) => common(`qualifier.${qualifier}`)),
  };
}

/**
 * The row's words and translate function: one hook and a cached set of words per row, where a
 * long draft renders hundreds of rows.
 */
export function useRowTexts(): { t: Translate; texts: RowTexts } {
  const { t, i18n } = useT('studio');
  let texts = cache.get(i18n.language);
  if (!texts) cache.set(i18n.language, (texts = rowTexts(t, i18n)));
  return { t, texts };
}
