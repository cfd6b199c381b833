import { describe, expect, it } from 'vitest';
import { suggestEnglish } from './suggest-english.ts';

const terms = [
  { zh: '人才', en: 'talent' },
  { zh: '技能人才', en: 'skilled workers' },
  { zh: '困难职工', en: 'workers in hardship' },
];

describe('English suggestions from the glossary', () => {
  it('offers every term the label holds, longest first', () => {
    expect(suggestEnglish('累计培养技能人才', terms)).toEqual(['skilled workers', 'talent']);
  });
  it('offers nothing for a label the glossary does not know', () => {
    expect(suggestEnglish('建会率', terms)).toEqual([]);
  });
});
