// The page's first screen as HTML, rendered at build time from the default bundle
// (src/cli/prerender-shell.ts) and shown by src/app/boot.ts before the app's own script has run,
// but only once the bundle on the server is checked to be the one it was rendered from.

export const SHELL_ID = 'shell';

/** URL parameters that ask for another first screen than the desk on the default bundle. */
export const SHELL_SKIPPED_BY = ['mode', 'bundle', 'view'] as const;

/**
 * URL parameters a wall's first screen does not depend on: any other (another bundle, the health
 * overlay, captions) asks for a screen that was not rendered at build time.
 */
const WALL_SHELL_PARAMS = ['mode', 'lang', 'interval', 'refresh'];

/** The first screens rendered at build time: the desk's and the wall's, each in zh and en. */
export type ShellKind = 'desk' | 'wall';

/**
 * Which first screen rendered at build time fits the address, if any: the desk's without `mode`,
 * `bundle` or `view`; the wall's under `mode=screen` alone (or with only a language, a tour
 * interval or a refresh), except in two languages at once (`lang=both`, a layout of its own).
 * Names in any case, as the app reads them (`?Mode=screen`).
 */
export function shellKind(search: string): ShellKind | undefined {
  const params = [...new URLSearchParams(search)].map(
    ([name, value]) => [name.toLowerCase(), value] as const,
  );
  const names = params.map(([name]) => name);
  if (!SHELL_SKIPPED_BY.some((name) => names.includes(name))) return 'desk';
  const value = (wanted: string) => params.find(([name]) => name === wanted)?.[1];
  if (value('mode') !== 'screen' || value('lang') === 'both') return undefined;
  return names.every((name) => WALL_SHELL_PARAMS.includes(name)) ? 'wall' : undefined;
}

/** The id of the template that holds a first screen in a language. */
export function templateId(kind: ShellKind, lang: 'zh' | 'en'): string {
  return kind === 'desk' ? `${SHELL_ID}-${lang}` : `${SHELL_ID}-${kind}-${lang}`;
}

/**
 * The url of the catalogue's first entry, read by hand; undefined if there is none.
 *
 * Not parseCatalog (src/data/catalog-schema.ts) on purpose: this runs in the page's first script,
 * before the first screen, and the catalogue's zod schema would put zod into that script. It only
 * decides whether the build-time first screen may be shown, and errs towards showing nothing: the
 * build renders the default that parseCatalog picks and skips the first screen unless this read
 * agrees with it (src/cli/prerender-shell.ts, render-shell.tsx), and on a catalogue changed since,
 * any other first url shows nothing early. What the page loads is always parseCatalog's choice.
 */
export function firstBundleUrl(catalogText: string | undefined): string | undefined {
  if (catalogText === undefined) return undefined;
  const catalog = JSON.parse(catalogText) as { bundles?: { url?: unknown }[] } | null;
  const url = catalog?.bundles?.[0]?.url;
  return typeof url === 'string' ? url : undefined;
}

/** FNV-1a over the text's UTF-16 code units: a cheap check that two texts are the same. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let position = 0; position < text.length; position += 1) {
    hash ^= text.charCodeAt(position);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16).padStart(8, '0')}-${text.length}`;
}

/** The SHA-256 of `bytes` as lowercase hex, done by the browser's own crypto off the main thread. */
export async function sha256Hex(subtle: SubtleCrypto, bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await subtle.digest('SHA-256', new Uint8Array(bytes)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Whether the first screen is on the page (boot.ts found it current and showed it). */
export function shellShown(): boolean {
  return document.getElementById(SHELL_ID)?.hasChildNodes() ?? false;
}

/** Takes the first screen away once the app draws its own. */
export function removeShell(): void {
  document.getElementById(SHELL_ID)?.remove();
}
