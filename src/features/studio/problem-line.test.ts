import { describe, expect, it } from 'vitest';
import { warning } from '../../data/problems.ts';
import { createI18n } from '../../i18n/index.ts';
import { placeOf, problemLine } from './problem-line.ts';

const studio = (lang: 'zh' | 'en') => createI18n(lang).getFixedT(lang, 'studio');

describe('placeOf', () => {
  it('names the report fields as the studio labels them', () => {
    expect(placeOf('period.label.zh', studio('en'))).toBe('Period (Chinese)');
    expect(placeOf('period.label.en', studio('zh'))).toBe('时期（英文）');
    expect(placeOf('title.en', studio('en'))).toBe('Title (English)');
  });

  it("names a figure's field, with the figure outside its own row", () => {
    expect(placeOf('indicators[3].label.en', studio('en'))).toBe('English label');
    expect(placeOf('indicators[3].label.en', studio('en'), 'figure-04')).toBe(
      'figure-04 · English label',
    );
    expect(placeOf('indicators[0].source.quote', studio('zh'))).toBe('原文');
  });

  it('keeps a path that no field of the studio shows', () => {
    expect(placeOf('panels[0].indicators[2]', studio('en'))).toBe('panels[0].indicators[2]');
    expect(placeOf('indicators[1].concept', studio('en'), 'figure-02')).toBe('figure-02 · concept');
  });

  it('goes before the problem in a line', () => {
    const problem = warning('missingEnglish', 'period.label.en');
    const line = problemLine(problem, createI18n('en').t, placeOf(problem.path, studio('en')));
    expect(line.startsWith('Period (English): ')).toBe(true);
    expect(problemLine(problem, createI18n('en').t).startsWith('period.label.en: ')).toBe(true);
    const zh = problemLine(problem, createI18n('zh').t, placeOf(problem.path, studio('zh')));
    expect(zh.startsWith('时期（英文）：')).toBe(true);
  });
});
