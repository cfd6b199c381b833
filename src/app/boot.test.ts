import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { takeEarlyRequest } from '../data/early-request.ts';
import { showFirstScreen } from './boot.ts';
import { LANG_STORAGE_KEY } from './initial-lang.ts';
import { fingerprint } from './shell.ts';

const BUNDLE_URL = '/data/bundles/b.json';
const CATALOG_URL = '/data/catalog.json';
const bundleText = '{"figures":"as built"}';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The wall's first screen as the build renders it: a 1920×1080 stage, a clock left empty. */
const WALL_SCREEN =
  '<div class="wall-stage" style="transform:translate(-50%, -50%) scale(1)" data-scale="1.0000">' +
  '<time class="wall-clock"></time><span class="wall-kpi__value">';

/** The page as the build leaves it: an empty shell with its checks, and one template per language. */
function buildPage(expected = fingerprint(bundleText), expectedSha = sha256(bundleText)) {
  document.body.innerHTML = `
    <div id="shell" data-catalog-url="${CATALOG_URL}" data-bundle-url="${BUNDLE_URL}"
      data-fingerprint="${expected}" data-sha256="${expectedSha}"></div>
    <template id="shell-zh"><p class="kpi__value">52.58万人</p></template>
    <template id="shell-en"><p class="kpi__value">525,800 people</p></template>
    <template id="shell-wall-zh">${WALL_SCREEN}52.58万人</span></div></template>
    <template id="shell-wall-en">${WALL_SCREEN}525,800 people</span></div></template>
    <div id="root"></div>`;
}

function serve(files: Record<string, string>) {
  const fetch = vi.fn(async (url: string) =>
    url in files ? new Response(files[url]) : new Response('missing', { status: 404 }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const catalog = JSON.stringify({ bundles: [{ url: BUNDLE_URL }] });
const shellText = () => document.getElementById('shell')?.textContent ?? '';

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => {
  vi.unstubAllGlobals();
  takeEarlyRequest(BUNDLE_URL);
  takeEarlyRequest(CATALOG_URL);
});

describe('showFirstScreen', () => {
  it('shows the built first screen when the server still holds the same bundle', async () => {
    buildPage();
    // The test browser speaks English; the reader chose Chinese on an earlier visit.
    localStorage.setItem(LANG_STORAGE_KEY, 'zh');
    serve({ [CATALOG_URL]: catalog, [BUNDLE_URL]: bundleText });
    await showFirstScreen();
    expect(shellText()).toBe('52.58万人');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('hands its responses to the app, whose first request then costs nothing more', async () => {
    buildPage();
    const fetch = serve({ [CATALOG_URL]: catalog, [BUNDLE_URL]: bundleText });
    await showFirstScreen();
    const response = await takeEarlyRequest(BUNDLE_URL);
    expect(await response?.text()).toBe(bundleText);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(takeEarlyRequest(BUNDLE_URL)).toBeUndefined();
  });

  it('picks the language the app will start in', async () => {
    buildPage();
    window.history.replaceState(null, '', '/?lang=en');
    serve({ [CATALOG_URL]: catalog, [BUNDLE_URL]: bundleText });
    await showFirstScreen();
    expect(shellText()).toBe('525,800 people');
  });

  it('reads the language named in any case, as the app does', async () => {
    buildPage();
    window.history.replaceState(null, '', '/?LANG=en');
    serve({ [CATALOG_URL]: catalog, [BUNDLE_URL]: bundleText });
    await showFirstScreen();
    expect(shellText()).toBe('525,800 people');
  });

  it.each([
    ['the bundle on the server changed', { [BUNDLE_URL]: '{"figures":"new"}' }],
    [
      'the catalogue names another bundle first',
      { [CATALOG_URL]: '{"bundles":[{"url":"/n.json"}]}' },
    ],
    ['the bundle is missing', { [BUNDLE_URL]: undefined }],
  ])('shows nothing when %s', async (_name, change) => {
    buildPage();
    const files = { [CATALOG_URL]: catalog, [BUNDLE_URL]: bundleText, ...change };
    serve(
      Object.fromEntries(Object.entries(files).filter(([, text]) => text !== undefined)) as Record<
        string,
        string
      >,
    );
    await showFirstScreen();
    expect(shellText()).toBe('');
  });

  it("checks the bundle's SHA-256 where the browser offers one", async () => {
    expect(globalThis.crypto?.subtle).toBeDefined();
    // A fingerprint that no longer matches is not consulted: the digest decides.
    buildPage('00000000-0', sha256(bundleText));
    serve({ [CATALOG_URL]: catalog, [BUNDLE_URL]: bundleText });
    await showFirstScreen();
    expect(shellText()).toBe('525,800 people');

    buildPage(fingerprint(bundleText), sha256('{"figures":"new"}'));
    serve({ [CATALOG_URL]: catalog, [BUNDLE_URL]: bundleText });
    await showFirstScreen();
    expect(shellText()).toBe('');
  });

  it('compares the fingerprint on a page without crypto.subtle (plain HTTP to another host)', async () => {
    vi.stubGlobal('crypto', {});
    buildPage(fingerprint(bundleText), 'not-consulted');
    serve({ [CATALOG_URL]: catalog, [BUNDLE_URL]: bundleText });
    await showFirstScreen();
    expect(shellText()).toBe('525,800 people');

    buildPage(fingerprint('{"figures":"new"}'), sha256(bundleText));
    serve({ [CATALOG_URL]: catalog, [BUNDLE_URL]: bundleText });
    await showFirstScreen();
    expect(shellText()).toBe('');
  });

  it.each([
    'mode=screen&bundle=/other.json',
    'mode=screen&lang=both',
    'mode=studio',
    'bundle=/other.json',
    'view=table',
  ])('does not ask the server at all under ?%s', async (query) => {
    buildPage();
    window.history.replaceState(null, '', `/?${query}`);
    const fetch = serve({ [CATALOG_URL]: catalog, [BUNDLE_URL]: bundleText });
    await showFirstScreen();
    expect(fetch).not.toHaveBeenCalled();
    expect(shellText()).toBe('');
  });

  it('leaves the page alone when the app drew first', async () => {
    buildPage();
    serve({ [CATALOG_URL]: catalog, [BUNDLE_URL]: bundleText });
    const shown = showFirstScreen();
    document.getElementById('shell')?.remove();
    await shown;
    expect(document.querySelector('.kpi__value')).toBeNull();
  });

  it('does nothing on a page built without a first screen', async () => {
    document.body.innerHTML = '<div id="root"></div>';
    const fetch = serve({});
    await showFirstScreen();
    expect(fetch).not.toHaveBeenCalled();
  });

  describe('on a wall', () => {
    const stage = () => document.querySelector<HTMLElement>('#shell .wall-stage');

    it("shows the wall's first screen, scaled to the window, with the time on its clock", async () => {
      buildPage();
      window.history.replaceState(null, '', '/?mode=screen&lang=en');
      serve({ [CATALOG_URL]: catalog, [BUNDLE_URL]: bundleText });
      await showFirstScreen();
      expect(shellText()).toContain('525,800 people');
      const scale = Math.min(window.innerWidth / 1920, window.innerHeight / 1080);
      expect(stage()?.style.transform).toBe(`translate(-50%, -50%) scale(${scale})`);
      expect(stage()?.dataset.scale).toBe(scale.toFixed(4));
      expect(document.querySelector('#shell .wall-clock')?.textContent).toMatch(/^\d\d:\d\d:\d\d$/);
      expect(document.documentElement.lang).toBe('en');
    });

    it('shows the first language of a wall that alternates (lang=cycle)', async () => {
      buildPage();
      window.history.replaceState(null, '', '/?mode=screen&lang=cycle');
      serve({ [CATALOG_URL]: catalog, [BUNDLE_URL]: bundleText });
      await showFirstScreen();
      expect(shellText()).toContain('52.58万人');
    });

    it('follows the window when it is resized before the wall takes over', async () => {
      buildPage();
      window.history.replaceState(null, '', '/?mode=screen');
      serve({ [CATALOG_URL]: catalog, [BUNDLE_URL]: bundleText });
      await showFirstScreen();
      vi.stubGlobal('innerWidth', 960);
      vi.stubGlobal('innerHeight', 1080);
      window.dispatchEvent(new Event('resize'));
      expect(stage()?.dataset.scale).toBe('0.5000');
    });

    it.each([
      ['the bundle on the server changed', { [BUNDLE_URL]: '{"figures":"new"}' }],
      [
        'the catalogue names another bundle first',
        { [CATALOG_URL]: '{"bundles":[{"url":"/n.json"}]}' },
      ],
    ])('shows nothing when %s', async (_name, change) => {
      buildPage();
      window.history.replaceState(null, '', '/?mode=screen');
      serve({ [CATALOG_URL]: catalog, [BUNDLE_URL]: bundleText, ...change });
      await showFirstScreen();
      expect(shellText()).toBe('');
    });

    it('shows nothing on a wall that reloaded itself to pick its tour up at a later step', async () => {
      buildPage();
      window.history.replaceState(null, '', '/?mode=screen');
      sessionStorage.setItem(
        'wall-resume',
        JSON.stringify({ resume: { step: 7, lang: 'zh', bundle: null }, reloads: [1], count: 1 }),
      );
      const fetch = serve({ [CATALOG_URL]: catalog, [BUNDLE_URL]: bundleText });
      await showFirstScreen();
      expect(fetch).not.toHaveBeenCalled();
      expect(shellText()).toBe('');
    });
  });
});
