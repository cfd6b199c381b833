// Runs before the app's code: shows the first screen rendered at build time, if it still shows
// what the server holds. Tiny on purpose; it imports nothing heavy.
import { labelLinesInRows } from '../charts/options/wall-rows.ts';
import { startEarlyRequest } from '../data/early-request.ts';
import { clockText } from '../features/wall/clock-format.ts';
import { fitScale, stageTransform } from '../features/wall/stage-size.ts';
import { LANG_PARAMS, type LangParam } from '../store/lang-param.ts';
import {
  keepPreview,
  type PreviewBox,
  type PreviewReply,
  type PreviewRequest,
} from '../features/wall/wall-previews.ts';
import type { Lang } from '../data/bundle-schema.ts';
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
  bytes: ArrayBuffer,
  expected: { sha256?: string; fingerprint: string },
): Promise<boolean> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle && expected.sha256) {
    return (await sha256Hex(subtle, bytes)) === expected.sha256;
  }
  return fingerprint(new TextDecoder().decode(bytes)) === expected.fingerprint;
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
  const shown = await showIfCurrent(shell, template, kind, lang, {
    catalogUrl,
    bundleUrl,
    sha256,
    fingerprint: expected,
  });
  // A wall's chart pictures are drawn by a worker, started after the frame that paints the
  // figures: started with the page (its code loading while the requests were answered), it took
  // the second core from that paint on a two-core machine, 30% later at 4x CPU. The boxes are
  // then measured without forcing a layout before that paint either.
  if (shown && kind === 'wall') {
    requestAnimationFrame(() =>
      setTimeout(() => {
        const worker = startPreviewWorker();
        if (worker) drawWallPreviews(worker, shell, shown.bytes, lang);
      }, 0),
    );
  }
}

/** Puts the first screen up if the server's bundle is the one it was built from; its bytes if so. */
async function showIfCurrent(
  shell: HTMLElement,
  template: HTMLTemplateElement,
  kind: 'desk' | 'wall',
  lang: Lang,
  expected: { catalogUrl: string; bundleUrl: string; sha256?: string; fingerprint: string },
): Promise<{ bytes: ArrayBuffer } | undefined> {
  const { catalogUrl, bundleUrl } = expected;
  // Both requests are preloaded by index.html, and the app takes these responses over.
  const [catalog, bundle] = await Promise.all([copy(catalogUrl), copy(bundleUrl)]);
  // A new default bundle, or new figures in this one: the app's own render is the only truth.
  if (firstBundleUrl(await catalog?.text()) !== bundleUrl || bundle === undefined) return;
  const bytes = await bundle.arrayBuffer();
  if (!(await isBuiltBundle(bytes, expected))) return;
  // The app drew first (it takes the shell away when it does): nothing to show.
  if (!shell.isConnected) return;
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  const screen = template.content.cloneNode(true) as DocumentFragment;
  if (kind === 'wall') fitWall(screen, shell);
  shell.replaceChildren(screen);
  return { bytes };
}

/** The worker that draws the wall's chart pictures, where the browser can run it. */
function startPreviewWorker(): Worker | undefined {
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return undefined;
  try {
    return new Worker(new URL('../features/wall/wall-preview.worker.ts', import.meta.url), {
      type: 'module',
    });
  } catch {
    return undefined;
  }
}

/**
 * Asks `worker` to draw the first page's charts of the wall's first screen, from the bundle just
 * checked, and puts each in its box as it comes (and keeps it for the live wall, which shows it
 * until its own chart has drawn). Where there is no worker or it fails, the boxes stay empty
 * until the live charts draw, as before.
 */
function drawWallPreviews(
  worker: Worker,
  shell: HTMLElement,
  bytes: ArrayBuffer,
  lang: Lang,
): void {
  const places = new Map<string, HTMLElement>();
  const boxes: PreviewBox[] = [];
  for (const article of shell.querySelectorAll<HTMLElement>('.wall-page--shown .wall-panel')) {
    const place = article.querySelector<HTMLElement>('.chart-placeholder');
    const panelId = article.dataset.panelId;
    if (!place || !panelId) continue;
    places.set(panelId, place);
    boxes.push({
      panelId,
      // Design pixels: the stage's scale is a transform, which offsetHeight does not see.
      width: Number(article.dataset.chartWidth),
      height: place.offsetHeight,
      // As the live panel does (wall-panel.tsx): no more lines than its rows hold.
      labelLines: labelLinesInRows(
        Number(article.dataset.labelLines) || 1,
        Number(article.dataset.bars) || 1,
        place.offsetHeight,
      ),
      featured: article.classList.contains('wall-panel--featured'),
    });
  }
  if (!shell.isConnected || boxes.length === 0) {
    worker.terminate();
    return;
  }
  let left = boxes.length;
  worker.onmessage = (event: MessageEvent<PreviewReply>) => {
    const reply = event.data;
    if ('svg' in reply) {
      keepPreview(reply.key, reply.svg);
      const place = places.get(reply.panelId);
      if (place?.isConnected) {
        place.innerHTML = reply.svg;
        place.classList.add('chart-placeholder--preview');
      }
    }
    left -= 1;
    if (left === 0) worker.terminate();
  };
  worker.onerror = () => worker.terminate();
  worker.postMessage({ bytes, lang, boxes } satisfies PreviewRequest, [bytes]);
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
