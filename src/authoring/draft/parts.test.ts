import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract-figures.ts';

/** A page set as the OCR gives it: headings and paragraphs as blocks between blank lines. */
const page = (...blocks: string[]) => blocks.join('\n\n');

/** Each figure's value with the heading of the part it was put in. */
function partOfEach(text: string): Map<number, string> {
  const { sections, figures } = extractFigures(text);
  return new Map(figures.map((figure) => [figure.value, sections[figure.section] ?? 'lead']));
}

const IDEAS = '思想引领更加有力';
const RIGHTS = '职工权益保障更加充分';
const PARTY = '党建引领保障成效显著';

describe('the part of a paragraph whose lead sentence names no heading', () => {
  // Printed under the ideas heading (the columns interleaved), about labour relations: not one of
  // its words is in the rights heading, but its topic is.
  const LABOUR = '和谐劳动关系积极构建。受理职工信访 30 件，帮助 800 名职工追讨欠薪 200 万元。';

  it('goes to the neighbouring part whose vocabulary it shares, not the heading above it', () => {
    const parts = partOfEach(
      page(
        IDEAS,
        '思想宣传深入人心。开展各类宣讲 120 场次。',
        LABOUR,
        RIGHTS,
        '权益维护更加有力。开展法律服务活动 40 场。',
      ),
    );
    expect(parts.get(120)).toBe(IDEAS);
    expect(parts.get(30)).toBe(RIGHTS);
    expect(parts.get(800)).toBe(RIGHTS);
    expect(parts.get(40)).toBe(RIGHTS);
  });

  it('keeps reading order when only its body, not its lead sentence, leans to another part', () => {
    const body = '帮助企业解决问题 20 个，投入普惠资金 100 万元，帮扶困难职工 300 人。';
    const text = (lead: string) =>
      page(
        IDEAS,
        '思想宣传深入人心。开展各类宣讲 120 场次。',
        `${lead}。${body}`,
        RIGHTS,
        '权益维护更加有力。开展法律服务活动 40 场。',
      );
    // The body mentions help for workers in passing; the lead says the paragraph is about the
    // union's image, which no heading names.
    expect(partOfEach(text('工会形象充分彰显')).get(300)).toBe(IDEAS);
    // The same body under a lead about helping workers moves.
    expect(partOfEach(text('困难帮扶更加精准')).get(300)).toBe(RIGHTS);
  });

  it('keeps reading order when the part it is about is not a neighbour of its own', () => {
    const parts = partOfEach(
      page(
        RIGHTS,
        '权益维护更加有力。开展法律服务活动 40 场。',
        IDEAS,
        '思想宣传深入人心。开展各类宣讲 120 场次。',
        PARTY,
        '党风廉政建设成效明显。举办培训班 12 期。',
        LABOUR,
      ),
    );
    expect(parts.get(30)).toBe(PARTY);
    expect(parts.get(12)).toBe(PARTY);
  });
});
