import { describe, expect, it } from 'vitest';
import { forgetResume, noteReload, readWallResume } from './wall-resume.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe('wall resume record', () => {
  it('keeps the place and counts reloads across reloads, and the place is taken once', () => {
    const storage = memoryStorage();
    expect(readWallResume(storage)).toEqual({ reloads: [], count: 0 });
    noteReload(storage, 1_000, { step: 7, lang: 'en', bundle: null });
    expect(readWallResume(storage)).toEqual({
      resume: { step: 7, lang: 'en', bundle: null },
      reloads: [1_000],
      count: 1,
    });
    forgetResume(storage);
    expect(readWallResume(storage)).toEqual({ reloads: [1_000], count: 1 });
    noteReload(storage, 5_000, { step: 2, lang: 'zh', bundle: '/data/bundles/x.json' });
    expect(readWallResume(storage).count).toBe(2);
    expect(readWallResume(storage).reloads).toEqual([1_000, 5_000]);
  });

  it('keeps which report of a tour was on screen, and drops a report that is not a name', () => {
    const storage = memoryStorage();
    noteReload(storage, 1_000, { step: 2, lang: 'zh', bundle: 'a,b,c', report: 'b' });
    expect(readWallResume(storage).resume).toEqual({
      step: 2,
      lang: 'zh',
      bundle: 'a,b,c',
      report: 'b',
    });
    const odd = '{"resume":{"step":1,"lang":"en","bundle":"a,b","report":7}}';
    expect(readWallResume(memoryStorage({ 'wall-resume': odd })).resume).toEqual({
      step: 1,
      lang: 'en',
      bundle: 'a,b',
    });
  });

  it('ignores a record that is not one', () => {
    for (const raw of ['{', '42', '{"resume":{"step":-1,"lang":"zh","bundle":null}}']) {
      const record = readWallResume(memoryStorage({ 'wall-resume': raw }));
      expect(record.resume).toBeUndefined();
    }
    const odd = readWallResume(
      memoryStorage({
        'wall-resume': '{"resume":{"step":3,"lang":"fr","bundle":null},"count":"x"}',
      }),
    );
    expect(odd).toEqual({ reloads: [], count: 0 });
  });
});
