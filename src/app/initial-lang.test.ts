import { describe, expect, it } from 'vitest';
import { initialLang } from './initial-lang.ts';

describe('initialLang', () => {
  it.each([
    ['the URL wins', 'en', 'zh', ['zh-CN'], 'en'],
    ['wall languages start in Chinese', 'both', 'en', ['en-US'], 'zh'],
    ['then the saved choice', undefined, 'en', ['zh-CN'], 'en'],
    ['then the browser', undefined, null, ['en-GB', 'zh'], 'en'],
    ['a Chinese browser', undefined, null, ['zh-TW'], 'zh'],
    ['Chinese by default', undefined, null, ['fr-FR'], 'zh'],
    ['garbage saved values are ignored', undefined, 'xx', [], 'zh'],
  ] as const)('%s', (_name, param, saved, browser, expected) => {
    expect(initialLang(param, saved, browser)).toBe(expected);
  });
});
