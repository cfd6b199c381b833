// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES, WORDED_PARAMS, error } from '../data/problems.ts';
import { createI18n } from './index.ts';
import en from './locales/en/common.json';
import zh from './locales/zh/common.json';
import { problemText } from './problem-text.ts';

const CJK = /[\u4e00-\u9fff]/;

describe('problem wording', () => {
  it.each(PROBLEM_CODES)('%s is worded in Chinese and in English', (code) => {
    const zhText = (zh.problems as Record<string, string | undefined>)[code];
    const enText = (en.problems as Record<string, string | undefined>)[code];
    expect(zhText?.trim(), `zh problems.${code}`).toBeTruthy();
    expect(enText?.trim(), `en problems.${code}`).toBeTruthy();
    expect(zhText).toMatch(CJK);
  });

  it('words no code that the checks do not know', () => {
    expect(Object.keys(en.problems).sort()).toEqual([...PROBLEM_CODES].sort());
    expect(Object.keys(zh.problems).sort()).toEqual([...PROBLEM_CODES].sort());
  });

  it('fills in params and words the ones that are words, keeping ids and paths', () => {
    const problem = error('unknownRef', 'indicators[1].category', {
      kind: 'category',
      id: 'no-such',
    });
    expect(problemText(problem, createI18n('en').t)).toBe('unknown category "no-such"');
    expect(problemText(problem, createI18n('zh').t)).toBe('未知的类别 "no-such"');
    const wrongType = error('wrongType', 'x', { expected: 'string', received: 'undefined' });
    expect(problemText(wrongType, createI18n('zh').t)).toBe('应为文本，实为空（缺失）');
    expect(WORDED_PARAMS).toContain('received');
  });

  it('leaves a word it does not know as it is rather than guess', () => {
    const problem = error('wrongType', 'x', { expected: 'bigint', received: 'string' });
    expect(problemText(problem, createI18n('en').t)).toBe('expected bigint, found text');
  });
});
