// The report studio's drafts, kept in the browser (IndexedDB through idb-keyval) as the work goes,
// so a reload or a crash loses nothing. The app's loader reads a draft's bundle from here for the
// studio's preview (`?bundle=draft:<id>`), through the same validation as any other bundle.
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import type { Bundle } from './bundle-schema.ts';
import { BundleLoadError } from './fetch-json.ts';
import { rememberWarnings } from './known-warnings.ts';

/** One draft as saved: the studio's working copy and the bundle it exports now. */
export interface SavedDraft {
  id: string;
  /** The name the drafts list shows (the bundle's Chinese title). */
  name: string;
  updatedAt: number;
  /** The studio's own working state; only the studio reads it. */
  work: unknown;
  /** The bundle as exported at `updatedAt`: what the preview loads. */
  bundle: unknown;
}

/** The prefix of `?bundle=` that names a studio draft instead of a catalogue entry or a path. */
export const DRAFT_PARAM_PREFIX = 'draft:';

let store: UseStore | undefined;
const draftStore = () => (store ??= createStore('indicator-dashboard-studio', 'drafts'));

/** Every saved draft, newest first. */
export async function listDrafts(): Promise<SavedDraft[]> {
  const all = await entries<string, SavedDraft>(draftStore());
  return all.map(([, draft]) => draft).sort((a, b) => b.updatedAt - a.updatedAt);
}

export function getDraft(id: string): Promise<SavedDraft | undefined> {
  return get<SavedDraft>(id, draftStore());
}

export function saveDraft(draft: SavedDraft): Promise<void> {
  return set(draft.id, draft, draftStore());
}

export function deleteDraft(id: string): Promise<void> {
  return del(id, draftStore());
}

/** The bundle of the draft `?bundle=draft:<id>` names, validated like any bundle from the server. */
export async function loadDraftBundle(param: string): Promise<Bundle> {
  const id = param.slice(DRAFT_PARAM_PREFIX.length);
  const draft = await getDraft(id);
  if (!draft) throw new BundleLoadError({ kind: 'unknownBundle', id: param });
  // The schema's code loads here, for a draft, rather than with every page the loader serves.
  const { validateBundle } = await import('./validate-bundle.ts');
  const result = validateBundle(draft.bundle);
  if (!result.ok) {
    throw new BundleLoadError({ kind: 'invalid', url: param, problems: result.problems });
  }
  rememberWarnings(result.bundle, result.warnings);
  return result.bundle;
}
