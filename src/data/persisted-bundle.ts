import type { Bundle } from './bundle-schema.ts';
import { SCHEMA_VERSION } from './bundle-format.ts';
import { whenIdle } from '../lib/schedule.ts';
import { rememberWarnings } from './known-warnings.ts';

const PREFIX = 'indicator-dashboard:last-good:';

interface Saved {
  build: string;
  schemaVersion: number;
  savedAt: number;
  bundle: unknown;
}

/** Keeps the last good bundle so a wall that restarts offline still has data to show. */
export function saveLastGood(key: string, bundle: Bundle, build: string, at: number): void {
  try {
    const saved: Saved = { build, schemaVersion: SCHEMA_VERSION, savedAt: at, bundle };
    localStorage.setItem(PREFIX + key, JSON.stringify(saved));
  } catch {
    // Storage full or disabled: the dashboard works without it.
  }
}

/** Saves waiting for an idle moment, by key: a later save of the same key replaces the earlier. */
const pendingSaves = new Map<string, () => void>();
let flushScheduled = false;
let flushOnLeave = false;

function flushSaves(): void {
  flushScheduled = false;
  const saves = [...pendingSaves.values()];
  pendingSaves.clear();
  for (const save of saves) save();
}

/**
 * `saveLastGood` in the browser's next idle moment, or as the page is left, whichever is first:
 * writing the bundle's text took a fifth of the task that shows a phone's first figures. A page
 * that reloads or closes before that moment still saves (`pagehide`).
 */
export function saveLastGoodSoon(key: string, bundle: Bundle, build: string, at: number): void {
  pendingSaves.set(key, () => saveLastGood(key, bundle, build, at));
  if (!flushOnLeave) {
    flushOnLeave = true;
    window.addEventListener('pagehide', flushSaves);
  }
  if (flushScheduled) return;
  flushScheduled = true;
  whenIdle(flushSaves, 2_000);
}

/**
 * The saved bundle, validated again; dropped when the build or schema version changed. Asked for
 * only when the server fails: the schema's code loads then, not with every page.
 */
export async function restoreLastGood(
  key: string,
  build: string,
): Promise<{ bundle: Bundle; savedAt: number } | undefined> {
  let saved: Saved;
  try {
    const text = localStorage.getItem(PREFIX + key);
    if (!text) return undefined;
    saved = JSON.parse(text) as Saved;
  } catch {
    return undefined;
  }
  if (saved?.build !== build || saved.schemaVersion !== SCHEMA_VERSION) {
    localStorage.removeItem(PREFIX + key);
    return undefined;
  }
  const { validateBundle } = await import('./validate-bundle.ts');
  const result = validateBundle(saved.bundle);
  if (!result.ok || typeof saved.savedAt !== 'number') {
    localStorage.removeItem(PREFIX + key);
    return undefined;
  }
  rememberWarnings(result.bundle, result.warnings);
  return { bundle: result.bundle, savedAt: saved.savedAt };
}
