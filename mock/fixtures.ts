// Fixture bundles for node-side tests; the dev server serves the same files at /__mock/bundles/.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');
export const FIXTURE_DIR = path.join(PROJECT_ROOT, 'mock/bundles');
export const PUBLIC_DIR = path.join(PROJECT_ROOT, 'public');

/** Every fixture bundle by name → its file, relative to the project root. */
export const FIXTURE_FILES = {
  'valid-minimal': 'mock/bundles/valid-minimal.json',
  'valid-small': 'mock/bundles/valid-small.json',
  'valid-measures': 'mock/bundles/valid-measures.json',
  hostile: 'mock/bundles/hostile.json',
  'broken-wrong-types': 'mock/bundles/broken-wrong-types.json',
  'broken-missing-label': 'mock/bundles/broken-missing-label.json',
  'broken-duplicate-ids': 'mock/bundles/broken-duplicate-ids.json',
  'broken-dangling-category': 'mock/bundles/broken-dangling-category.json',
  'broken-dangling-theme': 'mock/bundles/broken-dangling-theme.json',
  'broken-negative': 'mock/bundles/broken-negative.json',
  'broken-schema-version': 'mock/bundles/broken-schema-version.json',
  'broken-panel-mixed-units': 'mock/bundles/broken-panel-mixed-units.json',
  'broken-bad-url': 'mock/bundles/broken-bad-url.json',
  'broken-not-object': 'mock/bundles/broken-not-object.json',
  'warn-parity-chinese-in-english': 'mock/bundles/warn-parity-chinese-in-english.json',
  'warn-parity-number-mismatch': 'mock/bundles/warn-parity-number-mismatch.json',
  'warn-missing-english': 'mock/bundles/warn-missing-english.json',
  'warn-unknown-field': 'mock/bundles/warn-unknown-field.json',
} as const;

export type FixtureName = keyof typeof FIXTURE_FILES;

export const FIXTURES = Object.keys(FIXTURE_FILES) as FixtureName[];

/** A fixture file's text, for tests that need the JSON as written. */
export function readFixture(name: FixtureName): string {
  return readFileSync(path.join(PROJECT_ROOT, FIXTURE_FILES[name]), 'utf8');
}

/** A fixture bundle's parsed JSON, for node-side tests. */
export function loadFixture(name: FixtureName): unknown {
  return JSON.parse(readFixture(name));
}

/** A file under public/ as the site serves it: `/data/catalog.json`. */
export function readPublic(sitePath: string): string {
  return readFileSync(path.join(PUBLIC_DIR, sitePath), 'utf8');
}
