/**
 * Decimal rounding and grouping done on the digits themselves, without Intl.NumberFormat: the
 * first NumberFormat a page builds loads the number data of its locale, 15-25 ms on an office
 * laptop and four times that on a slow one, on the way to the first figures and again on the
 * first switch to English. The results are Intl's, digit for digit (decimal.test.ts compares the
 * two on thousands of values): the value's shortest decimal, rounded half away from zero.
 */

/** |value| as 0.d₁d₂d₃… × 10^point, from its shortest round-trip decimal (what Intl rounds). */
function digitsOf(abs: number): { digits: string; point: number } {
  const [mantissa = '0', exponent = '0'] = String(abs).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const all = whole + fraction;
  const leading = /^0*/.exec(all)?.[0].length ?? 0;
  return { digits: all.slice(leading), point: whole.length + Number(exponent) - leading };
}

/** "1299" → "1300", "99" → "100". */
function increment(digits: string): string {
  const out = digits.split('');
  let at = out.length - 1;
  while (at >= 0 && out[at] === '9') {
    out[at] = '0';
    at -= 1;
  }
  if (at < 0) return `1${out.join('')}`;
  out[at] = String(Number(out[at]) + 1);
  return out.join('');
}

/**
 * value ÷ 10^shift with at most `maxFraction` decimals, rounded half away from zero, without
 * trailing zeros and without grouping: (1475000, 6, 2) → "1.48"; (10050, 4, 2) → "1.01".
 */
export function roundDecimal(value: number, shift: number, maxFraction: number): string {
  if (!Number.isFinite(value)) return String(value);
  const { digits, point: unshifted } = digitsOf(Math.abs(value));
  if (digits === '') return '0';
  let point = unshifted - shift;
  const keep = point + maxFraction;
  let kept = digits;
  if (keep < digits.length) {
    if (keep < 0) return '0';
    kept = digits.slice(0, keep);
    if ((digits[keep] ?? '0') >= '5') {
      const rounded = increment(kept);
      if (rounded.length > kept.length) point += 1;
      kept = rounded;
    }
  }
  kept = kept.replace(/0+$/, '');
  if (kept === '') return '0';
  const whole = point <= 0 ? '0' : kept.slice(0, point).padEnd(point, '0');
  const fraction = point < 0 ? `${'0'.repeat(-point)}${kept}` : kept.slice(point);
  return `${value < 0 ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** English thousands separators on a plain decimal: "-1234567.5" → "-1,234,567.5". */
export function groupThousands(text: string): string {
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * The value rounded to two decimals in the largest of `shifts` (powers of ten, ascending) it
 * reaches, decided after rounding: 999,999 in [0, 3, 6] is "1" in the third (index 2), not
 * "1000" in the second.
 */
export function inLargestUnit(
  value: number,
  shifts: readonly number[],
): { text: string; unit: number } {
  const abs = Math.abs(value);
  const shiftOf = (unit: number) => shifts[unit] ?? 0;
  let unit = 0;
  while (unit + 1 < shifts.length && abs >= 10 ** shiftOf(unit + 1)) unit += 1;
  let text = roundDecimal(value, shiftOf(unit), 2);
  const next = shiftOf(unit + 1) - shiftOf(unit);
  if (unit + 1 < shifts.length && Math.abs(Number(text)) >= 10 ** next) {
    unit += 1;
    text = roundDecimal(value, shiftOf(unit), 2);
  }
  return { text, unit };
}

const COMPACT_SUFFIXES = ['', 'K', 'M', 'B', 'T'] as const;
const COMPACT_SHIFTS = [0, 3, 6, 9, 12] as const;

/** The compact scale `value` reads in: 0 none, 1 K, 2 M, 3 B, 4 T; 999,999 reads in M. */
export function compactScale(value: number): number {
  return inLargestUnit(value, COMPACT_SHIFTS).unit;
}

/**
 * English compact notation with at most two decimals: 526K, 1.48M, 2B; 999,999 reads 1M. Given
 * `scale`, in that scale whatever the value (an axis's ticks all in the scale of its largest).
 */
export function compactEnglish(value: number, scale = compactScale(value)): string {
  const text = roundDecimal(value, COMPACT_SHIFTS[scale] ?? 0, 2);
  // Compact notation groups only from five digits on: 1000T, 10,000T.
  const wholeDigits = /\d+/.exec(text)?.[0].length ?? 0;
  return `${wholeDigits >= 5 ? groupThousands(text) : text}${COMPACT_SUFFIXES[scale] ?? ''}`;
}
