import type { Lang } from '../data/bundle-schema.ts';

const KEY = 'wall-resume';

/** What the wall keeps across a reload of its own: where it stood, and its reloads so far. */
export interface WallResume {
  /**
   * Where to pick the tour up after the reload, if one was made; taken once. On a tour of several
   * reports (`bundle=a,b`), `report` is the one on screen and `step` the step within it.
   */
  resume?: { step: number; lang: Lang; bundle: string | null; report?: string };
  /** When the wall reloaded itself, oldest first (the last few). */
  reloads: number[];
  /** Reloads since the tab was opened. */
  count: number;
}

const EMPTY: WallResume = { reloads: [], count: 0 };

function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

/** The saved record, or an empty one; anything not shaped as one is ignored. */
export function readWallResume(storage: Pick<Storage, 'getItem'>): WallResume {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(KEY) ?? 'null');
  } catch {
    return EMPTY;
  }
  if (!raw || typeof raw !== 'object') return EMPTY;
  const record = raw as Record<string, unknown>;
  const reloads = Array.isArray(record.reloads)
    ? record.reloads.filter((at): at is number => typeof at === 'number').slice(-20)
    : [];
  const count = typeof record.count === 'number' && record.count >= 0 ? record.count : 0;
  const saved = record.resume as Record<string, unknown> | undefined;
  const resume =
    saved &&
    typeof saved.step === 'number' &&
    Number.isInteger(saved.step) &&
    saved.step >= 0 &&
    isLang(saved.lang) &&
    (saved.bundle === null || typeof saved.bundle === 'string')
      ? {
          step: saved.step,
          lang: saved.lang,
          bundle: saved.bundle,
          ...(typeof saved.report === 'string' ? { report: saved.report } : {}),
        }
      : undefined;
  return resume ? { resume, reloads, count } : { reloads, count };
}

/** Saves where the wall stands and notes a reload made at `now`, just before making it. */
export function noteReload(
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  now: number,
  resume: NonNullable<WallResume['resume']>,
): void {
  const before = readWallResume(storage);
  const record: WallResume = {
    resume,
    reloads: [...before.reloads, now].slice(-20),
    count: before.count + 1,
  };
  storage.setItem(KEY, JSON.stringify(record));
}

/** Forgets the place to resume from, once taken: a later manual reload starts the tour afresh. */
export function forgetResume(storage: Pick<Storage, 'getItem' | 'setItem'>): void {
  const { reloads, count } = readWallResume(storage);
  storage.setItem(KEY, JSON.stringify({ reloads, count }));
}
