// Runs before the app's code: shows the first screen rendered at build time, if it still shows
// what the server holds. Tiny on purpose; it imports nothing heavy.
import { startEarlyRequest } from '../data/early-request.ts';
import { initialLang, LANG_PARAMS, savedLang, type LangParam } from './initial-lang.ts';
import { fingerprint, firstBundleUrl, SHELL_ID, SHELL_SKIPPED_BY } from './shell.ts';

/** The body for our check, read from a copy: the app reads the response itself. */
async function text(url: string): Promise<string | undefined> {
  const response = await startEarlyRequest(url);
  return response.ok ? response.clone().text() : undefined;
}

/** Shows the first screen if this page has one, it applies to the URL and its bundle is current. */
export async function showFirstScreen(): Promise<void> {
  const shell = document.getElementById(SHELL_ID);
  const { bundleUrl, catalogUrl, fingerprint: expected } = shell?.dataset ?? {};
  if (!shell || !bundleUrl || !catalogUrl || !expected) return;
  const params = new URLSearchParams(window.location.search);
  if (SHELL_SKIPPED_BY.some((name) => params.has(name))) return;
  const param = params.get('lang');
  const lang = initialLang(
    LANG_PARAMS.find((value: LangParam) => value === param),
    savedLang(),
    navigator.languages ?? [navigator.language],
  );
  const template = document.getElementById(`${SHELL_ID}-${lang}`);
  if (!(template instanceof HTMLTemplateElement)) return;
  // Both requests are preloaded by index.html, and the app takes these responses over.
  const [catalogText, bundleText] = await Promise.all([text(catalogUrl), text(bundleUrl)]);
  // A new default bundle, or new figures in this one: the app's own render is the only truth.
  if (firstBundleUrl(catalogText) !== bundleUrl || bundleText === undefined) return;
  if (fingerprint(bundleText) !== expected) return;
  // The app drew first (it takes the shell away when it does): nothing to show.
  if (!shell.isConnected) return;
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  shell.replaceChildren(template.content.cloneNode(true));
}
