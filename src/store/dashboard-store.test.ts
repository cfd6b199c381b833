import { describe, expect, it } from 'vitest';
import { parseUrlState } from './url-state.ts';
import { createDashboardStore } from './dashboard-store.ts';

const storeFor = (search: string) => {
  const store = createDashboardStore();
  store.getState().applyUrlState(parseUrlState(search).state, 'zh');
  return store;
};

describe('language', () => {
  it('keeps lang=cycle in the address while the wall alternates', () => {
    const store = storeFor('?mode=screen&lang=cycle');
    store.getState().setLang('en', 'wall');
    expect(store.getState()).toMatchObject({ lang: 'en', langParam: 'cycle' });
  });

  it("puts the reader's own choice in the address, in place of both or cycle", () => {
    const store = storeFor('?lang=both');
    store.getState().setLang('en');
    // Before, the address kept lang=both and a reload brought Chinese back.
    expect(store.getState()).toMatchObject({ lang: 'en', langParam: 'en' });
  });
});
