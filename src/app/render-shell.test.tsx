import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeBundle } from '../../tests/unit/make-bundle.ts';
import { indexBundle } from '../store/bundle-index.ts';
import { headlineIndicators } from '../store/selectors.ts';
import { displayValue } from '../ui/indicator-text.ts';
import { withShell } from './render-shell.tsx';
import { fingerprint, sha256Hex } from './shell.ts';

const PAGE = '<html><body><div id="root"></div></body></html>';
const bundleUrl = '/data/bundles/test.json';
const catalogText = JSON.stringify({ bundles: [{ id: 'test', url: bundleUrl }] });
const bundleText = JSON.stringify(makeBundle());

/** The text a reader sees in a template of the page, tags and attributes dropped. */
function templateText(html: string, lang: string): string {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const template = document.getElementById(`shell-${lang}`) as HTMLTemplateElement;
  return template.content.textContent ?? '';
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
      const text = templateText(html, lang);
      expect(text).toContain(makeBundle().title[lang]);
      for (const indicator of headline) {
        expect(text).toContain(indicator.label[lang]);
        // The figure is split into number and unit for the strip; both parts are there.
        expect(text.replace(/\s/g, '')).toContain(displayValue(indicator, lang).replace(/\s/g, ''));
      }
    }
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
});
