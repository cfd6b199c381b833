// The last good bundle of each report, kept in this browser's IndexedDB (through idb-keyval) so a
// wall switched on while the server is down still has figures to show. Written and read in the
// validation worker (src/data/validate-requests.ts), so neither this copy's serialisation nor its
// check on the way back runs on the page; on the page only where there is no worker.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { SCHEMA_VERSION } from './bundle-format.ts';
import type { Bundle } from './bundle-schema.ts';
import type { BundleProblem } from './problems.ts';
import { validateBundle } from './validate-bundle.ts';

/** A bundle as kept: with the build and format it was checked by, and when it was fetched. */
export interface SavedBundle {
  build: string;
  schemaVersion: number;
  savedAt: number;
  bundle: unknown;
}

/** A kept bundle that passed the check again. */
export interface RestoredBundle {
  bundle: Bundle;
  warnings: BundleProblem[];
  savedAt: number;
}

let store: UseStore | undefined;
const lastGoodStore = () => (store ??= createStore('indicator-dashboard-last-good', 'bundles'));

const hasIndexedDb = () => typeof indexedDB !== 'undefined';

/** Keeps `bundle` as report `key`'s last good one; false when the browser would not store it. */
export async function writeLastGood(
  key: string,
  bundle: Bundle,
  build: string,
  savedAt: number,
): Promise<boolean> {
  if (!hasIndexedDb()) return false;
  const saved: SavedBundle = { build, schemaVersion: SCHEMA_VERSION, savedAt, bundle };
  try {
    await set(key, saved, lastGoodStore());
    return true;
  } catch {
    // Storage full, private mode, or blocked: the dashboard works without it.
    return false;
  }
}

/**
 * Report `key`'s kept bundle, checked again as any bundle is; dropped when another build or
 * format saved it, or it no longer passes.
 */
export async function readLastGood(
  key: string,
  build: string,
): Promise<RestoredBundle | undefined> {
  if (!hasIndexedDb()) return undefined;
  let saved: SavedBundle | undefined;
  try {
    saved = await get<SavedBundle>(key, lastGoodStore());
  } catch {
    return undefined;
  }
  if (!saved) return undefined;
  const restored = checkSaved(saved, build);
  if (!restored) await del(key, lastGoodStore()).catch(() => undefined);
  return restored;
}

/**
 * A kept bundle checked again as any bundle is: undefined when another build or format kept it,
 * or it no longer passes. Both copies, IndexedDB's and the one written on leaving, go through it.
 */
export function checkSaved(saved: SavedBundle, build: string): RestoredBundle | undefined {
  const result =
    saved?.build === build &&
    saved.schemaVersion === SCHEMA_VERSION &&
    typeof saved.savedAt === 'number'
      ? validateBundle(saved.bundle)
      : undefined;
  if (!result?.ok) return undefined;
  return { bundle: result.bundle, warnings: result.warnings, savedAt: saved.savedAt };
}
