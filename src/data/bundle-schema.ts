import * as z from 'zod/mini';
import './zod-setup.ts';
import {
  CHART_KINDS,
  MAX_VALUE,
  QUALIFIERS,
  SCHEMA_VERSION,
  UNITS,
  formatPath,
  unitKey,
} from './bundle-format.ts';

// Issues are worded from their kind, path and params (src/data/problems.ts and the locale files),
// never from zod's own message text.

/**
 * An object that keeps the fields it does not know, typed as the fields it does: a newer tool may
 * add fields, and the validation lists them as warnings rather than dropping them unseen.
 */
const fields = <Shape extends z.core.$ZodShape>(shape: Shape) =>
  z.looseObject(shape) as unknown as z.ZodMiniObject<Shape>;

const slug = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));

/** A string that is trimmed and then may not be empty. */
const text = (message?: string) => z.string().check(z.trim(), z.minLength(1, message));

/**
 * Text people read, in both languages. Chinese may not be blank: it is the report's language. Blank
 * English is English not written yet: the bundle loads, the Chinese is shown, marked, and the
 * validation warns (src/data/validate-bundle.ts).
 */
export const localizedSchema = fields({
  zh: text(),
  en: z.string().check(z.trim()),
});

const yearSchema = z.string().check(z.regex(/^\d{4}$/));

const sourcePathSchema = z.string().check(z.regex(/^\/(?!\/)[^\s\\]*$/));

/** A link a reader may follow: http or https only (a `javascript:` or `data:` URL would run). */
const webUrlSchema = z.string().check(
  z.refine(
    (value) => {
      try {
        const { protocol } = new URL(value);
        return protocol === 'https:' || protocol === 'http:';
      } catch {
        return false;
      }
    },
    { params: { problem: 'webUrl' } },
  ),
);

/**
 * What a figure in the unit `measure` counts: kilometres, kilowatts, households… `label` is the
 * measure word as the value is counted in base units (公里 / km, 千瓦 / kW: 1.2万千瓦 is 12000).
 */
export const measureSchema = fields({
  id: slug,
  label: localizedSchema,
});

export const indicatorSchema = fields({
  id: slug,
  category: slug,
  themes: z.optional(z.array(slug)),
  label: localizedSchema,
  // z.number() already refuses NaN and ±Infinity.
  // Up to 10^15 (a thousand trillion yuan, several times any country's yearly output): a larger
  // figure is a slip, and would not fit a headline card.
  value: z.number().check(z.gte(0), z.lte(MAX_VALUE)),
  unit: z.enum(UNITS),
  unitLabel: z.optional(localizedSchema),
  // Required with the unit `measure`, refused with any other (checked with the bundle below).
  measure: z.optional(measureSchema),
  qualifier: z.optional(z.enum(QUALIFIERS)),
  cumulative: z.optional(z.boolean()),
  // The shared concept the figure is (public/data/concepts.json), to find it in other reports.
  // An id the vocabulary does not know is a warning where the vocabulary is read, never a refusal.
  concept: z.optional(slug),
  // The years the figure covers when they are not the bundle's (a 2025 figure in a 2021–2025
  // report); both inclusive.
  period: z.optional(fields({ start: yearSchema, end: yearSchema })),
  note: z.optional(localizedSchema),
  source: fields({
    // One string, or its pieces where the page printed the sentence across columns.
    quote: z.union([text(), z.array(text()).check(z.minLength(1))]),
    // The pieces are listed as the sentence reads, which is not the order the text prints them.
    order: z.optional(z.literal('as-read')),
  }),
});

const uncitedSchema = fields({
  quote: text(),
  reason: localizedSchema,
});

const panelSchema = fields({
  id: slug,
  title: localizedSchema,
  chart: z.enum(CHART_KINDS),
  indicators: z.array(slug).check(z.minLength(1)),
});

const bundleObjectSchema = fields({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: slug,
  title: localizedSchema,
  publisher: localizedSchema,
  period: fields({
    label: localizedSchema,
    start: z.optional(yearSchema),
    end: z.optional(yearSchema),
  }),
  asOf: z.optional(z.iso.date()),
  source: fields({
    title: localizedSchema,
    url: z.optional(webUrlSchema),
    text: z.optional(sourcePathSchema),
  }),
  categories: z
    .array(
      fields({
        id: slug,
        label: localizedSchema,
        description: z.optional(localizedSchema),
      }),
    )
    .check(z.minLength(1)),
  themes: z.optional(z.array(fields({ id: slug, label: localizedSchema }))),
  indicators: z.array(indicatorSchema).check(z.minLength(1)),
  headline: z.optional(z.array(slug)),
  panels: z.optional(z.array(panelSchema)),
  uncited: z.optional(z.array(uncitedSchema)),
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
        params: { problem: 'duplicateId', kind: what, id: item.id },
      });
    }
    seen.add(item.id);
  });
  return seen;
}

/** An id listed twice in one list (`headline`, a panel's `indicators`): shown twice, a mistake. */
function reportRepeats(
  ctx: z.core.$RefinementCtx<BundleObject>,
  ids: readonly string[],
  path: (string | number)[],
): void {
  const where = formatPath(path);
  ids.forEach((id, index) => {
    const first = ids.indexOf(id);
    if (first !== index) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, index],
        params: { problem: 'repeatedId', id, first: `${where}[${first}]` },
      });
    }
  });
}

function reportDangling(
  ctx: z.core.$RefinementCtx<BundleObject>,
  known: Set<string>,
  ref: string,
  path: (string | number)[],
  what: string,
): void {
  if (!known.has(ref)) {
    ctx.addIssue({ code: 'custom', path, params: { problem: 'unknownRef', kind: what, id: ref } });
  }
}

/** The indicator bundle v1: the one boundary where untrusted JSON becomes typed data. */
export const bundleSchema = bundleObjectSchema.check(
  z.superRefine((bundle, ctx) => {
    const categoryIds = reportDuplicates(ctx, bundle.categories, 'categories', 'category');
    const themeIds = reportDuplicates(ctx, bundle.themes ?? [], 'themes', 'theme');
    const indicatorIds = reportDuplicates(ctx, bundle.indicators, 'indicators', 'indicator');
    reportDuplicates(ctx, bundle.panels ?? [], 'panels', 'panel');
    const unitOf = new Map(
      bundle.indicators.map((indicator) => [indicator.id, unitKey(indicator)] as const),
    );

    bundle.indicators.forEach((indicator, index) => {
      if (indicator.unit === 'measure' && !indicator.measure) {
        ctx.addIssue({
          code: 'custom',
          path: ['indicators', index, 'measure'],
          params: { problem: 'measureMissing' },
        });
      }
      if (indicator.unit !== 'measure' && indicator.measure) {
        ctx.addIssue({
          code: 'custom',
          path: ['indicators', index, 'measure'],
          params: { problem: 'measureWithOtherUnit', unit: indicator.unit },
        });
      }
      if (indicator.period && indicator.period.start > indicator.period.end) {
        ctx.addIssue({
          code: 'custom',
          path: ['indicators', index, 'period', 'end'],
          params: { problem: 'endBeforeStart', start: indicator.period.start },
        });
      }
      reportDangling(
        ctx,
        categoryIds,
        indicator.category,
        ['indicators', index, 'category'],
        'category',
      );
      indicator.themes?.forEach((theme, themeIndex) =>
        reportDangling(ctx, themeIds, theme, ['indicators', index, 'themes', themeIndex], 'theme'),
      );
    });
    bundle.headline?.forEach((id, index) =>
      reportDangling(ctx, indicatorIds, id, ['headline', index], 'indicator'),
    );
    reportRepeats(ctx, bundle.headline ?? [], ['headline']);
    bundle.panels?.forEach((panel, panelIndex) => {
      panel.indicators.forEach((id, index) =>
        reportDangling(
          ctx,
          indicatorIds,
          id,
          ['panels', panelIndex, 'indicators', index],
          'indicator',
        ),
      );
      reportRepeats(ctx, panel.indicators, ['panels', panelIndex, 'indicators']);
      const units = new Set(panel.indicators.map((id) => unitOf.get(id)).filter(Boolean));
      if (units.size > 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['panels', panelIndex, 'indicators'],
          params: { problem: 'mixedUnits', units: [...units].join(', ') },
        });
      }
      // A gauge reads against 100 %: a count drawn on one is neither right nor readable.
      const [unit] = units;
      if (panel.chart === 'gauge' && units.size === 1 && unit !== 'percent') {
        ctx.addIssue({
          code: 'custom',
          path: ['panels', panelIndex, 'chart'],
          params: { problem: 'gaugeNotPercent', unit: String(unit) },
        });
      }
    });
    if (bundle.period.start && bundle.period.end && bundle.period.start > bundle.period.end) {
      ctx.addIssue({
        code: 'custom',
        path: ['period', 'end'],
        params: { problem: 'endBeforeStart', start: bundle.period.start },
      });
    }
  }),
);

export type Bundle = z.infer<typeof bundleSchema>;
export type Indicator = Bundle['indicators'][number];
export type Category = Bundle['categories'][number];
export type Theme = NonNullable<Bundle['themes']>[number];
export type Panel = NonNullable<Bundle['panels']>[number];
export type Localized = z.infer<typeof localizedSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type Lang = keyof Localized;
