import { describe, expect, it } from 'vitest';
import { createI18n } from './index.ts';
import en from './locales/en/common.json';
import enStudio from './locales/en/studio.json';
import zh from './locales/zh/common.json';
import zhStudio from './locales/zh/studio.json';

type Tree = { [key: string]: string | Tree };

/** Flattens to dotted keys, folding `_one`/`_other` plural forms into their base key. */
function keys(tree: Tree, prefix = ''): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [name, value] of Object.entries(tree)) {
    const key = `${prefix}${name}`;
    if (typeof value === 'string') {
      const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
      out.set(base, [...(out.get(base) ?? []), value]);
    } else {
      for (const [inner, values] of keys(value, `${key}.`)) out.set(inner, values);
    }
  }
  return out;
}

const CJK = /[\u3400-\u9fff]/;

describe.each([
  ['common', zh, en],
  ['studio', zhStudio, enStudio],
])('app strings (%s)', (_namespace, zhTree, enTree) => {
  const zhKeys = keys(zhTree as Tree);
  const enKeys = keys(enTree as Tree);

  it('have the same keys in Chinese and English', () => {
    expect([...enKeys.keys()].sort()).toEqual([...zhKeys.keys()].sort());
  });

  it.each([...zhKeys.keys()])('%s is non-empty in both languages', (key) => {
    for (const value of [...(zhKeys.get(key) ?? []), ...(enKeys.get(key) ?? [])]) {
      expect(value.trim()).not.toBe('');
    }
  });

  it('English strings hold no Chinese except the switch back to Chinese', () => {
    const offenders = [...enKeys].filter(
      ([key, values]) => key !== 'header.switchTo' && values.some((value) => CJK.test(value)),
    );
    expect(offenders).toEqual([]);
  });

  it('use the same interpolation variables in both languages', () => {
    const variables = (values: string[]) =>
      [...new Set(values.join(' ').match(/\{\{\w+\}\}/g) ?? [])].sort();
    for (const [key, values] of zhKeys) {
      expect([key, variables(enKeys.get(key) ?? [])]).toEqual([key, variables(values)]);
    }
  });
});

describe('counted sentences', () => {
  it('say one figure and one number in the singular, and more in the plural', () => {
    const i18n = createI18n('en');
    const t = i18n.getFixedT('en', 'studio');
    expect(t('open.drafted', { count: 1, ms: 5 })).toBe('Draft ready: 1 figure in 5 ms.');
    expect(t('open.setAside', { count: 1 })).toBe(
      '1 other number was set aside (years, dates, codes…).',
    );
    expect(t('open.setAside', { count: 3 })).toBe(
      '3 other numbers were set aside (years, dates, codes…).',
    );
  });
});
