import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeBundle } from '../../tests/unit/make-bundle.ts';
import { restoreLastGood, saveLastGood, saveLastGoodSoon } from './persisted-bundle.ts';

describe('last good bundle', () => {
  beforeEach(() => localStorage.clear());

  it('comes back validated for the same build', async () => {
    const bundle = makeBundle();
    saveLastGood('default', bundle, 'build-1', 1000);
    expect(await restoreLastGood('default', 'build-1')).toEqual({ bundle, savedAt: 1000 });
  });

  it('is discarded when the build changes', async () => {
    saveLastGood('default', makeBundle(), 'build-1', 1000);
    expect(await restoreLastGood('default', 'build-2')).toBeUndefined();
    expect(await restoreLastGood('default', 'build-1')).toBeUndefined();
  });

  it('is discarded when tampered into an invalid bundle', async () => {
    saveLastGood('default', makeBundle(), 'build-1', 1000);
    const key = Object.keys(localStorage)[0] as string;
    const saved = JSON.parse(localStorage.getItem(key) as string);
    saved.bundle.indicators[0].value = -1;
    localStorage.setItem(key, JSON.stringify(saved));
    expect(await restoreLastGood('default', 'build-1')).toBeUndefined();
  });

  it('survives garbage in storage', async () => {
    localStorage.setItem('indicator-dashboard:last-good:default', '{not json');
    expect(await restoreLastGood('default', 'build-1')).toBeUndefined();
  });
});

describe('last good bundle saved soon', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('is written in a later moment, the latest save of a key winning', async () => {
    const first = makeBundle();
    const second = makeBundle({ title: { zh: '第二', en: 'Second' } });
    saveLastGoodSoon('default', first, 'build-1', 1000);
    saveLastGoodSoon('default', second, 'build-1', 2000);
    expect(await restoreLastGood('default', 'build-1')).toBeUndefined();
    vi.runAllTimers();
    expect(await restoreLastGood('default', 'build-1')).toEqual({ bundle: second, savedAt: 2000 });
  });

  it('is written at once when the page is left before that moment', async () => {
    const bundle = makeBundle();
    saveLastGoodSoon('other', bundle, 'build-1', 3000);
    window.dispatchEvent(new Event('pagehide'));
    expect(await restoreLastGood('other', 'build-1')).toEqual({ bundle, savedAt: 3000 });
  });
});
