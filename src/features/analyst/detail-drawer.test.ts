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

/** An excerpt as text, the quote's pieces in [brackets]. */
const shown = (excerpt: { text: string; marked: boolean }[]) =>
  excerpt.map((part) => (part.marked ? `[${part.text}]` : part.text)).join('');

describe('quoteInContext', () => {
  it('highlights the quote in the report as printed, with no space inside a word', () => {
    const context = quoteInContext(REPORT, '累计投入资金物资 1.04 亿元');
    expect(context).toHaveLength(1);
    const text = shown(context![0]!);
    expect(text).toContain(
      '开展"四季送"活动,[累计投入资金物资 1.04 亿元],帮扶慰问职工 43.5 万人。',
    );
  });

  it('drops the break where the quote starts or ends inside a word', () => {
    // "…物" ends the text before the highlight and "资…" starts it, a blank line between them.
    const context = quoteInContext(REPORT, '资 1.04 亿元');
    expect(shown(context![0]!)).toContain('累计投入资金物[资 1.04 亿元]');
  });

  it('highlights every piece of a quote split across columns, near pieces in one excerpt', () => {
    const context = quoteInContext(REPORT, ['省级及以', '上工匠 24 人']);
    expect(context).toHaveLength(2);
    expect(shown(context![0]!)).toContain('工人先锋号 172个,[省级及以]先以市政府名义');
    expect(shown(context![1]!)).toContain('推选全国、[上工匠 24 人]、淮南工匠');
    const near = quoteInContext(REPORT, ['解决技术难题', '390个']);
    expect(near).toHaveLength(1);
    expect(shown(near![0]!)).toContain('[解决技术难题] [390个]');
  });

  it('shows pieces listed as the sentence reads in the order the text prints them', () => {
    const context = quoteInContext(REPORT, ['对 1163', '家用人单位开展劳动法律监督']);
    const texts = context!.map(shown).join(' | ');
    expect(texts.indexOf('[家用人单位开展劳动法律监督]')).toBeLessThan(texts.indexOf('[对 1163]'));
  });

  it('finds nothing for words the report does not hold', () => {
    expect(quoteInContext(REPORT, '不存在的句子 99 万人')).toBeUndefined();
    expect(quoteInContext(REPORT, ['对 1163', '不存在的句子'])).toBeUndefined();
  });
});
