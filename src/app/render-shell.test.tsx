import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeBundle } from '../../tests/unit/make-bundle.ts';
import { indexBundle } from '../store/bundle-index.ts';
import { headlineIndicators, resolvePanels } from '../store/selectors.ts';
import { displayValue } from '../ui/indicator-text.ts';
import { withShell } from './render-shell.tsx';
import { fingerprint, sha256Hex } from './shell.ts';

const PAGE = '<html><body><div id="root"></div></body></html>';
const bundleUrl = '/data/bundles/test.json';
const catalogText = JSON.stringify({ bundles: [{ id: 'test', url: bundleUrl }] });
const bundleText = JSON.stringify(makeBundle());

/** The text a reader sees in a template of the page, tags and attributes dropped. */
function templateText(html: string, id: string): string {
  return template(html, id).textContent ?? '';
}

function template(html: string, id: string): DocumentFragment {
  const document = new DOMParser().parseFromString(html, 'text/html');
  return (document.getElementById(id) as HTMLTemplateElement).content;
}

describe('fingerprint', () => {
  it('is the same for the same text and differs when one figure changes', () => {
    const text = readFileSync('public/data/bundles/huainan-union-five-year.json', 'utf8');
    expect(fingerprint(text)).toBe(fingerprint(`${text}`));
    expect(fingerprint(text.replace('"value": 525800', '"value": 525801'))).not.toBe(
      fingerprint(text),
    );
  });
});

describe('withShell', () => {
  it('puts the first screen in both languages before the root, with the bundle it came from', async () => {
    const { html, skipped } = withShell(PAGE, { catalogText, bundleUrl, bundleText });
    expect(skipped).toBeUndefined();
    const shell = new DOMParser().parseFromString(html, 'text/html').getElementById('shell');
    expect(shell?.nextElementSibling?.id).toBe('shell-zh');
    expect(shell?.dataset).toMatchObject({
      bundleUrl,
      catalogUrl: '/data/catalog.json',
      fingerprint: fingerprint(bundleText),
    });
    // The build's digest is the one the browser computes over the bytes it receives.
    const bytes = new TextEncoder().encode(bundleText);
    expect(shell?.dataset.sha256).toBe(
      await sha256Hex(crypto.subtle, bytes.buffer.slice(0, bytes.byteLength) as ArrayBuffer),
    );
    const headline = headlineIndicators(indexBundle(makeBundle()));
    for (const lang of ['zh', 'en'] as const) {
      const text = templateText(html, `shell-${lang}`);
      expect(text).toContain(makeBundle().title[lang]);
      for (const indicator of headline) {
        expect(text).toContain(indicator.label[lang]);
        // The figure is split into number and unit for the strip; both parts are there.
        expect(text.replace(/\s/g, '')).toContain(displayValue(indicator, lang).replace(/\s/g, ''));
      }
    }
  });

  it('replaces the first screen of an earlier run rather than adding a second', () => {
    const once = withShell(PAGE, { catalogText, bundleUrl, bundleText }).html;
    expect(withShell(once, { catalogText, bundleUrl, bundleText }).html).toBe(once);
    const bundle = makeBundle();
    const changed = JSON.stringify({
      ...bundle,
      indicators: bundle.indicators.map((indicator, index) =>
        index === 0 ? { ...indicator, value: indicator.value + 1 } : indicator,
      ),
    });
    expect(changed).not.toBe(bundleText);
    const again = withShell(once, { catalogText, bundleUrl, bundleText: changed }).html;
    expect(again.match(/id="shell"/g)).toHaveLength(1);
    expect(again).toContain(`data-fingerprint="${fingerprint(changed)}"`);
  });

  it('leaves test ids out and makes the copy inert, so only the live app is ever used', () => {
    const { html } = withShell(PAGE, { catalogText, bundleUrl, bundleText });
    const shellMarkup = html.slice(html.indexOf('<template'), html.indexOf('<div id="root">'));
    expect(shellMarkup).not.toContain('data-testid');
    expect(shellMarkup).toContain('<div class="shell" inert>');
  });

  it.each([
    [
      'the catalogue names another bundle first',
      { catalogText: '{"bundles":[{"url":"/x.json"}]}' },
    ],
    ['the bundle is not valid', { bundleText: '{"schemaVersion":1}' }],
  ])('leaves the page as it was when %s', (_name, change) => {
    const result = withShell(PAGE, { catalogText, bundleUrl, bundleText, ...change });
    expect(result.html).toBe(PAGE);
    expect(result.skipped).toBeTruthy();
  });

  it("puts the wall's first screen in both languages: title, final headline figures, panel titles", () => {
    const { html } = withShell(PAGE, { catalogText, bundleUrl, bundleText });
    const bundle = makeBundle();
    const index = indexBundle(bundle);
    const headline = headlineIndicators(index);
    for (const lang of ['zh', 'en'] as const) {
      const wall = template(html, `shell-wall-${lang}`);
      expect(wall.querySelector('.wall-header h1')?.textContent).toBe(bundle.title[lang]);
      const figures = [...wall.querySelectorAll('.wall-kpi__value')].map((value) =>
        value.getAttribute('aria-label'),
      );
      expect(figures).toEqual(headline.map((indicator) => displayValue(indicator, lang)));
      // Each figure as it ends up, not the start of a count from 0.
      const numbers = [...wall.querySelectorAll('.wall-kpi__number > span')].map(
        (number) => number.textContent,
      );
      expect(numbers.join(' ')).not.toMatch(/(^| )0( |$)/);
      // The first page shown and its first panel featured, as the wall's first step has them.
      const shown = wall.querySelectorAll('.wall-page--shown');
      expect(shown).toHaveLength(1);
      const titles = [...(shown[0]?.querySelectorAll('.wall-panel h2') ?? [])].map(
        (title) => title.textContent,
      );
      const panels = resolvePanels(index, index.bundle.indicators, { maxBars: 5 });
      expect(titles).toEqual(panels.slice(0, titles.length).map((panel) => panel.title[lang]));
      expect(titles.length).toBeGreaterThan(0);
      expect(shown[0]?.querySelector('.wall-panel')?.classList).toContain('wall-panel--featured');
      // At design size; the page's first script scales it to the window.
      expect(wall.querySelector<HTMLElement>('.wall-stage')?.style.width).toBe('1920px');
    }
  });
});
