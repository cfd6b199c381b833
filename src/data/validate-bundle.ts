import type * as z from 'zod/mini';
import {
  HEADLINE_MAX,
  MAX_VALUE,
  SCHEMA_VERSION,
  formatPath,
  isUntranslated,
} from './bundle-format.ts';
import { bundleSchema, type Bundle } from './bundle-schema.ts';
import {
  PROBLEM_CODES,
  error,
  warning,
  type BundleProblem,
  type ProblemCode,
  type ProblemParams,
} from './problems.ts';

export type { BundleProblem } from './problems.ts';
export { isUntranslated } from './bundle-format.ts';

/**
 * A bundle is refused only when a figure would be wrong or unreadable (`problems`, all errors).
 * Otherwise it loads, with what someone should still look at as `warnings`.
 */
export type BundleValidation =
  | { ok: true; bundle: Bundle; warnings: BundleProblem[] }
  | { ok: false; problems: BundleProblem[] };

const isCode = (value: unknown): value is ProblemCode =>
  (PROBLEM_CODES as readonly unknown[]).includes(value);

/** The value at a zod issue's path in the input, to say what was found there. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** A JSON value's kind, in the words of `problemWords.type`. */
function kindOf(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  return typeof value;
}

/** A zod issue as a coded problem, told apart by its kind and path, never by its message. */
function problemOf(issue: z.core.$ZodIssue, input: unknown): BundleProblem {
  const path = formatPath(issue.path) || '(root)';
  const last = issue.path.at(-1);
  switch (issue.code) {
    case 'custom': {
      const { problem, ...params } = (issue.params ?? {}) as { problem?: unknown } & ProblemParams;
      return isCode(problem) ? error(problem, path, params) : error('invalidValue', path);
    }
    case 'invalid_type':
      if (issue.expected === 'number') return error('notNumber', path);
      return error('wrongType', path, {
        expected: issue.expected,
        received: kindOf(valueAt(input, issue.path)),
      });
    case 'too_small':
      if (issue.origin === 'number') {
        return error('valueNegative', path, { minimum: Number(issue.minimum) });
      }
      if (issue.origin === 'string')
        return error(last === 'zh' ? 'blankChinese' : 'blankText', path);
      if (issue.path.length === 1 && last === 'categories') return error('noCategories', path);
      if (issue.path.length === 1 && last === 'indicators') return error('noIndicators', path);
      if (issue.path[0] === 'panels' && last === 'indicators') return error('emptyPanel', path);
      return error('tooFew', path, { minimum: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'number') {
        return error('valueTooLarge', path, { maximum: MAX_VALUE.toLocaleString('en') });
      }
      return error('invalidValue', path);
    case 'invalid_value':
      if (issue.path.length === 1 && last === 'schemaVersion') {
        return error('schemaVersion', path, { version: SCHEMA_VERSION });
      }
      return error('oneOf', path, { options: issue.values.map(String).join(', ') });
    case 'invalid_format':
      if (issue.format === 'date') return error('isoDate', path);
      if (issue.path[0] === 'period' || issue.path.at(-2) === 'period') {
        return error('year', path);
      }
      if (issue.path[0] === 'source' && last === 'text') return error('sourcePath', path);
      return error('slug', path);
    default:
      return error('invalidValue', path);
  }
}

/** What a schema node is, read from zod's definition: object fields, list items, optional. */
interface SchemaNode {
  _zod: {
    def: {
      type: string;
      shape?: Record<string, SchemaNode>;
      element?: SchemaNode;
      innerType?: SchemaNode;
    };
  };
}

/**
 * Fields the format does not know, each once, where they are. They are kept (a newer tool may
 * have written them) and only listed. `$schema`, `$comment` and other `$` keys are JSON's own.
 * `path` is one stack, grown and shrunk on the way down and back: a copy per value made a bundle
 * of 10,000 figures spend most of this walk allocating.
 */
function unknownFields(
  schema: SchemaNode,
  value: unknown,
  path: PropertyKey[],
  out: BundleProblem[],
) {
  let { def } = schema._zod;
  while (def.type === 'optional' && def.innerType) def = def.innerType._zod.def;
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    const element = def.element;
    for (let index = 0; index < value.length; index += 1) {
      path.push(index);
      unknownFields(element, value[index], path, out);
      path.pop();
    }
  } else if (def.type === 'object' && def.shape && typeof value === 'object' && value !== null) {
    const shape = def.shape;
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      const field = shape[key];
      path.push(key);
      if (field) unknownFields(field, (value as Record<string, unknown>)[key], path, out);
      else if (!key.startsWith('$')) {
        out.push(warning('unknownField', formatPath(path), { field: key }));
      }
      path.pop();
    }
  }
}

/** Fills blank English with the Chinese, in place, on the freshly parsed bundle. */
function fillBlankEnglish(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) fillBlankEnglish(item);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  if (typeof record.zh === 'string' && record.en === '') {
    record.en = record.zh;
    return;
  }
  fillBelow(record);
}

/** `fillBlankEnglish` on what `record` holds. */
function fillBelow(record: Record<string, unknown>): void {
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    const child = record[key];
    if (typeof child === 'object' && child !== null) fillBlankEnglish(child);
  }
}

/**
 * English shown as Chinese, by path: `indicators[3].label.en`. `path` as for `unknownFields`.
 * With `fill`, blank English is filled with the Chinese on the way, as `fillBlankEnglish` does:
 * one walk over a freshly parsed bundle instead of two (for 10,000 figures, two were a fifth of
 * the worker's check after zod's own).
 */
function untranslatedTexts(
  node: unknown,
  path: PropertyKey[],
  out: BundleProblem[],
  fill: boolean,
): void {
  if (Array.isArray(node)) {
    for (let index = 0; index < node.length; index += 1) {
      path.push(index);
      untranslatedTexts(node[index], path, out, fill);
      path.pop();
    }
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  if (typeof record.zh === 'string' && typeof record.en === 'string') {
    if (fill) {
      if (record.en === '') record.en = record.zh;
      else fillBelow(record);
    }
    if (isUntranslated(record as { zh: string; en: string })) {
      out.push(warning('missingEnglish', formatPath([...path, 'en'])));
    }
    return;
  }
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    if (key === 'quote') {
      if (fill) fillBlankEnglish(record[key]);
      continue;
    }
    path.push(key);
    untranslatedTexts(record[key], path, out, fill);
    path.pop();
  }
}

/**
 * What a loaded bundle carries that someone should look at, though no figure is wrong: unknown
 * fields, English not written yet, categories without figures. Read from the bundle alone, so a
 * bundle restored from the offline copy lists the same.
 */
export function bundleWarnings(bundle: Bundle): BundleProblem[] {
  return warningsOf(bundle, false);
}

/** `bundleWarnings`; with `fill`, blank English is filled with the Chinese first (`fillBlankEnglish`). */
function warningsOf(bundle: Bundle, fill: boolean): BundleProblem[] {
  const warnings: BundleProblem[] = [];
  unknownFields(bundleSchema as unknown as SchemaNode, bundle, [], warnings);
  untranslatedTexts(bundle, [], warnings, fill);
  const used = new Set(bundle.indicators.map((indicator) => indicator.category));
  bundle.categories.forEach((category, index) => {
    if (!used.has(category.id)) {
      warnings.push(warning('emptyCategory', `categories[${index}]`, { id: category.id }));
    }
  });
  // The figures past the sixth are not shown anywhere as headline figures: said, not dropped unseen.
  const listed = bundle.headline?.length ?? 0;
  if (listed > HEADLINE_MAX) {
    warnings.push(
      warning('headlineCut', `headline[${HEADLINE_MAX}]`, {
        listed: String(listed),
        shown: String(HEADLINE_MAX),
      }),
    );
  }
  return warnings;
}

/**
 * The warnings of a bundle the check refuses, as they would be once its errors are mended: the
 * studio lists both, so mending one figure does not hide what every other still lacks. `bundle`
 * is not changed.
 */
export function warningsBeside(bundle: Record<string, unknown>): BundleProblem[] {
  const copy = structuredClone(bundle);
  fillBlankEnglish(copy);
  const records = (value: unknown) =>
    Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null);
  if (records(copy.indicators) && records(copy.categories)) {
    return bundleWarnings(copy as unknown as Bundle);
  }
  const warnings: BundleProblem[] = [];
  unknownFields(bundleSchema as unknown as SchemaNode, copy, [], warnings);
  untranslatedTexts(copy, [], warnings, false);
  return warnings;
}

/** Validates untrusted JSON as an indicator bundle v1, naming every problem by its path. */
export function validateBundle(input: unknown): BundleValidation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: [error('notObject', '(root)')] };
  }
  const version = (input as { schemaVersion?: unknown }).schemaVersion;
  if (version !== undefined && version !== SCHEMA_VERSION) {
    return {
      ok: false,
      problems: [
        error('unsupportedVersion', 'schemaVersion', {
          found: JSON.stringify(version) ?? String(version),
          version: SCHEMA_VERSION,
        }),
      ],
    };
  }
  const result = bundleSchema.safeParse(input);
  if (!result.success) {
    return { ok: false, problems: result.error.issues.map((issue) => problemOf(issue, input)) };
  }
  return { ok: true, bundle: result.data, warnings: warningsOf(result.data, true) };
}
