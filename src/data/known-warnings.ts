// The warnings each checked bundle came with, kept by the bundle itself: the check ran in a worker
// (src/data/validate-off-thread.ts), and working them out again on the page would load the bundle
// schema there just for them, a long task of a phone's start.
import type { Bundle } from './bundle-schema.ts';
import type { BundleProblem } from './problems.ts';

const known = new WeakMap<Bundle, readonly BundleProblem[]>();

/** Keeps the warnings the check of `bundle` found. */
export function rememberWarnings(bundle: Bundle, warnings: readonly BundleProblem[]): void {
  known.set(bundle, warnings);
}

/** The warnings of `bundle` if its check was kept; undefined for a bundle from elsewhere. */
export function knownWarnings(bundle: Bundle): readonly BundleProblem[] | undefined {
  return known.get(bundle);
}
