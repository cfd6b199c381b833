// Runs before the app's code: shows the first screen rendered at build time, if it still shows
// what the server holds. Tiny on purpose; it imports nothing heavy.
import { startEarlyRequest } from '../data/early-request.ts';
import { clockText } from '../features/wall/clock-format.ts';
import { fitScale, stageTransform } from '../features/wall/stage-size.ts';
import { LANG_PARAMS, type LangParam } from '../store/lang-param.ts';
import { readWallResume } from '../ui/wall-resume.ts';
import { initialLang, savedLang } from './initial-lang.ts';
import {
  fingerprint,
  firstBundleUrl,
  sha256Hex,
  SHELL_ID,
  shellKind,
  templateId,
} from './shell.ts';

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
  const kind = shellKind(window.location.search);
  if (!kind || (kind === 'wall' && resumesElsewhere())) return;
  // Names in any case, as the app reads them (`?LANG=en`).
  const params = new URLSearchParams(window.location.search);
  const param = [...params].find(([name]) => name.toLowerCase() === 'lang')?.[1];
  const lang = initialLang(
    LANG_PARAMS.find((value: LangParam) => value === param),
    savedLang(),
    navigator.languages ?? [navigator.language],
  );
  const template = document.getElementById(templateId(kind, lang));
  if (!(template instanceof HTMLTemplateElement)) return;
  // Both requests are preloaded by index.html, and the app takes these responses over.
  const [catalog, bundle] = await Promise.all([copy(catalogUrl), copy(bundleUrl)]);
  // A new default bundle, or new figures in this one: the app's own render is the only truth.
  if (firstBundleUrl(await catalog?.text()) !== bundleUrl || bundle === undefined) return;
  if (!(await isBuiltBundle(bundle, { sha256, fingerprint: expected }))) return;
  // The app drew first (it takes the shell away when it does): nothing to show.
  if (!shell.isConnected) return;
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  const screen = template.content.cloneNode(true) as DocumentFragment;
  if (kind === 'wall') fitWall(screen, shell);
  shell.replaceChildren(screen);
}

/**
 * Whether a wall reloaded itself and picks its tour up at a saved step (use-wall-recovery.ts):
 * its panels may be on another page than the first screen's.
 */
function resumesElsewhere(): boolean {
  try {
    return readWallResume(window.sessionStorage).resume !== undefined;
  } catch {
    return false;
  }
}

/**
 * The wall's first screen as the wall draws it: scaled to the window (the build rendered it at
 * 1920×1080), and its clock showing the time, both kept up until the app takes the shell away.
 */
function fitWall(screen: DocumentFragment, shell: HTMLElement): void {
  const stage = screen.querySelector<HTMLElement>('.wall-stage');
  const clock = screen.querySelector<HTMLTimeElement>('.wall-clock');
  const fit = () => {
    if (!stage) return;
    const scale = fitScale(window.innerWidth, window.innerHeight);
    stage.style.transform = stageTransform(scale);
    stage.dataset.scale = scale.toFixed(4);
  };
  const tick = () => {
    if (!clock) return;
    const now = new Date();
    clock.textContent = clockText(now);
    clock.dateTime = now.toISOString();
  };
  fit();
  tick();
  window.addEventListener('resize', fit);
  const timer = window.setInterval(() => {
    if (shell.isConnected) return tick();
    window.clearInterval(timer);
    window.removeEventListener('resize', fit);
  }, 1000);
}
