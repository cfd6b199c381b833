import { describe, expect, it } from 'vitest';
import { splitNotes } from './bracket-note.ts';

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
