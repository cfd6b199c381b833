import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quoteInContext, tidyReportText } from './detail-drawer.tsx';

const REPORT = readFileSync('public/data/sources/huainan-union-five-year-report.zh.txt', 'utf8');

describe('tidyReportText', () => {
  it('joins Chinese words the OCR broke across lines or split with a space', () => {
    expect(tidyReportText('累计投入资金物\n\n资 1.04 亿元')).toBe('累计投入资金物资 1.04 亿元');
    expect(tidyReportText('纳入市目标管理绩 效考核内容。')).toBe('纳入市目标管理绩效考核内容。');
  });

  it('keeps one space where Latin text or figures meet', () => {
    expect(tidyReportText('covers  44.6\n万人, 1 163 家')).toBe('covers 44.6 万人, 1 163 家');
  });
});

describe('quoteInContext', () => {
  it('highlights the quote in the report as printed, with no space inside a word', () => {
    const context = quoteInContext(REPORT, '累计投入资金物资 1.04 亿元');
    expect(context?.match).toBe('累计投入资金物资 1.04 亿元');
    expect(context?.before.endsWith('开展"四季送"活动,')).toBe(true);
    expect(context?.after.startsWith(',帮扶慰问职工 43.5 万人。')).toBe(true);
  });

  it('drops the break where the quote starts or ends inside a word', () => {
    // "…物" ends the text before the highlight and "资…" starts it, a blank line between them.
    const context = quoteInContext(REPORT, '资 1.04 亿元');
    expect(context?.before.endsWith('累计投入资金物')).toBe(true);
    expect(context?.match).toBe('资 1.04 亿元');
  });

  it('finds nothing for words the report does not hold', () => {
    expect(quoteInContext(REPORT, '不存在的句子 99 万人')).toBeUndefined();
  });
});
