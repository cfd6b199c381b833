import { describe, expect, it } from 'vitest';
import { error, warning } from '../../data/problems.ts';
import { checkLines, GROUP_FROM } from './check-lines.ts';
import type { WorkProblem } from './check-work.ts';

const english = (at: number): WorkProblem => ({
  figureId: `figure-${at}`,
  problem: warning('missingEnglish', `indicators[${at}].label.en`),
});

describe('checkLines', () => {
  it('lists a warning that comes often once, where it first came, with every figure', () => {
    const refused: WorkProblem = {
      figureId: 'figure-9',
      problem: error('valueNotInQuote', 'indicators[9].value', { value: 5 }),
    };
    const lines = checkLines([english(0), refused, english(1), english(2), english(3)]);
    expect(lines.map((line) => line.kind)).toEqual(['many', 'one']);
    const [many] = lines;
    expect(many?.kind === 'many' && many.items.map((item) => item.figureId)).toEqual([
      'figure-0',
      'figure-1',
      'figure-2',
      'figure-3',
    ]);
  });

  it('keeps warnings of one kind apart where their values differ', () => {
    const mismatches = Array.from({ length: GROUP_FROM + 1 }, (_, at) => ({
      figureId: `figure-${at}`,
      problem: warning('numberMismatch', `indicators[${at}].label`, { zh: at, en: at + 1 }),
    }));
    expect(checkLines(mismatches).map((line) => line.kind)).toEqual(mismatches.map(() => 'one'));
  });

  it('keeps a warning that comes a few times, and every refusal, one by one', () => {
    const few = Array.from({ length: GROUP_FROM - 1 }, (_, at) => english(at));
    const refusals = Array.from({ length: GROUP_FROM + 2 }, (_, at) => ({
      figureId: `figure-${at}`,
      problem: error('quoteNotFound', `indicators[${at}].source.quote`),
    }));
    expect(checkLines([...few, ...refusals]).every((line) => line.kind === 'one')).toBe(true);
    expect(checkLines([...few, ...refusals])).toHaveLength(few.length + refusals.length);
  });
});
