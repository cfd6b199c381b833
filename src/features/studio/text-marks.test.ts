import { describe, expect, it } from 'vitest';
import {
  clauseAround,
  guessUnit,
  markText,
  markedFigures,
  primeMarks,
  textBlocks,
  type TextRun,
} from './text-marks.ts';

describe('marking the report text', () => {
  const text = '五年来，累计培养技能人才 52.58\n万人，建会率达97%，召开会议3次。';
  const trained = { id: 'trained', quote: '累计培养技能人才52.58万人', value: 525800 };
  const figureRuns = (runs: TextRun[]) =>
    runs.flatMap((run) => (run.kind === 'figure' ? [[run.figureId, run.text, run.strong]] : []));

  it('covers the text whole, in order', () => {
    const runs = markText(text, [trained]);
    expect(runs.map((run) => run.text).join('')).toBe(text);
    const starts = runs.map((run) => run.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('marks the number that states the figure, and its quote, across the OCR line break', () => {
    const runs = markText(text, [trained]);
    expect(figureRuns(runs)).toEqual([
      ['trained', '累计培养技能人才 ', false],
      ['trained', '52.58\n万', true],
      ['trained', '人', false],
    ]);
    const numbers = runs.filter((run) => run.kind === 'number');
    expect(numbers.map((run) => run.kind === 'number' && run.value)).toEqual([97, 3]);
  });

  it('gives each figure of a 分别 list its own number in the shared quote', () => {
    const list = '城镇、农村居民收入分别增长4.4%、5.9%。';
    const quote = '城镇、农村居民收入分别增长4.4%、5.9%';
    const runs = markText(list, [
      { id: 'urban', quote, value: 4.4 },
      { id: 'rural', quote, value: 5.9 },
    ]);
    const strong = figureRuns(runs).filter(([, , isNumber]) => isNumber);
    expect(strong).toEqual([
      ['urban', '4.4%', true],
      ['rural', '5.9%', true],
    ]);
  });

  it('marks each piece of a quote in pieces', () => {
    const runs = markText(text, [{ id: 'x', quote: '累计培养 … 建会率达97%', value: 97 }]);
    expect(figureRuns(runs)).toEqual([
      ['x', '累计培养', false],
      ['x', '建会率达', false],
      ['x', '97%', true],
    ]);
  });

  it('leaves a quote not in the text unmarked', () => {
    const runs = markText(text, [{ id: 'x', quote: '不在原文中', value: 1 }]);
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
      { id: 'first', quote: '累计培养技能人才52.58万人', value: 525800 },
      { id: 'second', quote: '累计培养技能人才52.58万人', value: 525800 },
    ]);
    const numbers = runs.filter((run) => run.kind === 'figure' && run.strong);
    expect(numbers.map((run) => run.kind === 'figure' && [run.figureId, run.start])).toEqual([
      ['first', text.indexOf('52.58')],
      ['second', text.lastIndexOf('52.58')],
    ]);
  });
});

describe('blocks of a long text', () => {
  const line = (n: number) => `第${n}段：新建职工书屋${100 + n}家，服务职工${2000 + n}人次。\n`;
  const text = Array.from({ length: 200 }, (_, n) => line(n)).join('');
  const runs = markText(text, [{ id: 'first', quote: '新建职工书屋100家', value: 100 }]);

  it('keeps every run, in order, and ends each block but the last at a line break', () => {
    const blocks = textBlocks(runs, 500);
    expect(blocks.length).toBeGreaterThan(10);
    expect(
      blocks
        .flat()
        .map((run) => run.text)
        .join(''),
    ).toBe(text);
    for (const block of blocks.slice(0, -1)) expect(block.at(-1)?.text.endsWith('\n')).toBe(true);
    const lengths = blocks.map((block) => block.reduce((sum, run) => sum + run.text.length, 0));
    expect(Math.max(...lengths.slice(0, -1))).toBeLessThan(500 + line(199).length);
  });

  it('keeps marks and numbers whole', () => {
    const kinds = (list: TextRun[]) =>
      list.filter((run) => run.kind !== 'plain').map((run) => `${run.start}:${run.text}`);
    expect(kinds(textBlocks(runs, 500).flat())).toEqual(kinds(runs));
  });

  it('cuts a line that runs on and on', () => {
    const long = '职工书屋100家，'.repeat(400);
    const blocks = textBlocks(markText(long, []), 500);
    expect(blocks.length).toBeGreaterThan(1);
    expect(
      blocks
        .flat()
        .map((run) => run.text)
        .join(''),
    ).toBe(long);
  });
});

describe('marks made in the draft worker', () => {
  const text = '建会率达97%，召开会议3次。';
  const figures = [{ id: 'rate', quote: '建会率达97%', value: 97 }];

  it('are used for the same text and figures, and for nothing else', () => {
    const own = markText(text, figures);
    const fromWorker: TextRun[] = [{ kind: 'plain', text, start: 0 }];
    primeMarks(text, figures, fromWorker);
    expect(markText(text, figures)).toBe(fromWorker);
    // A figure edited, added or dropped, or another text: marked afresh.
    expect(markText(text, [{ ...figures[0]!, value: 3 }])).not.toBe(fromWorker);
    expect(markText(text, [])).not.toBe(fromWorker);
    expect(markText(`${text}\n`, figures)).not.toBe(fromWorker);
    expect(markText(text, [{ ...figures[0]!, quote: '召开会议3次' }])).not.toBe(fromWorker);
    primeMarks(text, figures, own);
  });

  it('mark the figures the studio keeps, as the page marks them', () => {
    const kept = { id: 'a', kept: true, source: { quote: ['一', '二'] }, value: 1 };
    const dropped = { ...kept, id: 'b', kept: false };
    const draft = { id: 'c', source: { quote: '三' }, value: 3 };
    expect(markedFigures([kept, dropped, draft])).toEqual([
      { id: 'a', quote: ['一', '二'], value: 1 },
      { id: 'c', quote: '三', value: 3 },
    ]);
  });
});
