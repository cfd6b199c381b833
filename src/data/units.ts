/** Multipliers of the Chinese magnitude characters used in reports. */
export const MAGNITUDE: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/**
 * Scales a figure as a report writes it to base units: ("52.58", "万") → 525800.
 * Rounds away binary noise so 1.04 × 10^8 is exactly 104000000.
 */
export function scaleFigure(digits: string, magnitude: string | undefined): number {
  const normalized = toHalfWidth(digits).replace(/[,，\s]/g, '');
  const base = Number(normalized);
  if (!Number.isFinite(base)) return Number.NaN;
  const factor = magnitude ? (MAGNITUDE[magnitude] ?? 1) : 1;
  const decimals = (normalized.split('.')[1] ?? '').length;
  return Number((base * factor).toFixed(Math.max(0, decimals - Math.log10(factor))));
}

/** Full-width digits, dot and percent sign (０-９ ． ％) to their ASCII forms. */
export function toHalfWidth(text: string): string {
  return text.replace(/[０-９．％]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}
