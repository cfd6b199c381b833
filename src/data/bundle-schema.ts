import { z } from 'zod';

// Zod 4 probes for `new Function` support unless told not to; the probe is blocked by our
// Content-Security-Policy, so this must run before any schema below is defined.
z.config({ jitless: true });

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
] as const;
export type Unit = (typeof UNITS)[number];

export const QUALIFIERS = ['nearly', 'over', 'about'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const CHART_KINDS = ['bar', 'pie', 'gauge'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'expected a slug: lower-case letters, digits and hyphens');

/** Text people read, in both languages; neither may be blank. */
export const localizedSchema = z.object({
  zh: z.string().trim().min(1, 'expected non-empty Chinese text'),
  en: z.string().trim().min(1, 'expected non-empty English text'),
});

const yearSchema = z.string().regex(/^\d{4}$/, 'expected a four-digit year');

const sourcePathSchema = z
  .string()
  .regex(/^\/(?!\/)[^\s\\]*$/, 'expected a same-origin path starting with a single "/"');

const httpsUrlSchema = z
  .string()
  .refine((value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'expected an https: URL');

export const indicatorSchema = z.object({
  id: slug,
  category: slug,
  themes: z.array(slug).optional(),
  label: localizedSchema,
  value: z
    .number({ error: 'expected a number' })
    .finite('expected a finite number')
    .nonnegative('expected a number ≥ 0'),
  unit: z.enum(UNITS, { error: `expected one of ${UNITS.join(', ')}` }),
  unitLabel: localizedSchema.optional(),
  qualifier: z.enum(QUALIFIERS, { error: `expected one of ${QUALIFIERS.join(', ')}` }).optional(),
  cumulative: z.boolean().optional(),
  note: localizedSchema.optional(),
  source: z.object({
    quote: z.string().trim().min(1, 'expected the quote that states the figure'),
  }),
});

const uncitedSchema = z.object({
  quote: z.string().trim().min(1, 'expected the span of source text holding the number'),
  reason: localizedSchema,
});

const panelSchema = z.object({
  id: slug,
  title: localizedSchema,
  chart: z.enum(CHART_KINDS, { error: `expected one of ${CHART_KINDS.join(', ')}` }),
  indicators: z.array(slug).min(1, 'expected at least one indicator id'),
});

const bundleObjectSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION, {
    error: `expected schemaVersion ${SCHEMA_VERSION}`,
  }),
  id: slug,
  title: localizedSchema,
  publisher: localizedSchema,
  period: z.object({
    label: localizedSchema,
    start: yearSchema.optional(),
    end: yearSchema.optional(),
  }),
  asOf: z.iso.date('expected an ISO date (YYYY-MM-DD)').optional(),
  source: z.object({
    title: localizedSchema,
    url: httpsUrlSchema.optional(),
    text: sourcePathSchema.optional(),
  }),
  categories: z
    .array(
      z.object({
        id: slug,
        label: localizedSchema,
        description: localizedSchema.optional(),
      }),
    )
    .min(1, 'expected at least one category'),
  themes: z.array(z.object({ id: slug, label: localizedSchema })).optional(),
  indicators: z.array(indicatorSchema).min(1, 'expected at least one indicator'),
  headline: z.array(slug).optional(),
  panels: z.array(panelSchema).optional(),
  uncited: z.array(uncitedSchema).optional(),
});

type BundleObject = z.infer<typeof bundleObjectSchema>;

function reportDuplicates(
  ctx: z.core.$RefinementCtx<BundleObject>,
  items: readonly { id: string }[],
  path: string,
  what: string,
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({
        code: 'custom',
        path: [path, index, 'id'],
        message: `duplicate ${what} id "${item.id}"`,
      });
    }
    seen.add(item.id);
  });
  return seen;
}

function reportDangling(
  ctx: z.core.$RefinementCtx<BundleObject>,
  known: Set<string>,
  ref: string,
  path: (string | number)[],
  what: string,
): void {
  if (!known.has(ref)) {
    ctx.addIssue({ code: 'custom', path, message: `unknown ${what} "${ref}"` });
  }
}

/** The indicator bundle v1: the one boundary where untrusted JSON becomes typed data. */
export const bundleSchema = bundleObjectSchema.superRefine((bundle, ctx) => {
  const categoryIds = reportDuplicates(ctx, bundle.categories, 'categories', 'category');
  const themeIds = reportDuplicates(ctx, bundle.themes ?? [], 'themes', 'theme');
  const indicatorIds = reportDuplicates(ctx, bundle.indicators, 'indicators', 'indicator');
  reportDuplicates(ctx, bundle.panels ?? [], 'panels', 'panel');
  const unitOf = new Map(bundle.indicators.map((indicator) => [indicator.id, indicator.unit]));

  bundle.indicators.forEach((indicator, index) => {
    reportDangling(ctx, categoryIds, indicator.category, ['indicators', index, 'category'], 'category');
    indicator.themes?.forEach((theme, themeIndex) =>
      reportDangling(ctx, themeIds, theme, ['indicators', index, 'themes', themeIndex], 'theme'),
    );
  });
  bundle.headline?.forEach((id, index) =>
    reportDangling(ctx, indicatorIds, id, ['headline', index], 'indicator'),
  );
  bundle.panels?.forEach((panel, panelIndex) => {
    panel.indicators.forEach((id, index) =>
      reportDangling(ctx, indicatorIds, id, ['panels', panelIndex, 'indicators', index], 'indicator'),
    );
    const units = new Set(panel.indicators.map((id) => unitOf.get(id)).filter(Boolean));
    if (units.size > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['panels', panelIndex, 'indicators'],
        message: `expected indicators that share one unit, found ${[...units].join(', ')}`,
      });
    }
  });
  if (bundle.period.start && bundle.period.end && bundle.period.start > bundle.period.end) {
    ctx.addIssue({
      code: 'custom',
      path: ['period', 'end'],
      message: `expected an end year ≥ start year ${bundle.period.start}`,
    });
  }
});

export type Bundle = z.infer<typeof bundleSchema>;
export type Indicator = Bundle['indicators'][number];
export type Category = Bundle['categories'][number];
export type Theme = NonNullable<Bundle['themes']>[number];
export type Panel = NonNullable<Bundle['panels']>[number];
export type Localized = z.infer<typeof localizedSchema>;
export type Lang = keyof Localized;
