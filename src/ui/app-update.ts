// A new version of the app, installed in the background and waiting to be taken. The app's
// start (src/app/service-worker.ts) offers it here; the wall takes it between two tour steps and
// the desk asks the reader (see update-notice.tsx). Module state: one page, one service worker.
import { createWatchable, type Watchable } from '../lib/watchable.ts';

const ready = createWatchable(false);
let take: (() => void) | undefined;
let taken = false;
const beforeTaking = new Set<() => void>();

/** Whether a new version is waiting to be taken. */
export const updateReady: Watchable<boolean> = ready;

/** Offers a new version; `apply` activates it and reloads the page once it is in charge. */
export function offerUpdate(apply: () => void): void {
  take = apply;
  ready.set(true);
}

/**
 * Takes the waiting version, at most once per page: the reload it leads to starts a page with no
 * waiting version, so nothing can loop. Returns whether it did.
 */
export function applyUpdate(): boolean {
  if (taken || !take) return false;
  taken = true;
  for (const prepare of beforeTaking) prepare();
  take();
  return true;
}

/** Runs `prepare` just before a new version is taken (the wall saves its place); returns the undo. */
export function beforeUpdate(prepare: () => void): () => void {
  beforeTaking.add(prepare);
  return () => {
    beforeTaking.delete(prepare);
  };
}

/** Forgets any offer (tests). */
export function resetUpdateForTests(): void {
  take = undefined;
  taken = false;
  ready.set(false);
}
