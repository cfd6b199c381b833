import { SCHEMA_VERSION, bundleSchema, formatPath, type Bundle } from './bundle-schema.ts';

/** One thing wrong with a bundle: where it is (`indicators[12].value`) and what was expected. */
export interface BundleProblem {
  path: string;
  message: string;
}

export type BundleValidation =
  { ok: true; bundle: Bundle } | { ok: false; problems: BundleProblem[] };

/** Validates untrusted JSON as an indicator bundle v1, naming every problem by its path. */
export function validateBundle(input: unknown): BundleValidation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      problems: [{ path: '(root)', message: 'expected a JSON object (an indicator bundle)' }],
    };
  }
  const version = (input as { schemaVersion?: unknown }).schemaVersion;
  if (version !== undefined && version !== SCHEMA_VERSION) {
    return {
      ok: false,
      problems: [
        {
          path: 'schemaVersion',
          message: `unsupported schemaVersion ${JSON.stringify(version)}; this dashboard reads version ${SCHEMA_VERSION}`,
        },
      ],
    };
  }
  const result = bundleSchema.safeParse(input);
  if (result.success) return { ok: true, bundle: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      path: formatPath(issue.path) || '(root)',
      message: issue.message,
    })),
  };
}
