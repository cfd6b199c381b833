import type { Qualifier, Unit } from '../../data/bundle-format.ts';
import type { Lang, Localized } from '../../data/bundle-schema.ts';
import en from '../../i18n/locales/en/common.json';
import zh from '../../i18n/locales/zh/common.json';
import {
  compactEnglish,
  compactScale,
  groupThousands,
  inLargestUnit,
  roundDecimal,
} from './decimal.ts';

/**
 * Numbers and units the way each reader reads them.
 *
 * Chinese follows the report: 万 and 亿 with up to two decimals and no trailing zeros
 * (525800 → 52.58万, 104000000 → 1.04亿, 14261000 → 1426.1万); below 1万 plain digits (6051).
 * English uses thousands separators for counts (525,800 people), million/billion for counts of a
 * million or more where that is exact (1.05 billion people), and for yuan (¥104 million,
 * ¥14.26 million). The `compact` style is for axis ticks and crowded places:
 * 526K, 1.48M, ¥104M in English (below 10,000 whole: 1,160); the same 万/亿 forms in Chinese.
 *
 * A figure in the unit `measure` carries its measure word from the bundle (公里 / km, 千瓦 / kW):
 * 7000公里, 1.2万千瓦; 7,000 km, 12,000 kW, 3.5 million kW (large amounts in million/billion, as yuan).
 */

/**
 * `full`: the figure with its measure word. `compact`: the same with an abbreviated number in
 * English. `short`: for walls whose panel title names the unit — the number alone (English
 * 525,800, ¥104 million), keeping only ¥ and %, a measure's word and the qualifier: a bare
 * "84.6 billion" of US dollars reads as yuan, and 标箱 or jin are not words a title alone carries.
 */
export type NumberStyle = 'full' | 'compact' | 'short';

const englishPlural = new Intl.PluralRules('en');

const ENGLISH_LARGE = ['', 'million', 'billion', 'trillion'] as const;
/** The powers of ten of ENGLISH_LARGE's words. */
const ENGLISH_SHIFTS = [0, 6, 9, 12] as const;

const CHINESE_UNITS = ['', '万', '亿', '万亿'] as const;
const CHINESE_SHIFTS = [0, 4, 8, 12] as const;

/**
 * Chinese magnitude form: 52.58万, 1.04亿, 1426.1万, 6051; 99,999,999 reads 1亿, not 10000万; a
 * province's output reads 5.3万亿, as government reports write it, not 53000亿. Given `scale`
 * (0 none, 1 万, 2 亿, 3 万亿), in that scale whatever the value.
 */
function chineseNumber(value: number, scale?: number): string {
  if (scale === undefined) {
    const { text, unit } = inLargestUnit(value, CHINESE_SHIFTS);
    return `${text}${CHINESE_UNITS[unit]}`;
  }
  return `${roundDecimal(value, CHINESE_SHIFTS[scale] ?? 0, 2)}${CHINESE_UNITS[scale] ?? ''}`;
}

/** English with grouping: 525,800; 1.5 stays 1.5. */
function englishNumber(value: number): string {
  return groupThousands(roundDecimal(value, 0, 2));
}

/**
 * English compact notation for counts of ten thousand and more (525.8K, 1.48M); a smaller figure
 * stays whole, since 1.16K is no shorter to read than 1,160 and hides its last digits.
 */
function englishCompact(value: number): string {
  return Math.abs(value) < 1e4 ? englishNumber(value) : compactEnglish(value);
}

/**
 * English money and large amounts: 104 million, 14.26 million, 1 billion, 5.3 trillion; smaller
 * stay grouped.
 */
function englishLarge(value: number): string {
  if (Math.abs(value) < 1e6) return englishNumber(value);
  // 999,999,999,000 rounds to 1 trillion, not 1,000 billion.
  const { text, unit } = inLargestUnit(value, ENGLISH_SHIFTS);
  return `${groupThousands(text)} ${ENGLISH_LARGE[unit]}`;
}

/**
 * English counts: in million or billion from a million on where that states the count exactly
 * (1.05 billion people, 1.481 million person-times, 400 million), so a headline card holds it;
 * thirteen digits overflowed one and read as fewer. A count it would round stays in digit groups
 * (12,345,678), as does any below a million (525,800).
 */
function englishCount(value: number): string {
  if (Math.abs(value) < 1e6) return englishNumber(value);
  const { unit } = inLargestUnit(value, ENGLISH_SHIFTS);
  const shift = ENGLISH_SHIFTS[unit] ?? 0;
  const text = roundDecimal(value, shift, 3);
  return text === roundDecimal(value, shift, 12)
    ? `${groupThousands(text)} ${ENGLISH_LARGE[unit]}`
    : englishNumber(value);
}

/** A measure as the formatters need it: its measure word in both languages. */
export interface MeasureWord {
  label: Localized;
}

/** The number alone, for axis ticks and tooltips: zh 52.58万, en 525,800 (or 526K when compact). */
export function formatNumber({
  value,
  lang,
  unit,
  style = 'full',
}: {
  value: number;
  lang: Lang;
  unit?: Unit;
  style?: NumberStyle;
}): string {
  if (lang === 'zh') return chineseNumber(value);
  if (style === 'compact') return englishCompact(value);
  // Money and measures read in million/billion; counts too, where that is exact (englishCount).
  if (unit === 'yuan' || unit === 'measure') return englishLarge(value);
  return unit === 'percent' || unit === undefined ? englishNumber(value) : englishCount(value);
}

/**
 * The labels of one value axis whose largest value is `max`: every tick in the scale of the
 * largest (0, 5K, 10K, 15K; 0, 0.5万, 1万, 1.5万), not each in its own (0, 5,000, 10K; 0, 5000,
 * 1万), which reads as two scales on one axis. An axis below ten thousand (English) or 1万
 * (Chinese) keeps whole numbers. A tick past `max` (the axis rounds up) takes the same scale.
 */
export function axisTickFormat({
  max,
  lang,
}: {
  max: number;
  lang: Lang;
}): (value: number) => string {
  if (lang === 'zh') {
    const scale = inLargestUnit(max, CHINESE_SHIFTS).unit;
    return (value) => (value === 0 ? '0' : chineseNumber(value, scale));
  }
  if (Math.abs(max) < 1e4) return (value) => englishNumber(value);
  const scale = compactScale(max);
  return (value) => (value === 0 ? '0' : compactEnglish(value, scale));
}

/** The exact value with grouping, in both languages: 525,800. */
export function formatExact({ value }: { value: number; lang: Lang }): string {
  return groupThousands(roundDecimal(value, 0, 6));
}

// Measure words and qualifiers live in the locale files with the app's other words; they are
// read here directly, so formatting stays pure and synchronous.
const ZH_UNITS = zh.unitWords;
const EN_UNITS = en.unitWords;

/** Singular of an English measure word from a bundle's unitLabel ("cases" → "case"). */
function singular(word: string): string {
  if (/ies$/.test(word)) return word.replace(/ies$/, 'y');
  if (/(ss|us)$/.test(word)) return word;
  if (/sses$|xes$|ches$|shes$/.test(word)) return word.replace(/es$/, '');
  return word.replace(/s$/, '');
}

/**
 * The measure word for a value: 人 / people, 件 / cases (a bundle's unitLabel wins); for the unit
 * `measure`, the measure's own label: 公里 / km, 户 / households.
 */
export function unitWord({
  unit,
  lang,
  value = 2,
  unitLabel: ownLabel,
  measure,
}: {
  unit: Unit;
  lang: Lang;
  value?: number;
  unitLabel?: Localized;
  measure?: MeasureWord;
}): string {
  const unitLabel = unit === 'measure' && measure ? measure.label : ownLabel;
  if (lang === 'zh') return unitLabel?.zh ?? ZH_UNITS[`${unit}_other`];
  const one = englishPlural.select(value) === 'one';
  if (unitLabel?.en) {
    // A percent-like label stays as written; otherwise the bundle gives the plural form.
    return one ? singular(unitLabel.en) : unitLabel.en;
  }
  return EN_UNITS[`${unit}_${one ? 'one' : 'other'}`];
}

/** Axis title with the unit: 人 / people, 元 / yuan (¥), 公里 / km. */
export function axisUnitName({
  unit,
  lang,
  measure,
}: {
  unit: Unit;
  lang: Lang;
  measure?: MeasureWord;
}): string {
  if (unit === 'yuan') return (lang === 'zh' ? zh : en).unitAxis.yuan;
  if (unit === 'measure' && measure) return measure.label[lang];
  return lang === 'zh' ? ZH_UNITS[`${unit}_other`] : EN_UNITS[`${unit}_other`];
}

const ZH_QUALIFIER: Record<Qualifier, string> = zh.qualifier;
const EN_QUALIFIER: Record<Qualifier, string> = en.qualifier;

/** The figure as a reader reads it: 52.58万人 / 525,800 people; 近2800万元 / nearly ¥28 million. */
export function formatValue({
  value,
  unit,
  lang,
  qualifier,
  unitLabel,
  measure,
  style = 'full',
}: {
  value: number;
  unit: Unit;
  lang: Lang;
  qualifier?: Qualifier;
  unitLabel?: Localized;
  measure?: MeasureWord;
  style?: NumberStyle;
}): string {
  if (lang === 'zh') {
    const prefix = qualifier ? ZH_QUALIFIER[qualifier] : '';
    const word =
      style === 'short' && unit !== 'yuan' && unit !== 'percent' && unit !== 'measure'
        ? ''
        : unitWord({ unit, lang, value, unitLabel, measure });
    return `${prefix}${chineseNumber(value)}${word}`;
  }
  const prefix = qualifier ? `${EN_QUALIFIER[qualifier]} ` : '';
  // A measure's short form is its full form, word and all.
  if (style === 'short' && unit !== 'measure') {
    // The same number the headline figures show, without its measure word: a wall's readers are
    // not all used to 525.8K.
    if (unit === 'percent') return `${prefix}${englishNumber(value)}%`;
    return `${prefix}${unit === 'yuan' ? `¥${englishLarge(value)}` : englishCount(value)}`;
  }
  if (unit === 'percent') return `${prefix}${englishNumber(value)}%`;
  if (unit === 'yuan') {
    const amount = style === 'compact' ? englishCompact(value) : englishLarge(value);
    return `${prefix}¥${amount}`;
  }
  const whole = unit === 'measure' ? englishLarge(value) : englishCount(value);
  const number = style === 'compact' ? englishCompact(value) : whole;
  return `${prefix}${number} ${unitWord({ unit, lang, value, unitLabel, measure })}`;
}

/** A headline figure in two parts, so the number can be large and its unit small. */
export function formatValueParts({
  value,
  unit,
  lang,
  qualifier,
  unitLabel,
  measure,
}: {
  value: number;
  unit: Unit;
  lang: Lang;
  qualifier?: Qualifier;
  unitLabel?: Localized;
  measure?: MeasureWord;
}): { prefix: string; number: string; unit: string } {
  const word = unitWord({ unit, lang, value, unitLabel, measure });
  if (lang === 'zh') {
    const text = chineseNumber(value);
    const magnitude = /(?:万亿|万|亿)$/.exec(text)?.[0] ?? '';
    return {
      prefix: qualifier ? ZH_QUALIFIER[qualifier] : '',
      number: text.slice(0, text.length - magnitude.length),
      unit: `${magnitude}${word}`,
    };
  }
  const prefix = qualifier ? EN_QUALIFIER[qualifier] : '';
  if (unit === 'percent') return { prefix, number: englishNumber(value), unit: '%' };
  if (unit === 'yuan') {
    const [number = '', ...rest] = englishLarge(value).split(' ');
    return { prefix, number: `¥${number}`, unit: rest.join(' ') };
  }
  const [number = '', ...rest] = (
    unit === 'measure' ? englishLarge(value) : englishCount(value)
  ).split(' ');
  return { prefix, number, unit: [...rest, word].join(' ') };
}
