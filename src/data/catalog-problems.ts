// How the catalogue's problems are told, apart from its schema (src/data/catalog-schema.ts): the
// page loads this as it starts, and the schema only where a catalogue is read.

/** An entry of the catalogue that was left out: where (`bundles[2].url`) and what was expected. */
export interface CatalogProblem {
  path: string;
  message: string;
}

/** Said when the JSON is not a catalogue at all (problem-text.ts words it in Chinese). */
export const NOT_A_CATALOG = 'expected { "bundles": [...] }';

/** A problem as one line for a console: `bundles[2].url: expected … (entry skipped)`. */
export function describeCatalogProblem(problem: CatalogProblem): string {
  return `${problem.path}: ${problem.message} (entry skipped)`;
}
