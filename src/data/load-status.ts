import type { LoadFailure } from './fetch-json.ts';

/** How loading the bundle goes: what failed, whether a fetch is under way, and how to retry. */
export interface LoadStatus {
  failure?: LoadFailure;
  fetching: boolean;
  retry: () => void;
  /** The failure may pass by itself, and the app is trying again on its own. */
  retryingByItself?: boolean;
}
