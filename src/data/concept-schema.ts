import * as z from 'zod/mini';
import './zod-setup.ts';
import { formatPath, UNITS } from './bundle-format.ts';
import { warning, type BundleProblem } from './problems.ts';

/** The only concept vocabulary version this build understands. */
export const CONCEPTS_SCHEMA_VERSION = 1;

/**
 * How a concept adds up over time. A `flow` is counted over a period (people trained, yuan spent):
 * a five-year total can be spread over its years. A `stock` is a level at one moment (members on
 * record) and a `rate` a percentage: neither is ever divided by years.
 */
export const CONCEPT_KINDS = ['flow', 'stock', 'rate'] as const;
export type ConceptKind = (typeof CONCEPT_KINDS)[number];

const slug = z
  .string({ error: 'expected a slug' })
  .check(
    z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'expected a slug: lower-case letters, digits and hyphens'),
  );

const shownText = (language: 'Chinese' | 'English') =>
  z
    .string({ error: `expected ${language} text` })
    .check(z.trim(), z.minLength(1, `expected non-empty ${language} text`));

const shownTexts = z.object({ zh: shownText('Chinese'), en: shownText('English') });

/** One thing reports count, the same in every report that carries it: GDP, new urban jobs… */
export const conceptSchema = z.object({
  id: slug,
  label: shownTexts,
  /** What is counted and what is not, so two reports' figures are matched only when it fits. */
  definition: shownTexts,
  unit: z.enum(UNITS),
  /** With the unit `measure`: which one (`km`, `kw`), as in the bundle's `measure.id`. */
  measure: z.optional(slug),
  kind: z.enum(CONCEPT_KINDS),
  /** Counts people a figure may be put per 10,000 of (members, workers): a stock of people. */
  denominator: z.optional(z.boolean()),
});

export type Concept = z.infer<typeof conceptSchema>;

/** The vocabulary as a whole, for the published JSON Schema; parseConcepts reads it entry by entry. */
export const conceptsSchema = z.object({
  schemaVersion: z.literal(CONCEPTS_SCHEMA_VERSION, {
    error: `expected schemaVersion ${CONCEPTS_SCHEMA_VERSION}`,
  }),
  concepts: z.array(conceptSchema),
});

/** An entry of the vocabulary that was left out: where (`concepts[2].kind`) and what was expected. */
export interface ConceptProblem {
  path: string;
  message: string;
}

export type ConceptsParse =
  { ok: true; concepts: Concept[]; problems: ConceptProblem[] } | { ok: false; message: string };

/** Said when the JSON is not a concept vocabulary at all. */
export const NOT_CONCEPTS = 'expected { "schemaVersion": 1, "concepts": [...] }';

/**
 * Reads untrusted JSON as the concept vocabulary. A wrong entry is reported and left out (figures
 * naming it then read as an unknown concept); JSON that is not a vocabulary is an error.
 */
export function parseConcepts(input: unknown): ConceptsParse {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, message: NOT_CONCEPTS };
  }
  const { schemaVersion, concepts } = input as { schemaVersion?: unknown; concepts?: unknown };
  if (schemaVersion !== CONCEPTS_SCHEMA_VERSION) {
    return {
      ok: false,
      message: `unsupported concepts schemaVersion ${JSON.stringify(schemaVersion)}; this dashboard reads version ${CONCEPTS_SCHEMA_VERSION}`,
    };
  }
  if (!Array.isArray(concepts)) return { ok: false, message: NOT_CONCEPTS };
  const kept: Concept[] = [];
  const problems: ConceptProblem[] = [];
  const seen = new Set<string>();
  concepts.forEach((raw: unknown, position) => {
    const result = conceptSchema.safeParse(raw);
    if (!result.success) {
      problems.push(
        ...result.error.issues.map((issue) => ({
          path: formatPath(['concepts', position, ...issue.path]),
          message: issue.message,
        })),
      );
      return;
    }
    if (seen.has(result.data.id)) {
      problems.push({
        path: formatPath(['concepts', position, 'id']),
        message: `duplicate concept id "${result.data.id}"`,
      });
      return;
    }
    seen.add(result.data.id);
    kept.push(result.data);
  });
  return { ok: true, concepts: kept, problems };
}

/** A problem as one line for a console: `concepts[2].kind: expected … (entry skipped)`. */
export function describeConceptProblem(problem: ConceptProblem): string {
  return `${problem.path}: ${problem.message} (entry skipped)`;
}

/**
 * Figures naming a concept the vocabulary does not know: listed as warnings, never refused (a
 * newer vocabulary may know it). Such a figure is compared across reports only when added by hand.
 */
export function unknownConceptWarnings(
  bundle: { indicators: readonly { concept?: string }[] },
  concepts: readonly Concept[],
): BundleProblem[] {
  const known = new Set(concepts.map((concept) => concept.id));
  return bundle.indicators.flatMap((indicator, index) =>
    indicator.concept && !known.has(indicator.concept)
      ? [warning('unknownConcept', `indicators[${index}].concept`, { concept: indicator.concept })]
      : [],
  );
}
