import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n/index.ts';
import { offerUpdate, resetUpdateForTests } from './app-update.ts';
import { UpdateNotice } from './update-notice.tsx';

describe('UpdateNotice', () => {
  afterEach(() => {
    cleanup();
    resetUpdateForTests();
  });

  it('offers a new version with a button, and takes it only when pressed', async () => {
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <UpdateNotice />
      </I18nextProvider>,
    );
    expect(screen.queryByTestId('update-notice')).toBeNull();
    const take = vi.fn();
    act(() => offerUpdate(take));
    expect(screen.getByTestId('update-notice')).toBeInTheDocument();
    expect(take).not.toHaveBeenCalled();
    expect(screen.getByTestId('update-notice')).toHaveTextContent('A new version');
    await userEvent.click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(take).toHaveBeenCalledTimes(1);
  });
});
