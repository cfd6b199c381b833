// The last good bundle of each report, kept in this browser for a wall switched on while the
// server is down. Kept in IndexedDB by the validation worker (src/data/last-good-store.ts), which
// usually still holds the bundle it checked, so the page copies nothing. A save not yet stored
// when the page is left, or one IndexedDB refused, goes to localStorage; the newer copy comes back.
import type { Bundle } from './bundle-schema.ts';
import { SCHEMA_VERSION } from './bundle-format.ts';
import { whenIdle } from '../lib/schedule.ts';
import { rememberWarnings } from './known-warnings.ts';
import type { SavedBundle } from './last-good-store.ts';
import { restoreOffPage, saveOffPage, type LastGoodSave } from './validate-off-thread.ts';

const PREFIX = 'indicator-dashboard:last-good:';

/** Keeps the last good bundle in localStorage, at once: for a page being left. */
export function saveLastGood(key: string, bundle: Bundle, build: string, at: number): void {
  try {
    const saved: SavedBundle = { build, schemaVersion: SCHEMA_VERSION, savedAt: at, bundle };
    localStorage.setItem(PREFIX + key, JSON.stringify(saved));
  } catch {
    // Storage full or disabled: the dashboard works without it.
  }
}

type Save = LastGoodSave;

/** Saves not yet stored, by key: written to localStorage if the page is left before they are. */
const pending = new Map<string, Save>();
/** The fetch each key last stored, so a report's data saved again is not stored twice. */
const stored = new Map<string, { build: string; at: number }>();
/** The fetch each key last wrote to localStorage as the page was left. */
const left = new Map<string, number>();
/** Set once IndexedDB refused a bundle: later ones go to localStorage at once. */
let refused = false;
let flushOnLeave = false;

const sameFetch = (a: { build: string; at: number } | undefined, b: Save) =>
  a?.build === b.build && a.at === b.at;

function leave(): void {
  // Kept pending: a page restored from the back/forward cache carries on storing them.
  for (const [key, save] of pending) {
    saveLastGood(key, save.bundle, save.build, save.at);
    left.set(key, save.at);
  }
}

function settle(key: string, save: Save): void {
  if (pending.get(key) === save) pending.delete(key);
  stored.set(key, { build: save.build, at: save.at });
  // A copy written as this page or an earlier one was left is older now, unless it is newer.
  if ((left.get(key) ?? -Infinity) > save.at) return;
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // Storage disabled: nothing was written there either.
  }
}

/**
 * Stores `save` in IndexedDB, with the worker's copy of the bundle where it still holds one.
 * Otherwise in an idle moment, since that copies the bundle on the page: sent over to the worker,
 * stored on the page where there is no worker, or, where IndexedDB refused it, written to
 * localStorage.
 */
async function store(key: string, save: Save): Promise<void> {
  let outcome = refused ? 'not-stored' : await saveOffPage(key, save, false);
  if (outcome !== 'stored') {
    await new Promise<void>((resolve) => whenIdle(resolve, 2_000));
    // Replaced by a later save meanwhile.
    if (pending.get(key) !== save) return;
    if (outcome === 'not-held') outcome = await saveOffPage(key, save, true);
    if (outcome === 'no-worker') {
      const { writeLastGood } = await import('./last-good-store.ts');
      outcome = (await writeLastGood(key, save.bundle, save.build, save.at))
        ? 'stored'
        : 'not-stored';
    }
    if (outcome !== 'stored') {
      refused = true;
      if (pending.get(key) !== save) return;
      pending.delete(key);
      saveLastGood(key, save.bundle, save.build, save.at);
      return;
    }
  }
  settle(key, save);
}

/**
 * Keeps `bundle` as report `key`'s last good one, fetched at `at`: in the validation worker, which
 * still holds the bundle it checked (request `checkedBy`), so the page neither copies nor
 * serialises it (for 10,000 figures, writing it to localStorage on the page had been a task of
 * 150-500 ms at 1x). A bundle the worker no longer holds is sent to it in an idle moment. A page
 * left before the bundle is stored writes it to localStorage (`pagehide`).
 */
export function saveLastGoodSoon(
  key: string,
  bundle: Bundle,
  build: string,
  at: number,
  checkedBy?: number,
): void {
  const save: Save = { bundle, build, at, checkedBy };
  if (sameFetch(stored.get(key), save) || sameFetch(pending.get(key), save)) return;
  pending.set(key, save);
  if (!flushOnLeave) {
    flushOnLeave = true;
    window.addEventListener('pagehide', leave);
  }
  void store(key, save);
}

type Restored = { bundle: Bundle; savedAt: number };

/** The copy kept in IndexedDB, checked in the worker (on the page where there is none). */
async function restoreKept(key: string, build: string): Promise<Restored | undefined> {
  let kept = await restoreOffPage(key, build);
  if (kept === 'no-worker') {
    const { readLastGood } = await import('./last-good-store.ts');
    kept = await readLastGood(key, build);
  }
  if (!kept) return undefined;
  rememberWarnings(kept.bundle, kept.warnings);
  return { bundle: kept.bundle, savedAt: kept.savedAt };
}

/**
 * The copy written to localStorage as a page was left, validated again; dropped when the build
 * or schema version changed. Asked for only when the server fails: the schema's code loads then,
 * not with every page.
 */
async function restoreLeft(key: string, build: string): Promise<Restored | undefined> {
  let saved: SavedBundle;
  try {
    const text = localStorage.getItem(PREFIX + key);
    if (!text) return undefined;
    saved = JSON.parse(text) as SavedBundle;
  } catch {
    return undefined;
  }
  const { checkSaved } = await import('./last-good-store.ts');
  const left = checkSaved(saved, build);
  if (!left) {
    localStorage.removeItem(PREFIX + key);
    return undefined;
  }
  rememberWarnings(left.bundle, left.warnings);
  return { bundle: left.bundle, savedAt: left.savedAt };
}

/** Report `key`'s last good bundle as this build kept it: the newer of the two copies. */
export async function restoreLastGood(key: string, build: string): Promise<Restored | undefined> {
  const [kept, left] = await Promise.all([restoreKept(key, build), restoreLeft(key, build)]);
  if (!kept || !left) return kept ?? left;
  return left.savedAt > kept.savedAt ? left : kept;
}
