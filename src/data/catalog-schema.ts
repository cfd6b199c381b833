import * as z from 'zod/mini';
import './zod-setup.ts';
import { formatPath } from './bundle-format.ts';
import { NOT_A_CATALOG, type CatalogProblem } from './catalog-problems.ts';

/** The only catalogue format version this build understands. */
export const CATALOG_SCHEMA_VERSION = 1;

/** Text in one language that the picker shows: both languages are needed to list a bundle. */
const shownText = (language: 'Chinese' | 'English') =>
  z
    .string({ error: `expected ${language} text` })
    .check(z.trim(), z.minLength(1, `expected non-empty ${language} text`));

const shownTexts = z.object({ zh: shownText('Chinese'), en: shownText('English') });

/** One bundle the site offers: `?bundle=<id>` opens it; the first is the default. */
export const catalogEntrySchema = z.object({
  id: z
    .string({ error: 'expected a slug' })
    .check(
      z.regex(
        /^[a-z0-9][a-z0-9-]{0,63}$/,
        'expected a slug: lower-case letters, digits and hyphens',
      ),
    ),
  title: shownTexts,
  // Only a path on this site: `?bundle=` may never lead the page to another origin.
  url: z
    .string({ error: 'expected a same-origin path starting with a single "/"' })
    .check(z.regex(/^\/(?!\/)[^\s\\]*$/, 'expected a same-origin path starting with a single "/"')),
  publisher: z.optional(shownTexts),
  /**
   * The period the bundle covers, as people say it: 过去五年 / the past five years; `years`, how
   * many years that is, for a bundle that names no start and end year (figures per year use it).
   */
  period: z.optional(
    z.object({
      zh: shownText('Chinese'),
      en: shownText('English'),
      years: z.optional(
        z
          .int({ error: 'expected a whole number of years' })
          .check(z.gte(1, 'expected 1 to 100 years'), z.lte(100, 'expected 1 to 100 years')),
      ),
    }),
  ),
  indicatorCount: z.optional(
    z.int({ error: 'expected a whole number' }).check(z.gte(0, 'expected a number ≥ 0')),
  ),
});

export type CatalogEntry = z.infer<typeof catalogEntrySchema>;

/** The catalogue as a whole, for the published JSON Schema; parseCatalog reads it entry by entry. */
export const catalogSchema = z.object({
  schemaVersion: z.optional(
    z.literal(CATALOG_SCHEMA_VERSION, {
      error: `expected schemaVersion ${CATALOG_SCHEMA_VERSION}`,
    }),
  ),
  bundles: z.array(catalogEntrySchema),
});

export type CatalogParse =
  | { ok: true; entries: CatalogEntry[]; problems: CatalogProblem[] }
  | { ok: false; message: string };

/**
 * Reads untrusted JSON as the catalogue of bundles. An entry that is wrong is reported and left
 * out, so one bad line never hides the others; JSON that is not a catalogue is an error.
 */
export function parseCatalog(input: unknown): CatalogParse {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, message: NOT_A_CATALOG };
  }
  const { schemaVersion, bundles } = input as { schemaVersion?: unknown; bundles?: unknown };
  if (schemaVersion !== undefined && schemaVersion !== CATALOG_SCHEMA_VERSION) {
    return {
      ok: false,
      message: `unsupported catalogue schemaVersion ${JSON.stringify(schemaVersion)}; this dashboard reads version ${CATALOG_SCHEMA_VERSION}`,
    };
  }
  if (!Array.isArray(bundles)) return { ok: false, message: NOT_A_CATALOG };
  const entries: CatalogEntry[] = [];
  const problems: CatalogProblem[] = [];
  const seen = new Map<string, number>();
  bundles.forEach((raw: unknown, position) => {
    const result = catalogEntrySchema.safeParse(raw);
    if (!result.success) {
      problems.push(
        ...result.error.issues.map((issue) => ({
          path: formatPath(['bundles', position, ...issue.path]),
          message: issue.message,
        })),
      );
      return;
    }
    const first = seen.get(result.data.id);
    if (first !== undefined) {
      problems.push({
        path: formatPath(['bundles', position, 'id']),
        message: `duplicate bundle id "${result.data.id}", first at bundles[${first}]`,
      });
      return;
    }
    seen.set(result.data.id, position);
    entries.push(result.data);
  });
  return { ok: true, entries, problems };
}
