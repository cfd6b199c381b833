import { describe, expect, it } from 'vitest';
import { formatUptime, shortSha256 } from './health-text.ts';

describe('formatUptime', () => {
  it.each([
    [0, 'zh', '0分'],
    [59_000, 'en', '0 min'],
    [61 * 60_000, 'zh', '1小时 1分'],
    [61 * 60_000, 'en', '1 h 1 min'],
    [(3 * 1440 + 5) * 60_000, 'en', '3 d 0 h 5 min'],
    [(3 * 1440 + 4 * 60 + 5) * 60_000, 'zh', '3天 4小时 5分'],
  ] as const)('%i ms in %s is %s', (ms, lang, expected) => {
    expect(formatUptime(ms, lang)).toBe(expected);
  });
});

describe('shortSha256', () => {
  it('is the start of the SHA-256 of the text', async () => {
    // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    expect(await shortSha256('abc')).toBe('ba7816bf8f01');
    expect(await shortSha256('abc', 64)).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
