import type { TFunction } from 'i18next';
import type { Lang } from '../../data/bundle-schema.ts';

/**
 * What the studio says to the reader, worded when it is shown: a message worded when it was set
 * stayed in the language of that moment after the reader switched. `say` has the studio's words,
 * `common` the app's.
 */
export type StudioMessage = (say: TFunction<'studio'>, common: TFunction, lang: Lang) => string;
