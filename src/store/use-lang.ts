import type { Lang } from '../data/bundle-schema.ts';
import { useDashboard } from './store-context.tsx';

/** The language text is drawn in: the store's, the one place it is kept. */
export function useLang(): Lang {
  return useDashboard((state) => state.lang);
}
