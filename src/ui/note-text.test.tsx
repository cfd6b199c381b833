import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NoteText } from './note-text.tsx';

/** NoteText inside a paragraph, as a label or title holds it. */
const renderNote = (text: string) =>
  render(
    <p>
      <NoteText text={text} />
    </p>,
  );

describe('NoteText', () => {
  it('keeps each note of a Chinese label in a box of its own, the text read as before', () => {
    const { container } = renderNote('社会物流总费用与GDP的比率（2025年）');
    expect(container.textContent).toBe('社会物流总费用与GDP的比率（2025年）');
    expect([...container.querySelectorAll('.keep-whole')].map((span) => span.textContent)).toEqual([
      '（2025年）',
    ]);
  });

  it('keeps the word before a note whole, so no line above the note holds one character', () => {
    const { container } = renderNote('地区生产总值年均增长（2021—2025年）');
    expect(container.textContent).toBe('地区生产总值年均增长（2021—2025年）');
    expect([...container.querySelectorAll('.no-wrap')].map((span) => span.textContent)).toEqual([
      '增长',
      '2021—2025',
    ]);
  });

  it('gives English, and Chinese without a note, as plain text', () => {
    for (const text of ['Gross regional product (2025)', '新增高新技术企业']) {
      const { container } = renderNote(text);
      expect(container.innerHTML).toBe(`<p>${text}</p>`);
    }
  });

  it('keeps a number range whole at its dash, in English and in Chinese', () => {
    for (const [text, ranges] of [
      ['Zhejiang: achievements of 2021–2025 and the work of 2025', ['2021–2025']],
      ['地区生产总值年均增长（2021—2025年）', ['2021—2025']],
      ['浙江省2021-2025年成就，3.5-4.5倍', ['2021-2025', '3.5-4.5']],
    ] as const) {
      const { container } = renderNote(text);
      expect(container.textContent).toBe(text);
      const whole = [...container.querySelectorAll('.no-wrap')].map((span) => span.textContent);
      for (const range of ranges) expect(whole.some((piece) => piece?.includes(range))).toBe(true);
    }
  });

  it('keeps a separating dot with the word after it, so no line ends in the dot', () => {
    for (const [text, whole] of [
      ['The economy · In US dollars', '· In'],
      ['经济运行 · 以美元计', '· 以美元计'],
    ] as const) {
      const { container } = renderNote(text);
      expect(container.textContent).toBe(text);
      expect([...container.querySelectorAll('.no-wrap')].map((span) => span.textContent)).toEqual([
        whole,
      ]);
    }
  });
});
