import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState } from './url-state.ts';
import { toUrlState } from './url-mapping.ts';
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

describe('chooseBundle', () => {
  it("opens another bundle and drops what named the old one's figures", () => {
    const store = storeFor('?cat=economy&q=gdp&ind=gdp-2025&cmp=a,b&view=table&sort=label&lang=en');
    store.getState().chooseBundle('zhejiang-2026-government-work-report');
    expect(serializeUrlState(toUrlState(store.getState()))).toBe(
      '?bundle=zhejiang-2026-government-work-report&lang=en&view=table&sort=label',
    );
  });

  it('keeps figures compared by report and how they are normalised', () => {
    const store = storeFor('?cmp=a,anhui:gdp-2025&norm=per-year');
    store.getState().chooseBundle('zhejiang-2026-government-work-report');
    expect(serializeUrlState(toUrlState(store.getState()))).toBe(
      '?bundle=zhejiang-2026-government-work-report&cmp=anhui:gdp-2025&norm=per-year',
    );
  });

  it('changes nothing when the bundle on screen is chosen again', () => {
    const store = storeFor('?bundle=anhui&cat=economy');
    const before = store.getState();
    store.getState().chooseBundle('anhui');
    expect(store.getState()).toBe(before);
  });
});
