import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { revisePrecacheEntry } from './precache-revision.ts';

const SW =
  's.precacheAndRoute([{url:"index.html",revision:"a44398008b062c9d39e1119af3fd483c"},' +
  '{url:"assets/start-UVgfFUAd.js",revision:null}],{})';

describe('revisePrecacheEntry', () => {
  it('gives index.html the revision of the page as rewritten after the build', () => {
    const html = '<!doctype html><div id="shell">52.58万人</div>';
    const md5 = createHash('md5').update(html).digest('hex');
    const revised = revisePrecacheEntry(SW, 'index.html', html);
    expect(revised).toContain(`{url:"index.html",revision:"${md5}"}`);
    expect(revised).toContain('{url:"assets/start-UVgfFUAd.js",revision:null}');
  });

  it('says so when the worker does not precache the page', () => {
    expect(revisePrecacheEntry(SW, 'other.html', 'x')).toBeUndefined();
    expect(revisePrecacheEntry('', 'index.html', 'x')).toBeUndefined();
  });
});
