import { readFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURE_DIR = path.resolve(import.meta.dirname, 'bundles');
export const PUBLIC_DIR = path.resolve(import.meta.dirname, '../public');

export const FIXTURES = [
  'valid-minimal',
  'valid-small',
  'hostile',
  'broken-wrong-types',
  'broken-missing-label',
  'broken-duplicate-ids',
  'broken-dangling-category',
  'broken-dangling-theme',
  'broken-negative',
  'broken-schema-version',
  'broken-panel-mixed-units',
  'broken-bad-url',
  'broken-not-object',
] as const;

export type FixtureName = (typeof FIXTURES)[number];

/** A fixture bundle's parsed JSON, for node-side tests. */
export function loadFixture(name: FixtureName): unknown {
  return JSON.parse(readFileSync(path.join(FIXTURE_DIR, `${name}.json`), 'utf8'));
}

/** A file under public/ as the site serves it: `/data/catalog.json`. */
export function readPublic(sitePath: string): string {
  return readFileSync(path.join(PUBLIC_DIR, sitePath), 'utf8');
}
