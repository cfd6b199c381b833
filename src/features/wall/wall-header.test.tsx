import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { makeBundle } from '../../../tests/unit/make-bundle.ts';
import { createI18n } from '../../i18n/index.ts';
import { WallHeader } from './wall-header.tsx';

describe('WallHeader', () => {
  it("says a report gives no date for its data in the desk's words, in each language", () => {
    const bundle = makeBundle({ asOf: undefined });
    for (const [lang, words] of [
      ['zh', '数据日期未注明'],
      ['en', 'Date of data not stated'],
    ] as const) {
      const { container, unmount } = render(
        <I18nextProvider i18n={createI18n(lang)}>
          <WallHeader bundle={bundle} lang={lang} both={false} />
        </I18nextProvider>,
      );
      expect(container.querySelector('.wall-asof')?.textContent).toBe(words);
      unmount();
    }
  });
});
