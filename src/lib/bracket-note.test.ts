import { describe, expect, it } from 'vitest';
import { lastWordStart, splitNotes } from './bracket-note.ts';

describe('splitNotes', () => {
  it('parts a label into its notes and the text around them', () => {
    expect(splitNotes('城镇新增就业（2025年）')).toEqual([
      { text: '城镇新增就业', note: false },
      { text: '（2025年）', note: true },
    ]);
    expect(splitNotes('（期初）比重(万人)占比')).toEqual([
      { text: '（期初）', note: true },
      { text: '比重', note: false },
      { text: '(万人)', note: true },
      { text: '占比', note: false },
    ]);
  });

  it('leaves text without a note, or with a long or spaced one, whole', () => {
    expect(splitNotes('新增高新技术企业')).toEqual([{ text: '新增高新技术企业', note: false }]);
    expect(splitNotes('Growth (in 10,000 yuan)')).toEqual([
      { text: 'Growth (in 10,000 yuan)', note: false },
    ]);
    expect(splitNotes('')).toEqual([]);
  });
});

describe('lastWordStart', () => {
  const tail = (text: string) => text.slice(lastWordStart(text));

  it("finds a Chinese text's last word, two characters at least", () => {
    expect(tail('地区生产总值年均增长')).toBe('增长');
    expect(tail('城镇新增就业')).toBe('就业');
    // A last word of one character takes the one before it.
    expect(tail('粮食总产')).toBe('总产');
    expect(tail('入会')).toBe('入会');
  });

  it('keeps nothing after Latin text or digits', () => {
    expect(lastWordStart('Gross product')).toBe('Gross product'.length);
    expect(lastWordStart('增长 2025')).toBe('增长 2025'.length);
    expect(lastWordStart('人均GDP')).toBe('人均GDP'.length);
  });
});
