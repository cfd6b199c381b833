// Runs before the app's code: shows the first screen rendered at build time, if it still shows
// what the server holds. Tiny on purpose; it imports nothing heavy.
import { startEarlyRequest } from '../data/early-request.ts';
import { LANG_PARAMS, type LangParam } from '../store/lang-param.ts';
import { initialLang, savedLang } from './initial-lang.ts';
import { fingerprint, firstBundleUrl, sha256Hex, SHELL_ID, SHELL_SKIPPED_BY } from './shell.ts';

/** A copy of the response for our check: the app reads the response itself. */
async function copy(url: string): Promise<Response | undefined> {
  const response = await startEarlyRequest(url);
  return response.ok ? response.clone() : undefined;
}

/**
 * Whether `response` holds the bundle the first screen was rendered from. The browser's SHA-256
 * runs off the main thread (under 1 ms at 4x CPU, where hashing the text in JavaScript took 5 to
 * 13 ms); pages served over plain HTTP to another host have no `crypto.subtle`, and compare the
 * text's fingerprint instead.
 */
async function isBuiltBundle(
  response: Response,
  expected: { sha256?: string; fingerprint: string },
): Promise<boolean> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle && expected.sha256) {
    return (await sha256Hex(subtle, await response.arrayBuffer())) === expected.sha256;
  }
  return fingerprint(await response.text()) === expected.fingerprint;
}

/** Shows the first screen if this page has one, it applies to the URL and its bundle is current. */
export async function showFirstScreen(): Promise<void> {
  const shell = document.getElementById(SHELL_ID);
  const { bundleUrl, catalogUrl, fingerprint: expected, sha256 } = shell?.dataset ?? {};
  if (!shell || !bundleUrl || !catalogUrl || !expected) return;
  const params = new URLSearchParams(window.location.search);
  const names = [...params.keys()].map((name) => name.toLowerCase());
  if (SHELL_SKIPPED_BY.some((name) => names.includes(name))) return;
  // Names in any case, as the app reads them (`?LANG=en`).
  const param = [...params].find(([name]) => name.toLowerCase() === 'lang')?.[1];
  const lang = initialLang(
    LANG_PARAMS.find((value: LangParam) => value === param),
    savedLang(),
    navigator.languages ?? [navigator.language],
  );
  const template = document.getElementById(`${SHELL_ID}-${lang}`);
  if (!(template instanceof HTMLTemplateElement)) return;
  // Both requests are preloaded by index.html, and the app takes these responses over.
  const [catalog, bundle] = await Promise.all([copy(catalogUrl), copy(bundleUrl)]);
  // A new default bundle, or new figures in this one: the app's own render is the only truth.
  if (firstBundleUrl(await catalog?.text()) !== bundleUrl || bundle === undefined) return;
  if (!(await isBuiltBundle(bundle, { sha256, fingerprint: expected }))) return;
  // The app drew first (it takes the shell away when it does): nothing to show.
  if (!shell.isConnected) return;
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  shell.replaceChildren(template.content.cloneNode(true));
}
