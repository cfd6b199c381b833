// Numbers as reports print them: Arabic digits with thousands groups and decimals, a qualifier
// before (近, 超, 突破, 逾, 约, 不超过, 不少于) or after (余, 多, 以上, 左右, 以内, 以下), a magnitude (万, 亿, 万亿) and a measure word.
import type { Qualifier } from '../../data/bundle-format.ts';
import { measureWordAt } from './measures.ts';

/** Traditional forms folded one for one, so positions still map back to the report. */
const TRADITIONAL: Readonly<Record<string, string>> = {
  萬: '万',
  億: '亿',
  餘: '余',
  個: '个',
  區: '区',
};

/** The flat text with traditional magnitude and qualifier characters folded to simplified. */
export function foldTraditional(flat: string): string {
  return flat.replace(/[萬億餘個區]/g, (char) => TRADITIONAL[char] ?? char);
}

const QUALIFIER_BEFORE: Readonly<Record<string, Qualifier>> = {
  将近: 'nearly',
  近: 'nearly',
  超过: 'over',
  // "出口规模突破4万亿元": past the mark, as the hand-made bundles read it.
  突破: 'over',
  超: 'over',
  逾: 'over',
  约: 'about',
  不超过: 'at-most',
  不高于: 'at-most',
  // "新发展会员不少于1.5万人", "比重不低于80%": a floor, as 以上 is.
  不少于: 'over',
  不低于: 'over',
  至少: 'over',
};
const QUALIFIER_AFTER: Readonly<Record<string, Qualifier>> = {
  余: 'over',
  多: 'over',
  以上: 'over',
  左右: 'about',
  // "失业率控制在5.5%以内", "降到3%以下": a ceiling, not the figure itself.
  以内: 'at-most',
  以下: 'at-most',
};

const MAGNITUDE: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8, 万亿: 1e12 };

/** One number in the flat text, before it is judged a figure or set aside. */
export interface NumberToken {
  /** Flat index where the token starts (the qualifier, if any). */
  from: number;
  /** Flat index of the first digit. */
  digitsAt: number;
  digits: string;
  magnitude?: string;
  measureWord?: string;
  qualifier?: Qualifier;
  /** Flat index just after the measure word (or the number, without one). */
  end: number;
  /** The measure word stands after a later number of the same list ("10.6万、3.3万平方公里"). */
  sharedMeasureWord?: true;
  value: number;
}

const NUMBER =
  /(?<before>将近|超过|不超过|不高于|不少于|不低于|至少|突破|近|超|逾|约)?(?<digits>\d+(?:,\d{3}(?!\d))*(?:\.\d+)?)(?<after1>余|多)?(?<magnitude>万亿|万|亿)?(?<after2>余|多)?/g;

/** Digits times magnitude, rounded so 1.04 × 10^8 is exactly 104000000. */
export function scaleValue(digits: string, factor: number): number {
  const plain = digits.replace(/,/g, '');
  const decimals = (plain.split('.')[1] ?? '').length;
  const places = Math.max(0, Math.round(decimals - Math.log10(factor)));
  return Number((Number(plain) * factor).toFixed(Math.min(places, 20)));
}

/** Every number of the flat text with its qualifier, magnitude and measure word. */
export function scanNumbers(flat: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of flat.matchAll(NUMBER)) {
    const groups = match.groups as Record<string, string | undefined>;
    const digits = groups.digits as string;
    const digitsAt = match.index + (groups.before?.length ?? 0);
    let end = match.index + match[0].length;
    let measureWord = measureWordAt(flat, end);
    // "14亿多人口", "500万人民群众": 人 there begins a noun, it is not the measure word (人民币 is one).
    if (measureWord === '人' && /[口民]/.test(flat[end + 1] ?? '')) measureWord = undefined;
    if (measureWord) end += measureWord.length;
    const tail = /^(以上|左右|以内|以下)/.exec(flat.slice(end, end + 2))?.[1];
    const qualifier =
      (groups.before ? QUALIFIER_BEFORE[groups.before] : undefined) ??
      QUALIFIER_AFTER[groups.after1 ?? groups.after2 ?? tail ?? ''];
    tokens.push({
      from: match.index,
      digitsAt,
      digits,
      ...(groups.magnitude ? { magnitude: groups.magnitude } : {}),
      ...(measureWord ? { measureWord } : {}),
      ...(qualifier ? { qualifier } : {}),
      end,
      value: scaleValue(digits, MAGNITUDE[groups.magnitude ?? ''] ?? 1),
    });
  }
  // "净减少10.6万、3.8万、3.3万平方公里", "分别提高3.1和2.5个百分点": numbers listed before one
  // measure word all take it.
  for (let index = tokens.length - 2; index >= 0; index -= 1) {
    const token = tokens[index] as NumberToken;
    const next = tokens[index + 1] as NumberToken;
    if (
      !token.measureWord &&
      next.measureWord &&
      Boolean(token.magnitude) === Boolean(next.magnitude) &&
      /[、和]/.test(flat[token.end] ?? '') &&
      next.from === token.end + 1
    )
      tokens[index] = { ...token, measureWord: next.measureWord, sharedMeasureWord: true };
  }
  return tokens;
}
