import { useCallback, useContext, useSyncExternalStore } from 'react';
import type { Namespace, TFunction, i18n as I18n } from 'i18next';
import { I18nContext, getI18n } from 'react-i18next';

/**
 * The app's one way to translate: `t` in the current language, and the i18next instance.
 *
 * react-i18next's `useTranslation` gives each component, on every language change, a fresh copy
 * of the i18next instance (every property copied, so that `i18n` changes identity with the
 * language) and a fresh `t`. A desk has some forty of them; on a language switch the copies and
 * their `t`s were a fifth of React's work. Here the instance stays the one instance, and `t` is
 * made once per instance, language and namespace, then shared by every component: it changes
 * identity with the language, so effects and memos that list it follow the language.
 *
 * All resources are bundled and loaded at init (src/i18n/index.ts), so the language is the only
 * thing a component has to follow.
 */

const fixedTs = new WeakMap<I18n, Map<string, TFunction<Namespace>>>();

/** `t` of `lang` and `ns` for `i18n`, the same function on every call. */
function fixedT<N extends Namespace>(i18n: I18n, lang: string, ns: N): TFunction<N> {
  let byKey = fixedTs.get(i18n);
  if (!byKey) fixedTs.set(i18n, (byKey = new Map()));
  const key = `${lang}|${ns}`;
  let t = byKey.get(key);
  if (!t) byKey.set(key, (t = i18n.getFixedT(lang, ns) as TFunction<Namespace>));
  return t as TFunction<N>;
}

/** The i18next instance of the providers (a test's own, or the app's), without following it. */
export function useI18n(): I18n {
  return useContext(I18nContext)?.i18n ?? getI18n();
}

/**
 * `t` of a language the component picks itself (a chart drawn in the store's language, a
 * briefing in each of two), shared as `useT`'s; the component does not follow i18next's language.
 */
export function useTIn<N extends 'common' | 'studio' = 'common'>(
  lang: string,
  ns?: N,
): TFunction<N> {
  return fixedT(useI18n(), lang, (ns ?? 'common') as N);
}

/** The current language's `t` (for `ns`, by default `common`); re-renders when it changes. */
export function useT<N extends 'common' | 'studio' = 'common'>(
  ns?: N,
): { t: TFunction<N>; i18n: I18n } {
  const i18n = useI18n();
  const subscribe = useCallback(
    (changed: () => void) => {
      i18n.on('languageChanged', changed);
      return () => i18n.off('languageChanged', changed);
    },
    [i18n],
  );
  const language = useSyncExternalStore(
    subscribe,
    () => i18n.language,
    () => i18n.language,
  );
  return { t: fixedT(i18n, language, (ns ?? 'common') as N), i18n };
}
