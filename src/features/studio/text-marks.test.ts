import { describe, expect, it } from 'vitest';
import { clauseAround, guessUnit, markText } from './text-marks.ts';

describe('marking the report text', () => {
  const text = '五年来，累计培养技能人才 52.58\n万人，建会率达97%，召开会议3次。';

  it('covers the text whole, in order', () => {
    const runs = markText(text, [{ id: 'trained', quote: '累计培养技能人才52.58万人' }]);
    expect(runs.map((run) => run.text).join('')).toBe(text);
    const starts = runs.map((run) => run.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('marks a figure across the OCR line break, and offers the other numbers', () => {
    const runs = markText(text, [{ id: 'trained', quote: '累计培养技能人才52.58万人' }]);
    const figure = runs.find((run) => run.kind === 'figure');
    expect(figure).toMatchObject({ figureId: 'trained', text: '累计培养技能人才 52.58\n万人' });
    const numbers = runs.filter((run) => run.kind === 'number');
    expect(numbers.map((run) => run.kind === 'number' && run.value)).toEqual([97, 3]);
  });

  it('marks each piece of a quote in pieces', () => {
    const runs = markText(text, [{ id: 'x', quote: '累计培养 … 建会率达97%' }]);
    expect(runs.filter((run) => run.kind === 'figure').map((run) => run.text)).toEqual([
      '累计培养',
      '建会率达97%',
    ]);
  });

  it('leaves a quote not in the text unmarked', () => {
    const runs = markText(text, [{ id: 'x', quote: '不在原文中' }]);
    expect(runs.some((run) => run.kind === 'figure')).toBe(false);
  });

  it.each([
    ['%，', 'percent'],
    ['万元', 'yuan'],
    ['亿元', 'yuan'],
    ['万人次', 'person-time'],
    ['名职工', 'person'],
    ['场', 'event'],
    ['家企业', 'organization'],
    ['项', 'item'],
  ])('guesses the unit from %j', (after, unit) => {
    expect(guessUnit(after)).toBe(unit);
  });

  it('quotes the clause a picked number stands in', () => {
    const at = text.indexOf('3次');
    expect(clauseAround(text, at, 1)).toBe('召开会议3次');
  });
});

describe('a figure stated twice', () => {
  it('marks each statement once, in reading order', () => {
    const text = '累计培养技能人才52.58万人。又，累计培养技能人才52.58万人。';
    const runs = markText(text, [
      { id: 'first', quote: '累计培养技能人才52.58万人' },
      { id: 'second', quote: '累计培养技能人才52.58万人' },
    ]);
    const marks = runs.filter((run) => run.kind === 'figure');
    expect(marks.map((run) => run.kind === 'figure' && [run.figureId, run.start])).toEqual([
      ['first', 0],
      ['second', text.lastIndexOf('累计')],
    ]);
  });
});
