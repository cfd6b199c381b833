import { describe, expect, it } from 'vitest';
import {
  bundleList,
  ignoredNotice,
  PARAM_NAMES,
  parseUrlState,
  serializeUrlState,
} from './url-state.ts';

describe('parseUrlState', () => {
  it('reads every parameter the dashboard understands', () => {
    const { state, ignored } = parseUrlState(
      '?bundle=demo&lang=en&mode=screen&cat=a,b&theme=t&unit=yuan,person&q=medical&view=table&sort=label&ind=x-1&cmp=a1,other:b2&norm=per-10k&interval=20&refresh=5&health=1&caption=1',
    );
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      bundle: 'demo',
      lang: 'en',
      mode: 'screen',
      cat: ['a', 'b'],
      theme: ['t'],
      unit: ['yuan', 'person'],
      q: 'medical',
      view: 'table',
      sort: { column: 'label', direction: 'ascending' },
      ind: 'x-1',
      cmp: ['a1', 'other:b2'],
      norm: 'per-10k',
      interval: 20,
      refresh: 5,
      health: true,
      caption: true,
    });
  });

  it('reads several reports for the wall, in order, without blanks or repeats', () => {
    const { state, ignored } = parseUrlState('?mode=screen&bundle=a,/data/b.json,,a,c');
    expect(ignored).toEqual([]);
    expect(state.bundle).toBe('a,/data/b.json,c');
    expect(bundleList(state.bundle)).toEqual(['a', '/data/b.json', 'c']);
    expect(bundleList('/data/x.json')).toEqual(['/data/x.json']);
    expect(bundleList(undefined)).toEqual([]);
  });

  it('gives the desk the first of several reports and says which were left out', () => {
    const { state, ignored } = parseUrlState('?bundle=a,b,c');
    expect(state.bundle).toBe('a');
    expect(ignored).toEqual([{ name: 'bundle', value: 'b,c', reason: 'deskShowsOne' }]);
    expect(ignoredNotice(ignored[0]!)).toEqual({
      key: 'notices.deskShowsOne',
      values: { name: 'bundle', value: 'b,c' },
    });
    expect(serializeUrlState(state)).toBe('?bundle=a');
  });

  it('opens the print briefing and keeps the caption off unless asked', () => {
    const { state, ignored } = parseUrlState('?view=print&caption=yes');
    expect(state.view).toBe('print');
    expect(state.caption).toBe(false);
    expect(ignored).toEqual([{ name: 'caption', value: 'yes' }]);
    expect(serializeUrlState({ ...state, caption: true })).toBe('?view=print&caption=1');
  });

  it.each([
    ['lang', '?lang=fr', 'fr'],
    ['mode', '?mode=<script>', '<script>'],
    ['unit', '?unit=furlongs', 'furlongs'],
    ['cat', '?cat=Bad%20Id', 'Bad Id'],
    ['view', '?view=sideways', 'sideways'],
    ['interval', '?interval=-5', '-5'],
    ['interval', '?interval=NaN', 'NaN'],
    ['refresh', '?refresh=1e9', '1e9'],
    ['health', '?health=yes', 'yes'],
    ['ind', '?ind=javascript:alert(1)', 'javascript:alert(1)'],
    ['sort', '?sort=-price', '-price'],
  ])('drops a bad %s and reports it', (name, search, value) => {
    const { ignored } = parseUrlState(search);
    expect(ignored).toContainEqual({ name, value });
  });

  it('reads the names it knows in any case, as people type them', () => {
    const { state, ignored } = parseUrlState('?Mode=screen&LANG=en&Cat=a,b&utm_Source=x');
    expect(state).toMatchObject({ mode: 'screen', lang: 'en', cat: ['a', 'b'] });
    expect(ignored).toEqual([]);
  });

  it('never throws on random garbage', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 500; run += 1) {
      const params = new URLSearchParams();
      for (const name of PARAM_NAMES) {
        if (random() < 0.5) continue;
        const length = Math.floor(random() * 20);
        params.set(
          name,
          Array.from({ length }, () => String.fromCharCode(Math.floor(random() * 0x2fff))).join(''),
        );
      }
      const { state } = parseUrlState(`?${params}`);
      expect(['analyst', 'screen']).toContain(state.mode);
      expect(state.interval).toBeGreaterThanOrEqual(3);
      expect(state.q.length).toBeLessThanOrEqual(80);
    }
  });

  it('drops a compared figure or normalisation it cannot read, keeping the rest', () => {
    const { state, ignored } = parseUrlState('?cmp=a:b:c,good,x:ok,:bad&norm=per-week');
    expect(state.cmp).toEqual(['good', 'x:ok']);
    expect(state.norm).toBe('total');
    expect(ignored).toEqual([
      { name: 'cmp', value: 'a:b:c' },
      { name: 'cmp', value: ':bad' },
      { name: 'norm', value: 'per-week' },
    ]);
  });

  it('round-trips through serialize, leaving defaults out', () => {
    const { state } = parseUrlState('?cat=a&unit=yuan&q=%E5%8C%BB%E7%96%97&cmp=x,y');
    expect(serializeUrlState(state)).toBe('?cat=a&unit=yuan&q=%E5%8C%BB%E7%96%97&cmp=x,y');
    expect(parseUrlState(serializeUrlState(state)).state).toEqual(state);
    expect(serializeUrlState(parseUrlState('').state)).toBe('');
    // The table's sort: descending with a minus, the default (by value, descending) left out.
    expect(serializeUrlState(parseUrlState('?view=table&sort=-category').state)).toBe(
      '?view=table&sort=-category',
    );
    expect(serializeUrlState(parseUrlState('?sort=-value').state)).toBe('');
  });
});
