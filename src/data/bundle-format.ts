// What the bundle format fixes besides its schema: the version, units, qualifiers, chart kinds
// and how a path in a bundle is written. No zod here: the page imports these as it starts,
// and the schema (src/data/bundle-schema.ts) is built only where a bundle is checked.

/** The only bundle format version this build understands. */
export const SCHEMA_VERSION = 1;

export const UNITS = [
  'person',
  'person-time',
  'item',
  'event',
  'organization',
  'yuan',
  'percent',
  'measure',
] as const;
export type Unit = (typeof UNITS)[number];

/**
 * What a figure is counted in, as one key: the unit, or `measure:<id>` for the unit `measure`.
 * Two figures share an axis, a panel or a comparison only when their keys are equal.
 */
export function unitKey({ unit, measure }: { unit: Unit; measure?: { id: string } }): string {
  return unit === 'measure' ? `measure:${measure?.id ?? ''}` : unit;
}

export const QUALIFIERS = ['nearly', 'over', 'about', 'at-most'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const CHART_KINDS = ['bar', 'pie', 'gauge'] as const;

/** Headline figures the desk, the wall and the briefing show: a bundle naming more is warned. */
export const HEADLINE_MAX = 6;

/** The largest value a bundle may hold, in base units. */
export const MAX_VALUE = 1e15;
export type ChartKind = (typeof CHART_KINDS)[number];

/** Formats a path in a bundle the way people write it: `indicators[12].label.en`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return text ? `${text}.${name}` : name;
  }, '');
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * A text whose English is the Chinese: English not yet written, which the boundary fills with the
 * Chinese so that every view shows something; views that can mark it do (`lang="zh"`).
 */
export function isUntranslated(text: { zh: string; en: string }): boolean {
  return text.en === text.zh && CJK.test(text.zh);
}
