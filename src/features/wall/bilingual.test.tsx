import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Bilingual } from './bilingual.tsx';

const untranslated = { zh: '城镇新增就业（2025年）', en: '城镇新增就业（2025年）' };

describe('Bilingual', () => {
  it("keeps a label's notes whole in either language, one grid item each, when asked", () => {
    for (const [lang, both] of [
      ['zh', false],
      ['en', false],
      ['zh', true],
    ] as const) {
      const { container } = render(
        <p>
          <Bilingual text={untranslated} lang={lang} both={both} keepNotes />
        </p>,
      );
      const notes = [...container.querySelectorAll('.keep-whole')];
      expect(notes.length).toBe(both ? 2 : 1);
      // The caption is a grid: each language is one item, not one per piece.
      expect(container.querySelector('p')?.children).toHaveLength(both ? 2 : 1);
    }
  });

  it('gives titles as plain text', () => {
    const { container } = render(
      <p>
        <Bilingual text={untranslated} lang="zh" both={false} />
      </p>,
    );
    expect(container.innerHTML).toBe('<p>城镇新增就业（2025年）</p>');
  });
});
