import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installWorker, type FakeWorker } from '../../tests/unit/fake-validation-worker.ts';
import { makeBundle } from '../../tests/unit/make-bundle.ts';
import type { Bundle } from './bundle-schema.ts';
import { restoreLastGood, saveLastGood } from './persisted-bundle.ts';
import { HELD_AT_MOST } from './validate-requests.ts';

// IndexedDB (fake-indexeddb) lasts the whole file: each test keeps its bundles under keys of its own.

describe('last good bundle written as a page is left (localStorage)', () => {
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

describe('last good bundle kept by the validation worker (IndexedDB)', () => {
  beforeEach(() => {
    // The modules hold their worker and what they stored: each test is a page of its own.
    vi.resetModules();
    localStorage.clear();
  });
  afterEach(() => vi.unstubAllGlobals());

  const load = () => import('./persisted-bundle.ts');
  const saves = (workers: FakeWorker[]) =>
    workers
      .flatMap((worker) => worker.received)
      .filter((request) => request.kind === 'save-last-good');

  /** `bundle` as the worker checks a fetched bundle: the worker then holds its copy. */
  async function checkedInWorker(bundle: Bundle): Promise<Bundle> {
    const { validateBundleText } = await import('./validate-off-thread.ts');
    const result = await validateBundleText(JSON.stringify(bundle), (text) => JSON.parse(text));
    if (!result.ok) throw new Error('the test bundle was refused');
    return result.bundle;
  }

  /** What a page started later restores, once the store has settled. */
  async function restoredLater(key: string, build = 'build-1') {
    vi.resetModules();
    installWorker('answer');
    const later = await load();
    return later.restoreLastGood(key, build);
  }

  it('is stored by the worker that checked it, the page sending only its name', async () => {
    const workers = installWorker('answer');
    const bundle = await checkedInWorker(makeBundle({ id: 'held' }));
    const { saveLastGoodSoon } = await load();
    saveLastGoodSoon('held', bundle, 'build-1', 1000);
    await vi.waitFor(() => expect(saves(workers)).toHaveLength(1));
    expect(saves(workers)[0]).toHaveProperty('checkedBy');
    expect(saves(workers)[0]).not.toHaveProperty('bundle');
    await vi.waitFor(async () =>
      expect(await restoredLater('held')).toEqual({ bundle, savedAt: 1000 }),
    );
    expect(localStorage.length).toBe(0);
  });

  it('sends a bundle the worker no longer holds along, in an idle moment', async () => {
    const workers = installWorker('answer');
    const first = await checkedInWorker(makeBundle({ id: 'first' }));
    for (let i = 0; i < HELD_AT_MOST; i += 1) {
      await checkedInWorker(makeBundle({ id: `later-${i}` }));
    }
    const { saveLastGoodSoon } = await load();
    saveLastGoodSoon('evicted', first, 'build-1', 2000);
    await vi.waitFor(() => expect(saves(workers)).toHaveLength(2));
    expect(saves(workers)[0]).not.toHaveProperty('bundle');
    expect(saves(workers)[1]).toMatchObject({ bundle: first });
    await vi.waitFor(async () =>
      expect(await restoredLater('evicted')).toEqual({ bundle: first, savedAt: 2000 }),
    );
  });

  it('stores the same fetch of a report once', async () => {
    const workers = installWorker('answer');
    const bundle = await checkedInWorker(makeBundle({ id: 'once' }));
    const { saveLastGoodSoon } = await load();
    saveLastGoodSoon('once', bundle, 'build-1', 3000);
    // Saved again while the first is on its way, as a tour saves every report when one arrives.
    saveLastGoodSoon('once', bundle, 'build-1', 3000);
    await vi.waitFor(async () => expect(await restoredLater('once')).toBeDefined());
    saveLastGoodSoon('once', bundle, 'build-1', 3000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(saves(workers)).toHaveLength(1);
    // A later fetch is stored: the worker let the bundle go, so it is sent along.
    saveLastGoodSoon('once', bundle, 'build-1', 4000);
    await vi.waitFor(async () => expect((await restoredLater('once'))?.savedAt).toBe(4000));
    expect(saves(workers)).toHaveLength(3);
  });

  it('names the check a report kept when its bundle is an equal copy, and lets the bundle go once stored', async () => {
    const workers = installWorker('answer');
    const bundle = await checkedInWorker(makeBundle({ id: 'copy' }));
    const { checkedByOf } = await import('./validate-off-thread.ts');
    const check = checkedByOf(bundle);
    expect(check).toBeDefined();
    // What react-query's structural sharing may hand over: an equal object of an earlier fetch.
    const copy = structuredClone(bundle);
    const { saveLastGoodSoon } = await load();
    saveLastGoodSoon('copy', copy, 'build-1', 1000, check);
    await vi.waitFor(async () =>
      expect(await restoredLater('copy')).toEqual({ bundle, savedAt: 1000 }),
    );
    expect(saves(workers)).toEqual([expect.objectContaining({ checkedBy: check })]);
    expect(saves(workers)[0]).not.toHaveProperty('bundle');
    // Stored, the worker no longer holds it: a later save of that check sends the bundle along.
    saveLastGoodSoon('copy', copy, 'build-1', 2000, check);
    await vi.waitFor(() => expect(saves(workers)).toHaveLength(3));
    expect(saves(workers)[2]).toMatchObject({ bundle: copy, savedAt: 2000 });
  });

  it("stores a key's latest save, never an earlier one overtaken while it waited", async () => {
    const workers = installWorker('answer');
    const earlier = makeBundle({ id: 'earlier' });
    const later = await checkedInWorker(makeBundle({ id: 'later' }));
    const { saveLastGoodSoon } = await load();
    // Not checked by the worker: it waits for an idle moment to be sent along.
    saveLastGoodSoon('latest', earlier, 'build-1', 1000);
    saveLastGoodSoon('latest', later, 'build-1', 2000);
    await vi.waitFor(async () =>
      expect(await restoredLater('latest')).toEqual({ bundle: later, savedAt: 2000 }),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(saves(workers).some((request) => 'bundle' in request)).toBe(false);
    expect((await restoredLater('latest'))?.savedAt).toBe(2000);
  });

  it('carries on storing after the page was left and shown again from the back/forward cache', async () => {
    installWorker('answer');
    // One the worker never checked: it waits for an idle moment, past the page's leaving.
    const bundle = makeBundle({ id: 'bfcache' });
    const { saveLastGoodSoon } = await load();
    saveLastGoodSoon('bfcache', bundle, 'build-1', 1000);
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem('indicator-dashboard:last-good:bfcache')).not.toBeNull();
    // Stored in IndexedDB after all: the copy written on leaving is dropped.
    await vi.waitFor(() =>
      expect(localStorage.getItem('indicator-dashboard:last-good:bfcache')).toBeNull(),
    );
    expect(await restoredLater('bfcache')).toEqual({ bundle, savedAt: 1000 });
  });

  it('stores it on the page where there is no worker', async () => {
    vi.stubGlobal('Worker', undefined);
    const bundle = makeBundle({ id: 'no-worker' });
    const { saveLastGoodSoon, restoreLastGood: restore } = await load();
    saveLastGoodSoon('no-worker', bundle, 'build-1', 5000);
    await vi.waitFor(async () =>
      expect(await restore('no-worker', 'build-1')).toEqual({ bundle, savedAt: 5000 }),
    );
  });

  it('writes it to localStorage where IndexedDB refuses it', async () => {
    vi.stubGlobal('Worker', undefined);
    vi.stubGlobal('indexedDB', undefined);
    const bundle = makeBundle({ id: 'refused' });
    const { saveLastGoodSoon, restoreLastGood: restore } = await load();
    saveLastGoodSoon('refused', bundle, 'build-1', 5500);
    await vi.waitFor(() =>
      expect(localStorage.getItem('indicator-dashboard:last-good:refused')).toContain('refused'),
    );
    expect(await restore('refused', 'build-1')).toEqual({ bundle, savedAt: 5500 });
  });

  it('writes a save not yet stored to localStorage when the page is left', async () => {
    installWorker('fail');
    const bundle = makeBundle({ id: 'leaving' });
    const { saveLastGoodSoon } = await load();
    saveLastGoodSoon('leaving', bundle, 'build-1', 6000);
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem('indicator-dashboard:last-good:leaving')).toContain('leaving');
    vi.resetModules();
    vi.stubGlobal('Worker', undefined);
    const later = await load();
    expect(await later.restoreLastGood('leaving', 'build-1')).toEqual({ bundle, savedAt: 6000 });
  });

  it('gives back the newer of the two copies, and drops the older once the newer is stored', async () => {
    installWorker('answer');
    const older = makeBundle({ id: 'older' });
    const newer = await checkedInWorker(makeBundle({ id: 'newer' }));
    const { saveLastGoodSoon } = await load();
    saveLastGood('both', older, 'build-1', 7000);
    expect((await restoredLater('both'))?.savedAt).toBe(7000);
    saveLastGoodSoon('both', newer, 'build-1', 8000);
    await vi.waitFor(() =>
      expect(localStorage.getItem('indicator-dashboard:last-good:both')).toBeNull(),
    );
    expect(await restoredLater('both')).toEqual({ bundle: newer, savedAt: 8000 });
    // And a copy left later than the one stored comes back instead of it.
    saveLastGood('both', older, 'build-1', 9000);
    expect(await restoredLater('both')).toEqual({ bundle: older, savedAt: 9000 });
  });

  it('is dropped when another build kept it, or it no longer passes the check', async () => {
    installWorker('answer');
    const bundle = await checkedInWorker(makeBundle({ id: 'dropped' }));
    const { saveLastGoodSoon } = await load();
    saveLastGoodSoon('dropped', bundle, 'build-1', 1000);
    await vi.waitFor(async () => expect(await restoredLater('dropped')).toBeDefined());
    expect(await restoredLater('dropped', 'build-2')).toBeUndefined();
    expect(await restoredLater('dropped', 'build-1')).toBeUndefined();

    const { writeLastGood } = await import('./last-good-store.ts');
    const broken = { ...bundle, indicators: [{ ...bundle.indicators[0], value: -1 }] } as Bundle;
    expect(await writeLastGood('broken', broken, 'build-1', 1000)).toBe(true);
    expect(await restoredLater('broken')).toBeUndefined();
  });
});
