// What the studio's component tests share: a rendered studio, a drafted report, its rows, and the
// bundle the export button downloads. Each test file mocks the worker itself (vi.mock is per file).
import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { Providers } from '../../src/app/providers.tsx';
import { createI18n } from '../../src/i18n/index.ts';
import { createDashboardStore } from '../../src/store/dashboard-store.ts';
import { StudioPage } from '../../src/features/studio/studio-page.tsx';

export const REPORT = [
  '一、技能提升',
  '五年来累计培养技能人才52.58万人，投入资金1.04亿元。',
  '二、服务职工',
  '建会率达97%。累计培养技能人才52.58万人。',
].join('\n');

/** The studio in Chinese, with a glossary of one term. */
export function renderStudio() {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async () =>
        new Response(JSON.stringify({ terms: [{ zh: '技能人才', en: 'skilled workers' }] })),
    ),
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const i18n = createI18n('zh');
  return {
    ...render(
      <Providers store={createDashboardStore()} i18n={i18n} queryClient={queryClient}>
        <StudioPage />
      </Providers>,
    ),
    i18n,
  };
}

/** Pastes the report, names a publisher and drafts; resolves to the figure list. */
export async function draft(user: ReturnType<typeof userEvent.setup>, report = REPORT) {
  await user.click(screen.getByRole('textbox', { name: '报告全文' }));
  await user.paste(report);
  await user.click(screen.getByRole('textbox', { name: '发布单位（中文）' }));
  await user.paste('测试市总工会');
  await user.click(screen.getByRole('button', { name: '生成草稿' }));
  // The list waits for the deferred check, which a busy machine renders late.
  return screen.findByTestId('studio-figures', {}, { timeout: 8000 });
}

/** The figure rows of the list, in order. */
export const rows = () =>
  screen.getAllByRole('listitem').filter((item) => item.hasAttribute('data-figure-row'));
