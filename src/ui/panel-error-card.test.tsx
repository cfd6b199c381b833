import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/index.ts';
import { PanelErrorCard } from './panel-error-card.tsx';

describe('PanelErrorCard', () => {
  it('names the panel and the error in the page language, as an alert in the panel place', () => {
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <PanelErrorCard className="wall-panel" heading="h2" title="Events held" message="boom" />
      </I18nextProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveClass('wall-panel', 'wall-panel--error');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Events held');
    expect(alert).toHaveTextContent('boom');
    expect(alert.textContent).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
