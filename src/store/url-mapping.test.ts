import { describe, expect, it } from 'vitest';
import { createDashboardStore } from './dashboard-store.ts';
import { fromUrlState, toUrlState } from './url-mapping.ts';
import { parseUrlState, serializeUrlState } from './url-state.ts';

const ADDRESSES = [
  '',
  '?lang=en',
  '?bundle=other&lang=both&mode=screen&interval=20&refresh=5',
  '?cat=training,aid&theme=digital&unit=person,yuan&q=%E6%8A%80%E8%83%BD&view=table&sort=label&ind=trained&cmp=a,b',
  '?lang=cycle&mode=screen',
  '?view=table&sort=-category',
  '?mode=screen&health=1',
  '?bundle=anhui-2026-government-work-report&cmp=new-urban-jobs-2025,zhejiang-2026-government-work-report:new-urban-jobs-2025&norm=per-year',
  '?bundle=a,b,c&mode=screen',
  '?bundle=%2Fdata%2Fbundles%2Fx.json,huainan-union-five-year&lang=cycle&mode=screen&refresh=5',
];

describe('URL ↔ store mapping', () => {
  it.each(ADDRESSES)('reads %j into the store and writes the same address back', (address) => {
    const { state: url, ignored } = parseUrlState(address);
    expect(ignored).toEqual([]);
    const store = createDashboardStore();
    store.getState().applyUrlState(url, 'zh');
    expect(toUrlState(store.getState())).toEqual(url);
    expect(serializeUrlState(toUrlState(store.getState()))).toBe(address);
  });

  it('sets every field the address mirrors, and the language shown', () => {
    const { state: url } = parseUrlState('?lang=both&cat=x&ind=y');
    const mirrored = fromUrlState(url, 'en');
    expect(mirrored.lang).toBe('en');
    expect(mirrored.langParam).toBe('both');
    expect(mirrored.filters.cat).toEqual(['x']);
    expect(mirrored.selected).toBe('y');
  });
});
