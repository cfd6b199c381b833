import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeBundle } from '../../tests/unit/make-bundle.ts';
import { restoreLastGood, saveLastGood, saveLastGoodSoon } from './persisted-bundle.ts';

describe('last good bundle', () => {
  beforeEach(() => localStorage.clear());

  it('comes back validated for the same build', () => {
    const bundle = makeBundle();
    saveLastGood('default', bundle, 'build-1', 1000);
    expect(restoreLastGood('default', 'build-1')).toEqual({ bundle, savedAt: 1000 });
  });

  it('is discarded when the build changes', () => {
    saveLastGood('default', makeBundle(), 'build-1', 1000);
    expect(restoreLastGood('default', 'build-2')).toBeUndefined();
    expect(restoreLastGood('default', 'build-1')).toBeUndefined();
  });

  it('is discarded when tampered into an invalid bundle', () => {
    saveLastGood('default', makeBundle(), 'build-1', 1000);
    const key = Object.keys(localStorage)[0] as string;
    const saved = JSON.parse(localStorage.getItem(key) as string);
    saved.bundle.indicators[0].value = -1;
    localStorage.setItem(key, JSON.stringify(saved));
    expect(restoreLastGood('default', 'build-1')).toBeUndefined();
  });

  it('survives garbage in storage', () => {
    localStorage.setItem('indicator-dashboard:last-good:default', '{not json');
    expect(restoreLastGood('default', 'build-1')).toBeUndefined();
  });
});

describe('last good bundle saved soon', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('is written in a later moment, the latest save of a key winning', () => {
    const first = makeBundle();
    const second = makeBundle({ title: { zh: '第二', en: 'Second' } });
    saveLastGoodSoon('default', first, 'build-1', 1000);
    saveLastGoodSoon('default', second, 'build-1', 2000);
    expect(restoreLastGood('default', 'build-1')).toBeUndefined();
    vi.runAllTimers();
    expect(restoreLastGood('default', 'build-1')).toEqual({ bundle: second, savedAt: 2000 });
  });

  it('is written at once when the page is left before that moment', () => {
    const bundle = makeBundle();
    saveLastGoodSoon('other', bundle, 'build-1', 3000);
    window.dispatchEvent(new Event('pagehide'));
    expect(restoreLastGood('other', 'build-1')).toEqual({ bundle, savedAt: 3000 });
  });
});
