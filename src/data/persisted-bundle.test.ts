import { beforeEach, describe, expect, it } from 'vitest';
import { makeBundle } from '../../tests/unit/make-bundle.ts';
import { restoreLastGood, saveLastGood } from './persisted-bundle.ts';

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
