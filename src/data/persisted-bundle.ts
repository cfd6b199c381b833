import type { Bundle } from './bundle-schema.ts';
import { SCHEMA_VERSION } from './bundle-schema.ts';
import { validateBundle } from './validate-bundle.ts';

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

/** The saved bundle, validated again; dropped when the build or schema version changed. */
export function restoreLastGood(
  key: string,
  build: string,
): { bundle: Bundle; savedAt: number } | undefined {
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
  const result = validateBundle(saved.bundle);
  if (!result.ok || typeof saved.savedAt !== 'number') {
    localStorage.removeItem(PREFIX + key);
    return undefined;
  }
  return { bundle: result.bundle, savedAt: saved.savedAt };
}
