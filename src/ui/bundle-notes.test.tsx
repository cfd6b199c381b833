import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { makeBundle } from '../../tests/unit/make-bundle.ts';
import { rememberWarnings } from '../data/known-warnings.ts';
import { warning } from '../data/problems.ts';
import { validateBundle } from '../data/validate-bundle.ts';
import { createI18n } from '../i18n/index.ts';
import { BundleNotes } from './bundle-notes.tsx';
import { BundleText, CategoryText } from './bundle-text.tsx';

/** A bundle as the app gets it: validated, with an unknown field and a label not yet in English. */
function loadedBundle(extra: Record<string, unknown> = {}) {
  const bundle = makeBundle();
  const first = bundle.indicators[0]!;
  const result = validateBundle({
    ...bundle,
    ...extra,
    indicators: [
      { ...first, label: { zh: '培训技能人才', en: '' } },
      ...bundle.indicators.slice(1),
    ],
  });
  if (!result.ok) throw new Error('expected the bundle to load');
  return result.bundle;
}

function renderIn(lang: 'zh' | 'en', ui: React.ReactNode) {
  return render(<I18nextProvider i18n={createI18n(lang)}>{ui}</I18nextProvider>);
}

describe('BundleNotes', () => {
  it('counts the notes on its button and lists each with its path when opened', async () => {
    const bundle = loadedBundle({ colour: 'red' });
    renderIn('en', <BundleNotes bundle={bundle} />);
    // A bundle whose check was not kept: its notes are worked out once the schema's code loads.
    const button = await screen.findByRole('button', { name: 'Notes on this bundle (2)' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('region')).toBeNull();
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('region', { name: 'Notes on this bundle' });
    const items = [...panel.querySelectorAll('li')].map((item) => item.textContent);
    expect(items).toEqual([
      'colour — unknown field "colour": kept, not used',
      'indicators[0].label.en — no English text yet: the Chinese is shown',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('speaks Chinese on a Chinese page', async () => {
    renderIn('zh', <BundleNotes bundle={loadedBundle()} />);
    await userEvent.click(await screen.findByRole('button', { name: '指标包说明（1）' }));
    expect(screen.getByRole('region', { name: '指标包说明' })).toHaveTextContent(
      'indicators[0].label.en — 尚无英文文本：英文页面显示中文',
    );
  });

  it('shows the notes its check kept in its first render', () => {
    const bundle = loadedBundle({ colour: 'red' });
    rememberWarnings(bundle, [warning('unknownField', 'colour', { field: 'colour' })]);
    renderIn('en', <BundleNotes bundle={bundle} />);
    expect(screen.getByRole('button', { name: 'Notes on this bundle (1)' })).toBeInTheDocument();
  });

  it('shows nothing when the bundle gives nothing to note', async () => {
    const result = validateBundle(makeBundle());
    if (!result.ok) throw new Error('expected the bundle to load');
    rememberWarnings(result.bundle, result.warnings);
    const { container } = renderIn('en', <BundleNotes bundle={result.bundle} />);
    expect(container).toBeEmptyDOMElement();
    const other = validateBundle(makeBundle());
    if (!other.ok) throw new Error('expected the bundle to load');
    const worked = renderIn('en', <BundleNotes bundle={other.bundle} />);
    await import('../data/validate-bundle.ts');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(worked.container).toBeEmptyDOMElement();
  });
});

describe('BundleText', () => {
  it('marks Chinese shown for missing English, and only on the English page', () => {
    const label = loadedBundle().indicators[0]!.label;
    const { container, unmount } = renderIn('en', <BundleText text={label} lang="en" />);
    expect(container.querySelector('[lang="zh"]')).toHaveTextContent('培训技能人才');
    expect(container).toHaveTextContent('培训技能人才 (Chinese)');
    unmount();
    const zh = renderIn('zh', <BundleText text={label} lang="zh" />);
    expect(zh.container.textContent).toBe('培训技能人才');
    const english = renderIn('en', <BundleText text={{ zh: '甲', en: 'Alpha' }} lang="en" />);
    expect(english.container.textContent).toBe('Alpha');
  });
});

describe('CategoryText', () => {
  it('marks a category whose English is missing, and falls back to the id when unknown', () => {
    const categoriesById = new Map([['skills', { label: { zh: '技能提升', en: '技能提升' } }]]);
    const shown = renderIn('en', <CategoryText index={{ categoriesById }} id="skills" lang="en" />);
    expect(shown.container).toHaveTextContent('技能提升 (Chinese)');
    const unknown = renderIn('en', <CategoryText index={{ categoriesById }} id="gone" lang="en" />);
    expect(unknown.container.textContent).toBe('gone');
  });
});
