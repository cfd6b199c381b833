import { useEffect } from 'react';
import { saveDraft, type SavedDraft } from '../../data/studio-drafts.ts';
import { toBundle } from './studio-model.ts';
import type { StudioStore } from './studio-store.ts';

/**
 * Saves the work to the browser a moment after each change, so nothing needs saving by hand, and
 * hands the saved draft to `onSaved`.
 */
export function useAutosave(
  store: StudioStore,
  onSaved: (draft: SavedDraft) => void,
  delayMs = 400,
): void {
  useEffect(() => {
    let timer: number | undefined;
    const unsubscribe = store.subscribe((state, previous) => {
      if (!state.work || state.work === previous.work) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const work = store.getState().work;
        if (!work) return;
        const at = Date.now();
        const draft: SavedDraft = {
          id: work.id,
          name: work.title.zh || work.id,
          updatedAt: at,
          work,
          bundle: toBundle(work),
        };
        void saveDraft(draft).then(() => {
          store.getState().markSaved(at);
          onSaved(draft);
        });
      }, delayMs);
    });
    return () => {
      window.clearTimeout(timer);
      unsubscribe();
    };
  }, [store, onSaved, delayMs]);
}
